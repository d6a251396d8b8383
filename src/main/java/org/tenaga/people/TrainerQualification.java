package org.tenaga.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A trainer's qualification for one course, and how it was earned. */
@Entity
@Table(name = "trainer_qualification")
public class TrainerQualification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trainer_id")
  private Trainer trainer;

  @Column(name = "course_code", nullable = false)
  private String courseCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QualificationSource source;

  @Column(name = "certificate_id")
  private Long certificateId;

  @Column(name = "granted_by", nullable = false)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private OffsetDateTime grantedAt;

  protected TrainerQualification() {}

  TrainerQualification(
      Trainer trainer,
      String courseCode,
      QualificationSource source,
      Long certificateId,
      String grantedBy,
      OffsetDateTime grantedAt) {
    this.trainer = trainer;
    this.courseCode = courseCode;
    this.source = source;
    this.certificateId = certificateId;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
  }

  /** Coordinators withdraw what coordinators gave; a certificate's qualification is its own record. */
  public boolean isRemovableByCoordinator() {
    return source == QualificationSource.COORDINATOR;
  }

  public Long getId() {
    return id;
  }

  public Trainer getTrainer() {
    return trainer;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public QualificationSource getSource() {
    return source;
  }

  public Long getCertificateId() {
    return certificateId;
  }

  public String getGrantedBy() {
    return grantedBy;
  }

  public OffsetDateTime getGrantedAt() {
    return grantedAt;
  }
}

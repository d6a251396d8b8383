package org.tenaga.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.tenaga.catalog.Course;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.people.Learner;
import org.tenaga.scheduling.Cohort;

/** Proof that a learner completed a cohort of a course. */
@Entity
@NamedQuery(
    name = "Certificate.findByCode",
    // One query whether or not the code exists (the holder comes along), so timing tells nothing.
    query = "SELECT c FROM Certificate c JOIN FETCH c.learner WHERE c.verificationCode = :code")
@NamedQuery(
    name = "Certificate.findByLearner",
    query = "SELECT c FROM Certificate c WHERE c.learner.id = :learner ORDER BY c.issuedOn DESC")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String serial;

  @Column(name = "verification_code", nullable = false, unique = true)
  private String verificationCode;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id")
  private Enrolment enrolment;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "learner_id")
  private Learner learner;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CertificateStatus status;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revocation_reason")
  private String revocationReason;

  @Column(name = "status_list_index", nullable = false, unique = true)
  private int statusListIndex;

  protected Certificate() {}

  Certificate(
      String serial,
      VerificationCode code,
      Enrolment enrolment,
      LocalDate issuedOn,
      int statusListIndex) {
    this.serial = serial;
    this.verificationCode = code.value();
    this.enrolment = enrolment;
    this.learner = enrolment.getLearner();
    this.cohort = enrolment.getCohort();
    this.course = cohort.getCourse();
    this.issuedOn = issuedOn;
    this.expiresOn = course.getValidityMonths().map(issuedOn::plusMonths).orElse(null);
    this.status = CertificateStatus.VALID;
    this.statusListIndex = statusListIndex;
  }

  public void revoke(String reason, OffsetDateTime at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("revoking a certificate needs a reason");
    }
    if (status == CertificateStatus.REVOKED) {
      throw new IllegalStateException("certificate " + serial + " is already revoked");
    }
    this.status = CertificateStatus.REVOKED;
    this.revokedAt = at;
    this.revocationReason = reason.strip();
  }

  public boolean isRevoked() {
    return status == CertificateStatus.REVOKED;
  }

  /** Whether this learner holds the certificate (an erased holder still does, but has no account). */
  public boolean isHeldBy(Learner someone) {
    return someone != null && someone.getId() != null && someone.getId().equals(learner.getId());
  }

  /** VALID, REVOKED, or EXPIRED once the expiry date has passed (a revocation wins). */
  public CertificateStatus statusOn(LocalDate day) {
    if (status == CertificateStatus.REVOKED) {
      return CertificateStatus.REVOKED;
    }
    return expiresOn != null && day.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
  }

  public Long getId() {
    return id;
  }

  public String getSerial() {
    return serial;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Learner getLearner() {
    return learner;
  }

  public Course getCourse() {
    return course;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public Optional<LocalDate> getExpiresOn() {
    return Optional.ofNullable(expiresOn);
  }

  public Optional<OffsetDateTime> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> getRevocationReason() {
    return Optional.ofNullable(revocationReason);
  }

  public int getStatusListIndex() {
    return statusListIndex;
  }
}

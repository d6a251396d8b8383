package org.tenaga.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Whether an enrolled learner was present at one session. */
@Entity
@IdClass(Attendance.Key.class)
public class Attendance {

  @Id
  @Column(name = "enrolment_id")
  private Long enrolmentId;

  @Id
  @Column(name = "session_id")
  private Long sessionId;

  @Column(nullable = false)
  private boolean present;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Attendance() {}

  public Attendance(Long enrolmentId, Long sessionId, boolean present, OffsetDateTime at, String by) {
    this.enrolmentId = enrolmentId;
    this.sessionId = sessionId;
    this.present = present;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public void record(boolean nowPresent, OffsetDateTime at, String by) {
    this.present = nowPresent;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public boolean isPresent() {
    return present;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  /** The composite key (enrolment, session). */
  public static class Key implements Serializable {
    private Long enrolmentId;
    private Long sessionId;

    public Key() {}

    public Key(Long enrolmentId, Long sessionId) {
      this.enrolmentId = enrolmentId;
      this.sessionId = sessionId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(enrolmentId, k.enrolmentId)
          && Objects.equals(sessionId, k.sessionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(enrolmentId, sessionId);
    }
  }
}

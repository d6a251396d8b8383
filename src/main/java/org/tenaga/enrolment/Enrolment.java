package org.tenaga.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.tenaga.catalog.CompletionRule;
import org.tenaga.people.Learner;
import org.tenaga.scheduling.Cohort;

/**
 * A learner's place in a cohort. It follows {@link EnrolmentStatus}; the cohort's counters are
 * changed by the service in the same transaction, under the cohort's lock.
 */
@Entity
@NamedQuery(
    name = "Enrolment.findByCohortAndLearner",
    query = "SELECT e FROM Enrolment e WHERE e.cohort.id = :cohort AND e.learner.id = :learner")
@NamedQuery(
    name = "Enrolment.findByLearner",
    query = "SELECT e FROM Enrolment e WHERE e.learner.id = :learner ORDER BY e.cohort.startDate DESC")
@NamedQuery(
    name = "Enrolment.findByCohortAndStatus",
    query = "SELECT e FROM Enrolment e WHERE e.cohort.id = :cohort AND e.status = :status ORDER BY e.waitlistPosition, e.requestedAt, e.id")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "learner_id")
  private Learner learner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrolmentStatus status;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "enrolled_at")
  private OffsetDateTime enrolledAt;

  @Column(name = "waitlist_position")
  private Integer waitlistPosition;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdraw_reason")
  private String withdrawReason;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "sessions_attended", nullable = false)
  private int sessionsAttended;

  private Integer score;

  @Column(name = "reserved_seat", nullable = false)
  private boolean reservedSeat;

  @Embedded private DemographicSnapshot snapshot;

  @Version private long version;

  protected Enrolment() {}

  private Enrolment(Cohort cohort, Learner learner, DemographicSnapshot snapshot, OffsetDateTime at) {
    this.cohort = cohort;
    this.learner = learner;
    this.snapshot = snapshot;
    this.requestedAt = at;
  }

  /** A learner who got a seat. */
  public static Enrolment enrolled(
      Cohort cohort, Learner learner, DemographicSnapshot snapshot, boolean reservedSeat, OffsetDateTime at) {
    Enrolment e = new Enrolment(cohort, learner, snapshot, at);
    e.status = EnrolmentStatus.ENROLLED;
    e.enrolledAt = at;
    e.reservedSeat = reservedSeat;
    return e;
  }

  /** A learner queued at a 1-based waitlist position. */
  public static Enrolment waitlisted(
      Cohort cohort, Learner learner, DemographicSnapshot snapshot, int position, OffsetDateTime at) {
    if (position < 1) {
      throw new IllegalArgumentException("waitlist positions start at 1");
    }
    Enrolment e = new Enrolment(cohort, learner, snapshot, at);
    e.status = EnrolmentStatus.WAITLISTED;
    e.waitlistPosition = position;
    return e;
  }

  /** From the waitlist into a seat. */
  public void promote(boolean toReservedSeat, OffsetDateTime at) {
    moveTo(EnrolmentStatus.ENROLLED);
    this.waitlistPosition = null;
    this.enrolledAt = at;
    this.reservedSeat = toReservedSeat;
  }

  /** Gives up the place; the caller frees the seat or the waitlist slot. */
  public void withdraw(String reason, OffsetDateTime at) {
    moveTo(EnrolmentStatus.WITHDRAWN);
    this.waitlistPosition = null;
    this.withdrawnAt = at;
    this.withdrawReason = reason;
  }

  /** The cohort was cancelled. */
  public void cancel(OffsetDateTime at) {
    moveTo(EnrolmentStatus.CANCELLED);
    this.waitlistPosition = null;
    this.withdrawnAt = at;
  }

  /** Moves up the waitlist when someone ahead leaves it. */
  public void moveUpWaitlist() {
    if (status != EnrolmentStatus.WAITLISTED || waitlistPosition == null || waitlistPosition <= 1) {
      throw new EnrolmentStateException("only a waitlisted learner behind position 1 can move up");
    }
    waitlistPosition--;
  }

  /**
   * Evaluates the course's completion rule when the cohort completes.
   *
   * @return true when the learner completed (and is due a certificate)
   */
  public boolean evaluate(CompletionRule rule, int sessionCount, OffsetDateTime at) {
    boolean met = rule.isMetBy(sessionsAttended, sessionCount, score);
    moveTo(met ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED);
    this.completedAt = at;
    return met;
  }

  /** Attendance counts are maintained by the attendance service from the per-session records. */
  public void setSessionsAttended(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("sessions attended cannot be negative");
    }
    this.sessionsAttended = count;
  }

  public void recordScore(Integer newScore) {
    if (newScore != null && (newScore < 0 || newScore > 100)) {
      throw new IllegalArgumentException("score must be between 0 and 100");
    }
    if (status != EnrolmentStatus.ENROLLED) {
      throw new EnrolmentStateException("a score can only be recorded for an enrolled learner, not " + status);
    }
    this.score = newScore;
  }

  private void moveTo(EnrolmentStatus target) {
    if (!status.canMoveTo(target)) {
      throw new EnrolmentStateException("an enrolment that is " + status + " cannot become " + target);
    }
    this.status = target;
  }

  /** Attendance as a whole percentage of the cohort's sessions; empty without sessions. */
  public OptionalInt attendancePercent(int sessionCount) {
    if (sessionCount <= 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) Math.round(100.0 * sessionsAttended / sessionCount));
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public Learner getLearner() {
    return learner;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public Optional<OffsetDateTime> getEnrolledAt() {
    return Optional.ofNullable(enrolledAt);
  }

  public Optional<Integer> getWaitlistPosition() {
    return Optional.ofNullable(waitlistPosition);
  }

  public Optional<OffsetDateTime> getWithdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public Optional<String> getWithdrawReason() {
    return Optional.ofNullable(withdrawReason);
  }

  public Optional<OffsetDateTime> getCompletedAt() {
    return Optional.ofNullable(completedAt);
  }

  public int getSessionsAttended() {
    return sessionsAttended;
  }

  public Optional<Integer> getScore() {
    return Optional.ofNullable(score);
  }

  public boolean isReservedSeat() {
    return reservedSeat;
  }

  public DemographicSnapshot getSnapshot() {
    return snapshot;
  }
}

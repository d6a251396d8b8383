package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.enrolment.EnrolmentService;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortStateException;
import org.tenaga.scheduling.CohortStatus;

/**
 * A cohort's status changes and what they set off: cancelling cancels its places; completing
 * evaluates every enrolled learner and issues the certificates. Runs under the cohort's lock.
 */
@ApplicationScoped
public class CohortLifecycle {

  @Inject EnrolmentService enrolments;
  @Inject CohortCompletion completion;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Changes a cohort's capacity; new seats go to the waitlist in order, in this transaction.
   *
   * @throws ApiException 400 below the seats taken, 403 outside the caller's countries, 422 when
   *     the cohort has finished
   */
  @Transactional
  public Cohort resize(Long cohortId, Integer capacity, UserAccount caller) {
    if (capacity == null || capacity < 1 || capacity > 10_000) {
      throw ApiException.invalid(new Problems().add("capacity", "problem.between", 1, 10_000));
    }
    Cohort cohort = enrolments.lock(cohortId);
    org.tenaga.scheduling.CohortAccess.requireCoordinator(cohort, caller);
    int before = cohort.getCapacity();
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      cohort.resize(capacity, now);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(new Problems().add("capacity", belowTaken(cohort, capacity)));
    } catch (CohortStateException e) {
      throw new ApiException(422, e.code(), e.problem());
    }
    int promoted = 0;
    while (cohort.getStatus() == CohortStatus.OPEN && enrolments.promoteFirstEligible(cohort, now).isPresent()) {
      promoted++;
    }
    audit.record("cohort.capacity", "Cohort", cohort.getId(), cohort.getCode() + ": capacity " + before + " → " + capacity
        + (promoted > 0 ? "; " + promoted + " promoted from the waitlist" : ""), String.valueOf(before), String.valueOf(capacity));
    return cohort;
  }

  /**
   * @throws ApiException 400 for an unknown status or a cancellation without reason, 403 outside
   *     the caller's countries, 422 for a transition the cohort's status does not allow
   */
  @Transactional
  public Cohort changeStatus(Long cohortId, String target, String reason, UserAccount caller) {
    CohortStatus status;
    try {
      status = CohortStatus.valueOf(String.valueOf(target).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(new Problems().add("status", "problem.one.of.list", "OPEN, RUNNING, COMPLETED, CANCELLED"));
    }
    if (status == CohortStatus.CANCELLED && (reason == null || reason.isBlank())) {
      throw ApiException.invalid(new Problems().add("reason", "problem.reason.cancel"));
    }
    if (reason != null && reason.length() > 500) {
      throw ApiException.invalid(new Problems().add("reason", "problem.chars.max", 500));
    }
    Cohort cohort = enrolments.lock(cohortId);
    if (!caller.actsIn(cohort.getCountryCode())) {
      throw ApiException.forbidden(Problem.of("refusal.country.scope", cohort.getCountryCode()));
    }
    CohortStatus before = cohort.getStatus();
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      switch (status) {
        case OPEN -> cohort.open(now);
        case RUNNING -> cohort.start(now);
        case COMPLETED -> completion.complete(cohort, now);
        case CANCELLED -> {
          cohort.cancel(reason, now);
          enrolments.cancelAll(cohort, now);
        }
        case DRAFT -> throw new CohortStateException("invalid_transition", Problem.of("refusal.cohort.draft"));
      }
    } catch (CohortStateException e) {
      throw new ApiException(422, e.code(), e.problem());
    }
    if (status != CohortStatus.COMPLETED) {
      audit.record(
          "cohort.status", "Cohort", cohort.getId(),
          cohort.getCode() + ": " + before + " → " + status + (status == CohortStatus.CANCELLED ? " (" + reason.strip() + ")" : ""),
          before.name(), status.name());
    }
    return cohort;
  }

  /** Why a cohort refused a capacity below what it holds (the cohort's own check said no). */
  private static Problem belowTaken(Cohort cohort, int capacity) {
    return capacity < cohort.getEnrolledCount()
        ? Problem.of("problem.capacity.taken", cohort.getEnrolledCount())
        : Problem.of("problem.capacity.reserved", cohort.getReservedSeats());
  }
}

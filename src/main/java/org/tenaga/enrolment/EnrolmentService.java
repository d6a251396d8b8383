package org.tenaga.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.Learner;
import org.tenaga.platform.Problem;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortStateException;
import org.tenaga.scheduling.SeatDecision;

/**
 * Places in cohorts. Every change runs under the cohort row's write lock, so capacity, the
 * waitlist order and one place per learner hold under any concurrency.
 */
@ApplicationScoped
public class EnrolmentService {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Event<EnrolmentChanged> changes;

  /**
   * A learner asks for a place: seat or waitlist. Refusals carry a stable code.
   */
  @Transactional
  public Enrolment enrolSelf(Long cohortId, Learner learner, OffsetDateTime at) {
    Cohort cohort = lock(cohortId);
    Enrolment e = request(cohort, learner, at);
    em.flush();
    audit.record("enrolment.request", "Cohort", cohort.getId(), "Learner " + learner.getId() + " " + e.getStatus()
        + e.getWaitlistPosition().map(p -> " at position " + p).orElse("") + " in " + cohort.getCode());
    return e;
  }

  /** A learner gives up their place; a freed seat goes to the first eligible on the waitlist. */
  @Transactional
  public Enrolment withdrawSelf(Long cohortId, Learner learner, OffsetDateTime at) {
    Cohort cohort = lock(cohortId);
    Enrolment e = find(cohort, learner).filter(x -> x.getStatus().holdsPlace())
        .orElseThrow(() -> new EnrolmentRefused("no_place", Problem.of("refusal.enrolment.no.place", cohort.getCode())));
    if (cohort.getStatus() != org.tenaga.scheduling.CohortStatus.OPEN && cohort.getStatus() != org.tenaga.scheduling.CohortStatus.RUNNING) {
      throw new EnrolmentRefused("not_open", Problem.of("refusal.enrolment.status", cohort.getCode(), Problem.label("status." + cohort.getStatus(), cohort.getStatus())));
    }
    Optional<Enrolment> promoted = withdraw(cohort, e, "Withdrawn by the learner", at);
    audit.record("enrolment.withdraw", "Cohort", cohort.getId(), "Learner " + learner.getId() + " withdrew from " + cohort.getCode()
        + promoted.map(p -> "; learner " + p.getLearner().getId() + " promoted").orElse(""));
    return e;
  }

  /** The cohort, locked for the rest of the transaction ({@code SELECT … FOR UPDATE}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Cohort lock(Long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
    if (cohort == null) {
      throw new IllegalArgumentException("cohort " + cohortId + " does not exist");
    }
    return cohort;
  }

  /**
   * Requests a place for a learner in a cohort the caller has locked: a seat while the learner
   * may take one, else the end of the waitlist.
   *
   * @throws EnrolmentRefused when the cohort is not open, the learner already holds a place here
   *     or in an overlapping cohort of the same course, or lacks a prerequisite
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Enrolment request(Cohort cohort, Learner learner, OffsetDateTime at) {
    try {
      cohort.requireOpen();
    } catch (CohortStateException e) {
      throw new EnrolmentRefused("not_open", e.problem());
    }
    Optional<Enrolment> existing = find(cohort, learner);
    if (existing.isPresent()) {
      throw new EnrolmentRefused(
          "already_enrolled",
          Problem.of("refusal.enrolment.already", cohort.getCode(), Problem.label("enrolment." + existing.get().getStatus(), existing.get().getStatus())));
    }
    overlappingPlace(cohort, learner)
        .ifPresent(
            other -> {
              throw new EnrolmentRefused(
                  "overlapping_enrolment",
                  Problem.of("refusal.enrolment.overlap", other.getCode(), other.getStartDate(), other.getEndDate()));
            });
    for (String prerequisite : cohort.getCourse().getPrerequisites()) {
      if (!hasCompleted(learner, prerequisite)) {
        throw new EnrolmentRefused(
            "prerequisites_not_met",
            Problem.of("refusal.enrolment.prerequisite", cohort.getCourse().getCode(), prerequisite));
      }
    }
    DemographicSnapshot snapshot = DemographicSnapshot.of(learner, cohort.getStartDate());
    SeatDecision decision =
        cohort.decideSeat(snapshot.priorityGroups(), at.toLocalDate(), reservedSeatsTaken(cohort));
    Enrolment enrolment;
    if (decision.isSeat()) {
      cohort.takeSeat();
      enrolment = Enrolment.enrolled(cohort, learner, snapshot, decision == SeatDecision.RESERVED_SEAT, at);
    } else {
      enrolment = Enrolment.waitlisted(cohort, learner, snapshot, cohort.joinWaitlist(), at);
    }
    em.persist(enrolment);
    changes.fire(new EnrolmentChanged(enrolment));
    return enrolment;
  }

  /**
   * Withdraws a learner: a seat is freed and handed to the first eligible waitlisted learner, or a
   * waitlist slot is closed up, in this transaction.
   *
   * @return the learner promoted into the freed seat, if any
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Enrolment> withdraw(Cohort cohort, Enrolment enrolment, String reason, OffsetDateTime at) {
    EnrolmentStatus before = enrolment.getStatus();
    Integer position = enrolment.getWaitlistPosition().orElse(null);
    enrolment.withdraw(reason, at);
    changes.fire(new EnrolmentChanged(enrolment));
    if (before == EnrolmentStatus.WAITLISTED) {
      closeWaitlistGap(cohort, position);
      return Optional.empty();
    }
    cohort.releaseSeat();
    return promoteFirstEligible(cohort, at);
  }

  /** Fills free seats from the waitlist in order, skipping those not eligible for them. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Enrolment> promoteFirstEligible(Cohort cohort, OffsetDateTime at) {
    if (cohort.seatsLeft() == 0) {
      return Optional.empty();
    }
    int reservedTaken = reservedSeatsTaken(cohort);
    for (Enrolment candidate : waitlist(cohort)) {
      SeatDecision decision =
          cohort.decideSeat(candidate.getSnapshot().priorityGroups(), at.toLocalDate(), reservedTaken);
      if (decision.isSeat()) {
        int position = candidate.getWaitlistPosition().orElseThrow();
        cohort.takeSeat();
        candidate.promote(decision == SeatDecision.RESERVED_SEAT, at);
        changes.fire(new EnrolmentChanged(candidate));
        closeWaitlistGap(cohort, position);
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Moves one waitlisted learner into a free seat (a coordinator's decision, out of turn). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void promote(Cohort cohort, Enrolment waitlisted, OffsetDateTime at) {
    int position = waitlisted.getWaitlistPosition().orElseThrow();
    cohort.takeSeat();
    waitlisted.promote(false, at);
    changes.fire(new EnrolmentChanged(waitlisted));
    closeWaitlistGap(cohort, position);
  }

  private void closeWaitlistGap(Cohort cohort, int position) {
    cohort.leaveWaitlist();
    for (Enrolment behind : waitlist(cohort)) {
      if (behind.getWaitlistPosition().orElseThrow() > position) {
        behind.moveUpWaitlist();
      }
    }
  }

  /** A cancelled cohort cancels every place it held, seats and waitlist alike. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int cancelAll(Cohort cohort, OffsetDateTime at) {
    List<Enrolment> holding =
        em.createQuery(
                "SELECT e FROM Enrolment e WHERE e.cohort.id = :cohort AND e.status IN"
                    + " (org.tenaga.enrolment.EnrolmentStatus.ENROLLED, org.tenaga.enrolment.EnrolmentStatus.WAITLISTED)",
                Enrolment.class)
            .setParameter("cohort", cohort.getId())
            .getResultList();
    for (Enrolment e : holding) {
      if (e.getStatus() == EnrolmentStatus.ENROLLED) {
        cohort.releaseSeat();
      } else {
        cohort.leaveWaitlist();
      }
      e.cancel(at);
      changes.fire(new EnrolmentChanged(e));
    }
    return holding.size();
  }

  public List<Enrolment> waitlist(Cohort cohort) {
    return em.createNamedQuery("Enrolment.findByCohortAndStatus", Enrolment.class)
        .setParameter("cohort", cohort.getId())
        .setParameter("status", EnrolmentStatus.WAITLISTED)
        .getResultList();
  }

  public Optional<Enrolment> find(Cohort cohort, Learner learner) {
    return em.createNamedQuery("Enrolment.findByCohortAndLearner", Enrolment.class)
        .setParameter("cohort", cohort.getId())
        .setParameter("learner", learner.getId())
        .getResultStream()
        .findFirst();
  }

  private int reservedSeatsTaken(Cohort cohort) {
    if (cohort.getReservedSeats() == 0) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :cohort AND e.status = :status AND e.reservedSeat = TRUE",
            Long.class)
        .setParameter("cohort", cohort.getId())
        .setParameter("status", EnrolmentStatus.ENROLLED)
        .getSingleResult()
        .intValue();
  }

  private Optional<Cohort> overlappingPlace(Cohort cohort, Learner learner) {
    return em.createQuery(
            "SELECT e.cohort FROM Enrolment e WHERE e.learner.id = :learner"
                + " AND e.status IN (org.tenaga.enrolment.EnrolmentStatus.ENROLLED, org.tenaga.enrolment.EnrolmentStatus.WAITLISTED)"
                + " AND e.cohort.course.id = :course AND e.cohort.id <> :cohort"
                + " AND e.cohort.startDate <= :end AND e.cohort.endDate >= :start",
            Cohort.class)
        .setParameter("learner", learner.getId())
        .setParameter("course", cohort.getCourse().getId())
        .setParameter("cohort", cohort.getId())
        .setParameter("start", cohort.getStartDate())
        .setParameter("end", cohort.getEndDate())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private boolean hasCompleted(Learner learner, String courseCode) {
    return em.createQuery(
                "SELECT COUNT(e) FROM Enrolment e WHERE e.learner.id = :learner AND e.status = org.tenaga.enrolment.EnrolmentStatus.COMPLETED"
                    + " AND e.cohort.course.code = :course",
                Long.class)
            .setParameter("learner", learner.getId())
            .setParameter("course", courseCode)
            .getSingleResult()
        > 0;
  }
}

package org.tenaga.scheduling.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.enrolment.EnrolmentStatus;
import org.tenaga.people.Learner;
import org.tenaga.people.Trainer;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortSession;
import org.tenaga.scheduling.CohortStatus;
import org.tenaga.platform.api.ApiException;

/**
 * Which sessions each calendar feed holds, and who may read it. A cohort's feed is public
 * except for drafts, which only coordinators and admins see (as in the cohort API); a trainer's
 * is theirs and their coordinators'; a learner's holds the cohorts they are enrolled in.
 */
@ApplicationScoped
public class CalendarFeeds {

  @PersistenceContext private EntityManager em;
  @Inject Clock clock;

  /** A rendered feed and the file name a download should get. */
  public record Feed(String fileName, String body) {}

  /**
   * The sessions of one cohort.
   *
   * @param seesDrafts whether the caller is a coordinator or an admin
   * @throws ApiException 404 for an unknown cohort, or a draft the caller may not see
   */
  @Transactional
  public Feed cohort(String id, boolean seesDrafts) {
    Cohort cohort = parse(id).map(i -> em.find(Cohort.class, i)).orElseThrow(() -> ApiException.notFound("Cohort " + id));
    if (cohort.getStatus() == CohortStatus.DRAFT && !seesDrafts) {
      throw ApiException.notFound("Cohort " + id);
    }
    String name = cohort.getCourse().getTitle() + " (" + cohort.getCode() + ")";
    return feed(cohort.getCode(), name, cohort.getSessions());
  }

  /**
   * The sessions a trainer teaches, in every cohort of theirs.
   *
   * @throws ApiException 404 for an unknown trainer; 403 unless the caller is that trainer, or a
   *     coordinator in one of the trainer's countries, or an admin
   */
  @Transactional
  public Feed trainer(String id, UserAccount caller) {
    Trainer trainer = parse(id).map(i -> em.find(Trainer.class, i)).orElseThrow(() -> ApiException.notFound("Trainer " + id));
    if (!mayReadTrainer(trainer, caller)) {
      throw ApiException.forbidden("Only " + trainer.getFullName() + " and their coordinators can read this calendar.");
    }
    List<CohortSession> sessions =
        em.createQuery("SELECT s FROM CohortSession s JOIN s.trainers t WHERE t.id = :trainer ORDER BY s.startsAt", CohortSession.class)
            .setParameter("trainer", trainer.getId())
            .getResultList();
    return feed(trainer.getCode(), "Tenaga — " + trainer.getFullName(), sessions);
  }

  /** The sessions of the cohorts the learner behind the account is enrolled in (empty without a learner). */
  @Transactional
  public Feed learner(UserAccount caller) {
    List<CohortSession> sessions =
        caller.getLearner().map(Learner::getId)
            .map(learner -> em.createQuery(
                    "SELECT s FROM CohortSession s WHERE s.cohort.id IN"
                        + " (SELECT e.cohort.id FROM Enrolment e WHERE e.learner.id = :learner AND e.status = :enrolled) ORDER BY s.startsAt",
                    CohortSession.class)
                .setParameter("learner", learner)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getResultList())
            .orElse(List.of());
    return feed("my-sessions", "Tenaga — my sessions", sessions);
  }

  /** The trainer themself (their TRAINER account is linked to them), or a coordinator in scope, or an admin. */
  static boolean mayReadTrainer(Trainer trainer, UserAccount caller) {
    boolean self = caller.has(Role.TRAINER) && caller.getTrainer().map(t -> t.getId().equals(trainer.getId())).orElse(false);
    boolean coordinator = (caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN)) && trainer.worksInAnyOf(caller::actsIn);
    return self || coordinator;
  }

  private Feed feed(String fileName, String name, List<CohortSession> sessions) {
    return new Feed(fileName + ".ics", SessionCalendar.of(name, sessions, clock.instant()));
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.valueOf(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

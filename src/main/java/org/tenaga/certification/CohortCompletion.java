package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.tenaga.audit.AuditLog;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.enrolment.EnrolmentStatus;
import org.tenaga.scheduling.Cohort;

/**
 * Completing a cohort: every enrolled learner is evaluated against the course's completion rule
 * (COMPLETED or NOT_COMPLETED) and each completion is certified, all in one transaction.
 */
@ApplicationScoped
public class CohortCompletion {

  @PersistenceContext private EntityManager em;
  @Inject CertificateIssuer issuer;
  @Inject AuditLog audit;
  @Inject Event<CohortCompleted> completions;

  /** What completing a cohort produced. */
  public record Outcome(int completed, int notCompleted, List<Certificate> certificates) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome complete(Cohort cohort, OffsetDateTime at) {
    cohort.complete(at);
    List<Enrolment> enrolled =
        em.createNamedQuery("Enrolment.findByCohortAndStatus", Enrolment.class)
            .setParameter("cohort", cohort.getId())
            .setParameter("status", EnrolmentStatus.ENROLLED)
            .getResultList();
    int sessions = cohort.getSessions().size();
    int notCompleted = 0;
    List<Certificate> certificates = new java.util.ArrayList<>();
    for (Enrolment e : enrolled) {
      if (e.evaluate(cohort.getCourse().getCompletion(), sessions, at)) {
        certificates.add(issuer.issue(e, at.toLocalDate()));
      } else {
        notCompleted++;
      }
    }
    completions.fire(new CohortCompleted(cohort));
    audit.record(
        "cohort.complete",
        "Cohort",
        cohort.getId(),
        "Completed " + cohort.getCode() + ": " + certificates.size() + " completed, " + notCompleted + " not completed");
    return new Outcome(certificates.size(), notCompleted, List.copyOf(certificates));
  }
}

package org.tenaga.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.commitments.Commitment;
import org.tenaga.commitments.CommitmentRepository;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.scheduling.Cohort;

/** What each role's landing page lists, scoped to the caller. */
@Named
@RequestScoped
public class RoleHomes {

  @PersistenceContext private EntityManager em;
  @Inject CurrentAccount current;
  @Inject CommitmentRepository commitments;

  /** The learner's own enrolments, newest cohort first. */
  public List<Enrolment> getMyEnrolments() {
    return current.get().flatMap(UserAccount::getLearner)
        .map(l -> em.createNamedQuery("Enrolment.findByLearner", Enrolment.class).setParameter("learner", l.getId()).getResultList())
        .orElse(List.of());
  }

  /** The learner's own certificates. */
  public List<org.tenaga.certification.Certificate> getMyCertificates() {
    return current.get().flatMap(UserAccount::getLearner)
        .map(l -> em.createNamedQuery("Certificate.findByLearner", org.tenaga.certification.Certificate.class).setParameter("learner", l.getId()).getResultList())
        .orElse(List.of());
  }

  /** The trainer's own cohorts. */
  public List<Cohort> getMyCohorts() {
    return current.get().flatMap(UserAccount::getTrainer)
        .map(t -> em.createQuery("SELECT c FROM Cohort c JOIN c.trainers t WHERE t.id = :t ORDER BY c.startDate DESC", Cohort.class)
            .setParameter("t", t.getId()).getResultList())
        .orElse(List.of());
  }

  /** Cohorts in the coordinator's countries (every cohort for an admin), latest start first, a page at a time. */
  public org.tenaga.scheduling.web.CohortPages getScopedCohorts() {
    if (scopedCohorts == null) { // one model per request: the table reads its data and its row count from the same one
      UserAccount a = current.require();
      scopedCohorts = new org.tenaga.scheduling.web.CohortPages(
          org.tenaga.scheduling.CohortRepository.Filter.inCountries(a.has(Role.ADMIN) ? null : java.util.Set.copyOf(a.getCountries())));
    }
    return scopedCohorts;
  }

  private org.tenaga.scheduling.web.CohortPages scopedCohorts;

  /** Today, for calendars that open on it. */
  public java.time.LocalDate getToday() {
    return java.time.LocalDate.now();
  }

  public String getCountries() {
    return String.join(", ", current.require().getCountries());
  }

  /** The commitments a donor's organisation funds; all of them for coordinators and admins. */
  public List<Commitment> getCommitments() {
    UserAccount a = current.require();
    if (a.has(Role.COORDINATOR) || a.has(Role.ADMIN)) {
      return commitments.findAll();
    }
    return a.getOrganisation().map(o -> commitments.findAll().stream().filter(c -> c.isFundedBy(o.getId())).toList()).orElse(List.of());
  }
}

package org.tenaga.enrolment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.people.Learner;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.CohortSession;

/** The caller's own enrolments. */
@Path("/v1/me/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyLearningResource {

  @PersistenceContext EntityManager em;
  @Inject CurrentAccount caller;
  @Inject Clock clock;

  @GET
  @RolesAllowed("LEARNER")
  @Transactional
  @Operation(summary = "Current and past enrolments with status, waitlist position, attendance %, score and the next session")
  public List<LearnerViews.MyEnrolment> enrolments() {
    Learner learner = caller.requireLearner();
    OffsetDateTime now = OffsetDateTime.now(clock);
    return em.createNamedQuery("Enrolment.findByLearner", Enrolment.class).setParameter("learner", learner.getId()).getResultList().stream()
        .map(e -> {
          var c = e.getCohort();
          int sessions = c.getSessions().size();
          OffsetDateTime next = c.getSessions().stream().map(CohortSession::getStartsAt).filter(t -> t.isAfter(now)).findFirst().orElse(null);
          return new LearnerViews.MyEnrolment(String.valueOf(e.getId()), String.valueOf(c.getId()), c.getCode(), c.getCourse().getCode(),
              c.getCourse().getTitle(), e.getStatus().name(), e.getWaitlistPosition().orElse(null),
              e.attendancePercent(sessions).isPresent() ? e.attendancePercent(sessions).getAsInt() : null, e.getScore().orElse(null),
              c.getStartDate(), c.getEndDate(), e.getStatus().holdsPlace() ? next : null);
        })
        .toList();
  }
}

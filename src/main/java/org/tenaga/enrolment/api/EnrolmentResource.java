package org.tenaga.enrolment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.enrolment.EnrolmentRefused;
import org.tenaga.enrolment.EnrolmentService;
import org.tenaga.people.Learner;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.api.CohortResource;

/** A learner enrolling in a cohort and withdrawing. */
@Path("/v1/cohorts/{id}/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

  @Inject EnrolmentService enrolments;
  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;
  @Inject Clock clock;

  @POST
  @RolesAllowed("LEARNER")
  @Operation(summary = "Enrol self: 201 {id, status: ENROLLED} or {id, status: WAITLISTED, position}; 409 already_enrolled, overlapping_enrolment, prerequisites_not_met; 422 not_open")
  public Response enrol(@PathParam("id") String id) {
    Long cohortId = CohortResource.find(cohorts, id).getId();
    try {
      Enrolment e = enrolments.enrolSelf(cohortId, learner(), OffsetDateTime.now(clock));
      return Response.created(URI.create("/api/v1/me/enrolments"))
          .entity(new LearnerViews.Placed(String.valueOf(e.getId()), e.getStatus().name(), e.getWaitlistPosition().orElse(null)))
          .build();
    } catch (EnrolmentRefused refused) {
      throw refusal(refused);
    }
  }

  @DELETE
  @Path("me")
  @RolesAllowed("LEARNER")
  @Operation(summary = "Withdraw self; the freed seat goes to the first eligible learner on the waitlist")
  public LearnerViews.Placed withdraw(@PathParam("id") String id) {
    Long cohortId = CohortResource.find(cohorts, id).getId();
    try {
      Enrolment e = enrolments.withdrawSelf(cohortId, learner(), OffsetDateTime.now(clock));
      return new LearnerViews.Placed(String.valueOf(e.getId()), e.getStatus().name(), null);
    } catch (EnrolmentRefused refused) {
      throw refusal(refused);
    }
  }

  static ApiException refusal(EnrolmentRefused refused) {
    int status = switch (refused.code()) {
      case "not_open" -> 422;
      case "no_place" -> 404;
      default -> 409;
    };
    return new ApiException(status, refused.code(), refused.problem());
  }

  private Learner learner() {
    return caller.requireLearner();
  }
}

package org.tenaga.enrolment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.enrolment.RosterService;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.api.CohortResource;

/** Assessment results, recorded in batches by trainers and coordinators. */
@Path("/v1/cohorts/{id}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultsResource {

  @Inject RosterService roster;
  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;

  @PUT
  @RolesAllowed({"COORDINATOR", "ADMIN", "TRAINER"})
  @Operation(summary = "[{enrolmentId, score}], checked whole before anything is saved")
  public Map<String, Integer> results(@PathParam("id") String id, List<RosterService.Result> results) {
    Long cohortId = CohortResource.find(cohorts, id).getId();
    return Map.of("recorded", roster.recordResults(cohortId, results, caller.require()));
  }
}

package org.tenaga.scheduling.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortPlanning;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.api.CohortViews.CohortView;

/** Editing a cohort's sessions one by one. */
@Path("/v1/cohorts/{id}/sessions/{index}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject CohortPlanning planning;
  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;

  @PUT
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "Move session {index} (0-based): {start, end, venueId}; 409 trainer_conflict/venue_conflict naming the clash")
  public CohortView move(@PathParam("id") String id, @PathParam("index") int index, CohortPlanning.SessionChange change) {
    Long cohortId = CohortResource.find(cohorts, id).getId();
    Cohort cohort = planning.reschedule(cohortId, index, change, caller.require());
    return CohortView.of(cohort, cohorts.zoneOf(cohort));
  }
}

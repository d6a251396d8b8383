package org.tenaga.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.certification.CohortLifecycle;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.api.CohortResource;
import org.tenaga.scheduling.api.CohortViews.CohortView;

/** Changing a cohort's capacity; new seats go to the waitlist in order. */
@Path("/v1/cohorts/{id}/capacity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

  @Inject CohortLifecycle lifecycle;
  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;

  /** A new capacity. */
  public record CapacityChange(Integer capacity) {}

  @jakarta.ws.rs.PUT
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "{capacity}: never below the seats taken; new seats go to the waitlist in order")
  public CohortView resize(@PathParam("id") String id, CapacityChange change) {
    Long cohortId = CohortResource.find(cohorts, id).getId();
    var cohort = lifecycle.resize(cohortId, change == null ? null : change.capacity(), caller.require());
    return CohortView.of(cohort, cohorts.zoneOf(cohort));
  }

}

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

/** Opening, starting, completing (with certificates) and cancelling a cohort. */
@Path("/v1/cohorts/{id}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortStatusResource {

  @Inject CohortLifecycle lifecycle;
  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;

  /** The requested status, and the reason when cancelling. */
  public record StatusChange(String status, String reason) {}

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "{status: OPEN | RUNNING | COMPLETED | CANCELLED, reason}; COMPLETED evaluates completion and issues certificates")
  public CohortView change(@PathParam("id") String id, StatusChange change) {
    if (change == null || change.status() == null) {
      throw ApiException.invalid("status", "is required");
    }
    Long cohortId = CohortResource.find(cohorts, id).getId();
    var cohort = lifecycle.changeStatus(cohortId, change.status(), change.reason(), caller.require());
    return CohortView.of(cohort, cohorts.zoneOf(cohort));
  }
}

package org.tenaga.enrolment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.enrolment.RosterService;
import org.tenaga.platform.CsvDownload;
import org.tenaga.platform.api.Paging;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.api.CohortResource;

/** A cohort's roster, paged in the database. */
@Path("/v1/cohorts/{id}/roster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

  @Inject RosterService roster;
  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;

  @GET
  @RolesAllowed({"COORDINATOR", "ADMIN", "TRAINER"})
  @Transactional
  @Operation(summary = "Enrolled, waitlisted (in order) and withdrawn learners; page (0…), size (≤ 500); X-Total-Count")
  public Response get(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size, 50, 500);
    RosterService.Page result = roster.roster(CohortResource.find(cohorts, id), caller.require(), paging.page(), paging.size());
    return Response.ok(result.entries()).header("X-Total-Count", result.total()).build();
  }

  /** The whole roster as a spreadsheet-safe CSV file ({@code Accept: text/csv}), for the venue. */
  @GET
  @Produces("text/csv;qs=0.5")
  @RolesAllowed({"COORDINATOR", "ADMIN", "TRAINER"})
  @Transactional
  @Operation(summary = "The whole roster as CSV (Accept: text/csv): name, status, waitlist position, attendance %, score")
  public Response csv(@PathParam("id") String id) {
    Cohort cohort = CohortResource.find(cohorts, id);
    return Response.ok(roster.rosterCsv(cohort, caller.require()), CsvDownload.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"roster-" + cohort.getCode() + ".csv\"").build();
  }
}

package org.tenaga.scheduling.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.net.URI;
import org.tenaga.scheduling.CohortPlan;
import org.tenaga.scheduling.CohortPlanning;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortRepository;
import org.tenaga.scheduling.CohortStatus;
import org.tenaga.scheduling.api.CohortViews.CohortSummaryView;
import org.tenaga.scheduling.api.CohortViews.CohortView;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.api.Paging;

/** Cohorts, publicly readable; drafts only for the coordinators who plan them. */
@Path("/v1/cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

  private static final Set<CohortStatus> PUBLIC =
      EnumSet.of(CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.COMPLETED, CohortStatus.CANCELLED);

  @Inject CohortRepository cohorts;
  @Inject CurrentAccount caller;
  @Inject CohortPlanning planning;

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Schedule a cohort (DRAFT) from sessions or a weekly pattern; 409 trainer_conflict/venue_conflict naming the clash")
  public Response create(CohortPlan plan) {
    Cohort cohort = planning.create(plan, caller.require());
    return Response.created(URI.create("/api/v1/cohorts/" + cohort.getId())).entity(CohortView.of(cohort, cohorts.zoneOf(cohort))).build();
  }

  @GET
  @Transactional
  @Operation(summary = "Cohorts by status, country and course, paged (X-Total-Count header)")
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("country") String country,
      @QueryParam("course") String course,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size, 100, 500);
    Set<CohortStatus> statuses = visibleStatuses();
    if (status != null && !status.isBlank()) {
      CohortStatus wanted;
      try {
        wanted = CohortStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid("status", "must be one of " + EnumSet.allOf(CohortStatus.class));
      }
      statuses = statuses.contains(wanted) ? EnumSet.of(wanted) : EnumSet.noneOf(CohortStatus.class);
    }
    if (statuses.isEmpty()) {
      return Response.ok(java.util.List.of()).header("X-Total-Count", 0).build();
    }
    var filter = new CohortRepository.Filter(statuses, blankToNull(country), blankToNull(course), null, null, null);
    var list = cohorts.search(filter, paging.page(), paging.size()).stream().map(CohortSummaryView::of).toList();
    return Response.ok(list).header("X-Total-Count", cohorts.count(filter)).build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One cohort with its sessions")
  public CohortView get(@PathParam("id") String id) {
    Cohort cohort = find(id);
    if (!visibleStatuses().contains(cohort.getStatus())) {
      throw ApiException.notFound("Cohort " + id);
    }
    return CohortView.of(cohort, cohorts.zoneOf(cohort));
  }

  /** The cohort of a path id; 404 when unknown (also for ids that are not numbers). */
  public static Cohort find(CohortRepository cohorts, String id) {
    try {
      return cohorts.find(Long.valueOf(id)).orElseThrow(() -> ApiException.notFound("Cohort " + id));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("Cohort " + id);
    }
  }

  Cohort find(String id) {
    return find(cohorts, id);
  }

  private Set<CohortStatus> visibleStatuses() {
    if (caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN)) {
      return EnumSet.allOf(CohortStatus.class);
    }
    return EnumSet.copyOf(PUBLIC);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

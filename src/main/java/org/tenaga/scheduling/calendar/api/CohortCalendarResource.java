package org.tenaga.scheduling.calendar.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.scheduling.calendar.CalendarFeeds;
import org.tenaga.scheduling.calendar.SessionCalendar;

/** A cohort's sessions as an iCalendar feed, public like the cohort itself. */
@RequestScoped
@Path("/v1/cohorts/{id}/calendar.ics")
public class CohortCalendarResource {

  @Inject CalendarFeeds feeds;
  @Inject CurrentAccount caller;

  @GET
  @Produces(SessionCalendar.CONTENT_TYPE)
  @Operation(summary = "The cohort's sessions as iCalendar (RFC 5545); 404 for drafts unless you coordinate")
  public Response calendar(@PathParam("id") String id) {
    return CalendarResponses.of(feeds.cohort(id, caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN)), true);
  }
}

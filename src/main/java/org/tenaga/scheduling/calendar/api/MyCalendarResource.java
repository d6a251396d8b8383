package org.tenaga.scheduling.calendar.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.scheduling.calendar.CalendarFeeds;
import org.tenaga.scheduling.calendar.SessionCalendar;

/** The learner's own sessions (cohorts they are enrolled in) as an iCalendar feed. */
@RequestScoped
@Path("/v1/me/calendar.ics")
public class MyCalendarResource {

  @Inject CalendarFeeds feeds;
  @Inject CurrentAccount caller;

  @GET
  @RolesAllowed("LEARNER")
  @Produces(SessionCalendar.CONTENT_TYPE)
  @Operation(summary = "The sessions of the cohorts you are enrolled in, as iCalendar (RFC 5545)")
  public Response calendar() {
    return CalendarResponses.of(feeds.learner(caller.require()), false);
  }
}

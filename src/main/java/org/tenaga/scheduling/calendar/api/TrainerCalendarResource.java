package org.tenaga.scheduling.calendar.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.scheduling.calendar.CalendarFeeds;
import org.tenaga.scheduling.calendar.SessionCalendar;

/** A trainer's sessions as an iCalendar feed, for the trainer and their coordinators. */
@RequestScoped
@Path("/v1/trainers/{id}/calendar.ics")
public class TrainerCalendarResource {

  @Inject CalendarFeeds feeds;
  @Inject CurrentAccount caller;

  @GET
  @RolesAllowed({"TRAINER", "COORDINATOR", "ADMIN"})
  @Produces(SessionCalendar.CONTENT_TYPE)
  @Operation(summary = "The trainer's sessions as iCalendar (RFC 5545): that trainer, or a coordinator of their countries")
  public Response calendar(@PathParam("id") String id) {
    return CalendarResponses.of(feeds.trainer(id, caller.require()), false);
  }
}

package org.tenaga.scheduling.calendar.api;

import jakarta.ws.rs.core.Response;
import org.tenaga.scheduling.calendar.CalendarFeeds;
import org.tenaga.scheduling.calendar.SessionCalendar;

/** The HTTP shape every feed shares. */
final class CalendarResponses {

  private CalendarResponses() {}

  /**
   * A personal feed must not be kept by any cache. A cohort's feed is left to the defaults (a
   * shared cache keeps no answer to a request that carried credentials, such as a coordinator's
   * view of a draft).
   */
  static Response of(CalendarFeeds.Feed feed, boolean isPublic) {
    Response.ResponseBuilder ok =
        Response.ok(feed.body(), SessionCalendar.CONTENT_TYPE).header("Content-Disposition", "inline; filename=\"" + feed.fileName() + "\"");
    return (isPublic ? ok : ok.header("Cache-Control", "private, no-store")).build();
  }
}

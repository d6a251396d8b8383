package org.tenaga.scheduling.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.tenaga.scheduling.CohortSession;

/**
 * Writes sessions as an iCalendar (RFC 5545) feed: one VEVENT per session, times in UTC. The one
 * place every feed (cohort, trainer, learner) is built, so they all look and update alike.
 */
public final class SessionCalendar {

  public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

  static final String PRODUCT_ID = "-//Tenaga//Training sessions//EN";

  private SessionCalendar() {}

  /**
   * The feed of the given sessions, in time order.
   *
   * @param name the calendar's display name (X-WR-CALNAME, which common clients show)
   * @param stamp when the feed was produced (each event's DTSTAMP)
   */
  public static String of(String name, List<CohortSession> sessions, Instant stamp) {
    return write(name, sessions.stream().map(CalendarEvent::of).toList(), stamp);
  }

  /** The feed of the given events, in time order. */
  public static String write(String name, List<CalendarEvent> events, Instant stamp) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Instant dtstamp = stamp.truncatedTo(ChronoUnit.SECONDS);
    events.stream().sorted(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid)).forEach(e -> calendar.add(event(e, dtstamp)));
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the session calendar is not valid iCalendar: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static VEvent event(CalendarEvent e, Instant dtstamp) {
    // VEvent(false): no generated DTSTAMP or UID; ours are stable and explicit.
    VEvent event = new VEvent(false);
    event.add(new Uid(e.uid()));
    event.add(new DtStamp(dtstamp));
    event.add(new DtStart<>(e.start().truncatedTo(ChronoUnit.SECONDS)));
    event.add(new DtEnd<>(e.end().truncatedTo(ChronoUnit.SECONDS)));
    event.add(new Summary(e.summary()));
    event.add(new Location(e.location()));
    event.add(new Description(e.description()));
    event.add(new Status(e.status().name()));
    return event;
  }
}

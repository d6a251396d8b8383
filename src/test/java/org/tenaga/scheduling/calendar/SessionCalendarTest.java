package org.tenaga.scheduling.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.CourseDefinition;
import org.tenaga.catalog.CourseLevel;
import org.tenaga.catalog.DeliveryMode;
import org.tenaga.people.CountryCode;
import org.tenaga.people.QualificationSource;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.people.VenueLocality;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortSession;

class SessionCalendarTest {

  static final ZoneOffset WITA = ZoneOffset.ofHours(8);
  static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, WITA);
  static final Instant STAMP = Instant.parse("2026-02-01T03:04:05.678Z");
  static final String COURSE = "AI-TEST-101";

  static Course course() {
    return new Course(
        new CourseDefinition(
            COURSE, "AI for Testing", "Summary", CourseLevel.FOUNDATIONAL, 12, List.of("en", "id"),
            Set.of(DeliveryMode.IN_PERSON), Set.of("ai-literacy"), Set.of(), 80, null, null, Set.of(), null, "Body", "AI-TEST-101.md", "x"),
        "<p>Body</p>",
        CREATED);
  }

  static Trainer trainer(String code, String name) {
    Trainer t = new Trainer(code, name, code.toLowerCase() + "@trainers.test", null, Set.of(CountryCode.of("ID")), Set.of("id"), CREATED);
    t.qualify(COURSE, QualificationSource.COORDINATOR, null, "coordinator@tenaga.test", CREATED);
    return t;
  }

  static final Venue KUPANG = new Venue("V-ID-01", "Balai Latihan Kerja Kupang", CountryCode.of("ID"), "ID-NT", VenueLocality.URBAN, 40, null);

  static OffsetDateTime at(int day, int hour) {
    return OffsetDateTime.of(2026, 3, day, hour, 0, 0, 0, WITA);
  }

  /** An open cohort in Kupang (UTC+8): three sessions added out of time order, given ids 101..103 by position. */
  static Cohort kupangCohort() {
    Cohort cohort = new Cohort("C2026-ID-900", course(), "ID", "ID-NT", KUPANG, "id", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12), 20, CREATED);
    Trainer ayu = trainer("T001", "Ayu Lestari");
    Trainer budi = trainer("T002", "Budi Santoso");
    cohort.assignTrainer(budi);
    cohort.assignTrainer(ayu);
    cohort.addSession(at(5, 9), at(5, 12), null, Set.of());
    cohort.addSession(at(2, 9), at(2, 12), null, Set.of());
    cohort.addSession(at(12, 13), at(12, 16), null, Set.of(ayu));
    for (CohortSession s : cohort.getSessions()) {
      setId(s, 101L + s.getSeq());
    }
    cohort.open(CREATED);
    return cohort;
  }

  static void setId(CohortSession s, long id) {
    try {
      Field f = CohortSession.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(s, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
  }

  static String value(VEvent e, String property) {
    return e.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
  }

  static Instant instant(VEvent e, String property) {
    DateProperty<? extends Temporal> p = e.<DateProperty<? extends Temporal>>getProperty(property).orElseThrow();
    return Instant.from(p.getDate());
  }

  @Test
  void everySessionIsOneEventWithItsUtcTimesAndStableUid() throws Exception {
    Cohort cohort = kupangCohort();
    String ics = SessionCalendar.of("AI for Testing (C2026-ID-900)", cohort.getSessions(), STAMP);

    List<VEvent> events = events(parse(ics));
    assertEquals(3, events.size());
    // Time order; ids follow the session's position.
    assertEquals(List.of("session-101@tenaga", "session-102@tenaga", "session-103@tenaga"), events.stream().map(e -> value(e, Property.UID)).toList());
    // 09:00 in Kupang (UTC+8) is 01:00 UTC, written in UTC form.
    VEvent first = events.get(0);
    assertEquals(at(2, 9).toInstant(), instant(first, Property.DTSTART));
    assertEquals(at(2, 12).toInstant(), instant(first, Property.DTEND));
    assertTrue(ics.contains("DTSTART:20260302T010000Z"), ics);
    assertEquals(Instant.parse("2026-02-01T03:04:05Z"), instant(first, Property.DTSTAMP));
    assertEquals(at(12, 13).toInstant(), instant(events.get(2), Property.DTSTART));
  }

  @Test
  void anEventSaysCourseCohortSessionPlaceAndTrainers() throws Exception {
    List<VEvent> events = events(parse(SessionCalendar.of("x", kupangCohort().getSessions(), STAMP)));

    assertEquals("AI for Testing (C2026-ID-900) — session 1 of 3", value(events.get(0), Property.SUMMARY));
    assertEquals("AI for Testing (C2026-ID-900) — session 3 of 3", value(events.get(2), Property.SUMMARY));
    assertEquals("Balai Latihan Kerja Kupang", value(events.get(0), Property.LOCATION));
    assertEquals("Trainers: Ayu Lestari, Budi Santoso", value(events.get(0), Property.DESCRIPTION));
    assertEquals("Trainers: Ayu Lestari", value(events.get(2), Property.DESCRIPTION), "a session's own trainers");
    assertEquals("CONFIRMED", value(events.get(0), Property.STATUS));
  }

  @Test
  void theCalendarNamesItselfAndKeepsTextIntact() throws Exception {
    String name = "Tenaga — Nguyễn Thị Hương; ภาษาไทย, 100%";
    Calendar calendar = parse(SessionCalendar.of(name, kupangCohort().getSessions(), STAMP));

    assertEquals(name, calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow());
    assertEquals("2.0", calendar.getProperty(Property.VERSION).map(Property::getValue).orElseThrow());
    assertEquals(SessionCalendar.PRODUCT_ID, calendar.getProperty(Property.PRODID).map(Property::getValue).orElseThrow());
  }

  @Test
  void onlineSessionsSayOnlineAndDraftOrCancelledCohortsSaySo() throws Exception {
    Cohort online = new Cohort("C2026-ID-901", course(), "ID", "ID-JK", null, "en", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), 50, CREATED);
    online.addSession(at(2, 19), at(2, 21), null, Set.of());
    setId(online.getSessions().get(0), 201L);

    VEvent draft = events(parse(SessionCalendar.of("x", online.getSessions(), STAMP))).get(0);
    assertEquals("Online", value(draft, Property.LOCATION));
    assertEquals("TENTATIVE", value(draft, Property.STATUS), "a draft is not confirmed yet");
    assertEquals("Trainers: to be announced", value(draft, Property.DESCRIPTION));

    online.cancel("Venue flooded", CREATED);
    VEvent cancelled = events(parse(SessionCalendar.of("x", online.getSessions(), STAMP))).get(0);
    assertEquals("CANCELLED", value(cancelled, Property.STATUS));
    assertEquals("session-201@tenaga", value(cancelled, Property.UID), "the same event, now cancelled");
  }

  @Test
  void noSessionsIsStillACalendar() throws Exception {
    String ics = SessionCalendar.of("Tenaga — my sessions", List.of(), STAMP);
    assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
    assertFalse(ics.contains("BEGIN:VEVENT"));
    assertEquals(0, events(parse(ics)).size());
  }
}

package org.tenaga.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A weekly pattern of sessions, e.g. "Tue and Thu 09:00–12:00 for 4 weeks from 3 March", turned
 * into dated sessions in the cohort's time zone (so a session stays at 09:00 local time).
 */
public record SessionPattern(Set<DayOfWeek> days, LocalTime start, LocalTime end, LocalDate from, int weeks) {

  /** The most sessions one pattern may make: a year of daily sessions. */
  public static final int MAX_SESSIONS = 366;

  public SessionPattern {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs at least one weekday");
    }
    if (start == null || end == null || !end.isAfter(start)) {
      throw new IllegalArgumentException("a session must end after it starts, on the same day");
    }
    if (from == null) {
      throw new IllegalArgumentException("a pattern needs its first date");
    }
    if (weeks < 1 || weeks > 52) {
      throw new IllegalArgumentException("weeks must be between 1 and 52");
    }
    days = EnumSet.copyOf(days);
  }

  /** A session's start and end. */
  public record Slot(OffsetDateTime start, OffsetDateTime end) {}

  /** The sessions, in time order: every chosen weekday in the {@code weeks} weeks from {@code from}. */
  public List<Slot> slots(ZoneId zone) {
    List<Slot> slots = new ArrayList<>();
    LocalDate until = from.plusWeeks(weeks);
    for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
      if (days.contains(day.getDayOfWeek())) {
        slots.add(new Slot(at(day, start, zone), at(day, end, zone)));
      }
    }
    return slots;
  }

  private static OffsetDateTime at(LocalDate day, LocalTime time, ZoneId zone) {
    return ZonedDateTime.of(day, time, zone).toOffsetDateTime();
  }
}

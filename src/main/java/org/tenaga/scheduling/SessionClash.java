package org.tenaga.scheduling;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A trainer or a venue that would be in two overlapping sessions: who or what, the other cohort,
 * and both time slots.
 */
public record SessionClash(
    Kind kind,
    String name,
    String otherCohortCode,
    String otherCourseCode,
    Long otherCohortId,
    OffsetDateTime otherStart,
    OffsetDateTime otherEnd,
    OffsetDateTime proposedStart,
    OffsetDateTime proposedEnd) {

  /** What clashes. */
  public enum Kind {
    TRAINER,
    VENUE;

    public String errorCode() {
      return this == TRAINER ? "trainer_conflict" : "venue_conflict";
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  /** "Trainer Ayu Lestari already teaches AI-MSME-101 (cohort C2026-ID-017) on Tue 3 Mar 2026 09:00–12:00". */
  public String message(ZoneId zone) {
    String when = otherStart.atZoneSameInstant(zone).format(DAY) + "–" + otherEnd.atZoneSameInstant(zone).format(TIME);
    return switch (kind) {
      case TRAINER -> "Trainer " + name + " already teaches " + otherCourseCode + " (cohort " + otherCohortCode + ") on " + when
          + ", which overlaps the session of " + proposedStart.atZoneSameInstant(zone).format(DAY) + ".";
      case VENUE -> "Venue " + name + " is already booked for " + otherCourseCode + " (cohort " + otherCohortCode + ") on " + when
          + ", which overlaps the session of " + proposedStart.atZoneSameInstant(zone).format(DAY) + ".";
    };
  }
}

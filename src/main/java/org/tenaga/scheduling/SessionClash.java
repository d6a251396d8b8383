package org.tenaga.scheduling;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.tenaga.platform.Problem;

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

  /**
   * "Trainer Ayu Lestari already teaches AI-MSME-101 (cohort C2026-ID-017) on Tue 3 Mar 2026
   * 09:00–12:00, which overlaps the session of Tue 3 Mar 2026 10:00." — times in the country's
   * zone; on a page, in the page's language.
   */
  public Problem problem(ZoneId zone) {
    return Problem.of(kind == Kind.TRAINER ? "refusal.clash.trainer" : "refusal.clash.venue",
        name, otherCourseCode, otherCohortCode, otherStart.atZoneSameInstant(zone), otherEnd.atZoneSameInstant(zone).toLocalTime(),
        proposedStart.atZoneSameInstant(zone));
  }

  /** The clash in English, as the API says it. */
  public String message(ZoneId zone) {
    return problem(zone).english();
  }
}

package org.tenaga.scheduling.calendar;

import java.time.Instant;
import java.util.stream.Collectors;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortSession;
import org.tenaga.scheduling.CohortStatus;

/**
 * One session as a calendar shows it. Times are instants: the feed writes them in UTC, so every
 * calendar client shows them in its own zone without time-zone definitions.
 *
 * @param uid stable across feeds and refreshes, so a client updates the event instead of adding one
 */
public record CalendarEvent(
    String uid, String summary, Instant start, Instant end, String location, String description, Status status) {

  /** What the event means for attendees: planned (draft), confirmed, or called off. */
  public enum Status {
    TENTATIVE,
    CONFIRMED,
    CANCELLED
  }

  /** The UID of a session's event: its id, the same in every feed. */
  public static String uidOf(Long sessionId) {
    return "session-" + sessionId + "@tenaga";
  }

  /** A session of a cohort: "<course title> (<cohort code>) — session n of N", at its venue or online, with its trainers. */
  public static CalendarEvent of(CohortSession session) {
    Cohort cohort = session.getCohort();
    String summary =
        cohort.getCourse().getTitle() + " (" + cohort.getCode() + ") — session " + (session.getSeq() + 1) + " of " + cohort.getSessions().size();
    String trainers = session.getTrainers().stream().map(Trainer::getFullName).sorted().collect(Collectors.joining(", "));
    return new CalendarEvent(
        uidOf(session.getId()),
        summary,
        session.getStartsAt().toInstant(),
        session.getEndsAt().toInstant(),
        session.getVenue().map(Venue::getName).orElse("Online"),
        "Trainers: " + (trainers.isEmpty() ? "to be announced" : trainers),
        statusOf(cohort.getStatus()));
  }

  static Status statusOf(CohortStatus status) {
    return switch (status) {
      case DRAFT -> Status.TENTATIVE;
      case CANCELLED -> Status.CANCELLED;
      case OPEN, RUNNING, COMPLETED -> Status.CONFIRMED;
    };
  }
}

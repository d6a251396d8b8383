package org.tenaga.scheduling.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tenaga.people.Trainer;
import org.tenaga.people.Venue;
import org.tenaga.scheduling.Cohort;
import org.tenaga.scheduling.CohortSession;
import org.tenaga.scheduling.PriorityGroup;

/** The cohort JSON shapes. */
public final class CohortViews {

  private CohortViews() {}

  /** A cohort in a list. */
  public record CohortSummaryView(
      String id,
      String code,
      String courseCode,
      String courseTitle,
      String country,
      String province,
      boolean online,
      String language,
      LocalDate startDate,
      LocalDate endDate,
      int capacity,
      int enrolled,
      int waitlisted,
      String status) {

    public static CohortSummaryView of(Cohort c) {
      return new CohortSummaryView(
          String.valueOf(c.getId()),
          c.getCode(),
          c.getCourse().getCode(),
          c.getCourse().getTitle(),
          c.getCountryCode(),
          c.getProvinceCode(),
          c.isOnline(),
          c.getLanguage(),
          c.getStartDate(),
          c.getEndDate(),
          c.getCapacity(),
          c.getEnrolledCount(),
          c.getWaitlistCount(),
          c.getStatus().name());
    }
  }

  /** A session: times with their offset, venue name, trainer names. */
  public record SessionView(int index, OffsetDateTime start, OffsetDateTime end, String venue, List<String> trainers) {
    static SessionView of(CohortSession s, java.time.ZoneId zone) {
      return new SessionView(
          s.getSeq(),
          s.getStartsAt().atZoneSameInstant(zone).toOffsetDateTime(),
          s.getEndsAt().atZoneSameInstant(zone).toOffsetDateTime(),
          s.getVenue().map(Venue::getName).orElse("online"),
          s.getTrainers().stream().map(Trainer::getFullName).sorted().toList());
    }
  }

  /** One cohort with its place, trainers, reserved seats and sessions. */
  public record CohortView(
      String id,
      String code,
      String courseCode,
      String courseTitle,
      String country,
      String province,
      boolean online,
      String venue,
      String language,
      LocalDate startDate,
      LocalDate endDate,
      int capacity,
      int enrolled,
      int waitlisted,
      int seatsLeft,
      int reservedSeats,
      List<String> reservedFor,
      LocalDate reservedUntil,
      String status,
      String cancelReason,
      List<String> trainers,
      List<SessionView> sessions) {

    /** The cohort, with session times in its country's zone (as its learners read them). */
    public static CohortView of(Cohort c, java.time.ZoneId zone) {
      return new CohortView(
          String.valueOf(c.getId()),
          c.getCode(),
          c.getCourse().getCode(),
          c.getCourse().getTitle(),
          c.getCountryCode(),
          c.getProvinceCode(),
          c.isOnline(),
          c.getVenue().map(Venue::getName).orElse(null),
          c.getLanguage(),
          c.getStartDate(),
          c.getEndDate(),
          c.getCapacity(),
          c.getEnrolledCount(),
          c.getWaitlistCount(),
          c.seatsLeft(),
          c.getReservedSeats(),
          c.getReservedFor().stream().map(PriorityGroup::name).toList(),
          c.getReservedUntil().orElse(null),
          c.getStatus().name(),
          c.getCancelReason().orElse(null),
          c.getTrainers().stream().map(Trainer::getFullName).sorted().toList(),
          c.getSessions().stream().map(s -> SessionView.of(s, zone)).toList());
    }
  }
}

package org.tenaga.scheduling;

import java.util.List;

/**
 * What a coordinator asks for when scheduling a cohort, as received (text for ids, dates and
 * times, so that each bad value is reported against its field). Sessions are given one by one,
 * or as a weekly {@code pattern} from the start date.
 */
public record CohortPlan(
    String courseCode,
    String country,
    String province,
    String venueId,
    Boolean online,
    String language,
    String startDate,
    String endDate,
    Integer capacity,
    Integer reservedSeats,
    List<String> reservedFor,
    String reservedUntil,
    List<String> trainerIds,
    List<SessionPlan> sessions,
    PatternPlan pattern) {

  /** One session: ISO date-times with offset, e.g. 2026-03-03T09:00:00+07:00. */
  public record SessionPlan(String start, String end, List<String> trainerIds) {}

  /** A weekly pattern: days like ["TUE","THU"], times "09:00" and "12:00", and a number of weeks. */
  public record PatternPlan(List<String> days, String start, String end, Integer weeks) {}
}

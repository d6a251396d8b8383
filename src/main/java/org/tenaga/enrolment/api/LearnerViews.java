package org.tenaga.enrolment.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What learners read about their own places and certificates. */
public final class LearnerViews {

  private LearnerViews() {}

  /** A place in a cohort, with progress. */
  public record MyEnrolment(
      String id, String cohortId, String cohortCode, String courseCode, String courseTitle, String status, Integer position,
      Integer attendancePercent, Integer score, LocalDate startDate, LocalDate endDate, OffsetDateTime nextSession) {}

  /** A certificate the learner holds; {@code code} is its verification code. */
  public record MyCertificate(
      String code, String serial, String courseCode, String courseTitle, LocalDate issuedOn, LocalDate expiresOn, String status) {}

  /** The result of a place request. */
  public record Placed(String id, String status, Integer position) {}
}

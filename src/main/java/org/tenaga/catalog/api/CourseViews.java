package org.tenaga.catalog.api;

import java.util.List;
import org.tenaga.catalog.Course;
import org.tenaga.catalog.DeliveryMode;

/** The catalogue's JSON shapes. */
public final class CourseViews {

  private CourseViews() {}

  /** A course in the catalogue list. */
  public record CourseSummaryView(
      String code,
      String title,
      String summary,
      String level,
      int hours,
      List<String> languages,
      List<String> deliveryModes,
      List<String> skills,
      List<String> commitments) {

    static CourseSummaryView of(Course c) {
      return new CourseSummaryView(
          c.getCode(),
          c.getTitle(),
          c.getSummary(),
          c.getLevel().name(),
          c.getHours(),
          List.copyOf(c.getLanguages()),
          c.getDeliveryModes().stream().map(DeliveryMode::name).toList(),
          List.copyOf(c.getSkills()),
          List.copyOf(c.getCommitments()));
    }
  }

  /** The completion rule: minimum attendance, and the pass score when assessed. */
  public record CompletionView(int minAttendancePercent, Integer passScore) {}

  /** One course with its description (sanitised HTML) and completion rule. */
  public record CourseView(
      String code,
      String title,
      String summary,
      String level,
      int hours,
      List<String> languages,
      List<String> deliveryModes,
      List<String> skills,
      List<String> commitments,
      String descriptionHtml,
      CompletionView completion,
      Integer certificateValidityMonths,
      List<String> prerequisites,
      String trainerFor) {

    static CourseView of(Course c) {
      return new CourseView(
          c.getCode(),
          c.getTitle(),
          c.getSummary(),
          c.getLevel().name(),
          c.getHours(),
          List.copyOf(c.getLanguages()),
          c.getDeliveryModes().stream().map(DeliveryMode::name).toList(),
          List.copyOf(c.getSkills()),
          List.copyOf(c.getCommitments()),
          c.getDescriptionHtml(),
          new CompletionView(c.getCompletion().getMinAttendancePercent(), c.getCompletion().getPassScore().orElse(null)),
          c.getValidityMonths().orElse(null),
          List.copyOf(c.getPrerequisites()),
          c.getTrainerFor().orElse(null));
    }
  }
}

package org.tenaga.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * What a learner must achieve to complete a course: a minimum share of sessions attended and,
 * for assessed courses, a pass score.
 */
@Embeddable
public class CompletionRule {

  @Column(name = "min_attendance_percent", nullable = false)
  private int minAttendancePercent;

  @Column(name = "pass_score")
  private Integer passScore;

  protected CompletionRule() {}

  public CompletionRule(int minAttendancePercent, Integer passScore) {
    if (minAttendancePercent < 0 || minAttendancePercent > 100) {
      throw new IllegalArgumentException("minAttendancePercent must be 0–100");
    }
    if (passScore != null && (passScore < 0 || passScore > 100)) {
      throw new IllegalArgumentException("passScore must be 0–100");
    }
    this.minAttendancePercent = minAttendancePercent;
    this.passScore = passScore;
  }

  /**
   * Whether a learner completes: attended / sessions ≥ the minimum percent and, when the course is
   * assessed, a score at or above the pass score. A cohort without sessions cannot be completed.
   */
  public boolean isMetBy(int sessionsAttended, int sessionCount, Integer score) {
    if (sessionCount <= 0) {
      return false;
    }
    // Integer arithmetic: 100 * attended >= min * count avoids rounding at the boundary.
    boolean attendedEnough = 100L * sessionsAttended >= (long) minAttendancePercent * sessionCount;
    boolean passed = passScore == null || (score != null && score >= passScore);
    return attendedEnough && passed;
  }

  public int getMinAttendancePercent() {
    return minAttendancePercent;
  }

  public Optional<Integer> getPassScore() {
    return Optional.ofNullable(passScore);
  }

  public boolean isAssessed() {
    return passScore != null;
  }
}

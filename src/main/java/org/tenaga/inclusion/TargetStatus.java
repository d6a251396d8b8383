package org.tenaga.inclusion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a commitment stands against a target.
 *
 * <ul>
 *   <li>People certified: the target is spread evenly over the period. ON_TRACK when the actual
 *       count reaches what the elapsed share of the period calls for, AT_RISK when it reaches at
 *       least 80% of that, OFF_TRACK below. Once the period is over: ON_TRACK if the target was
 *       met, else OFF_TRACK.
 *   <li>Inclusion shares (minimum shares of the people certified): ON_TRACK at or above the target,
 *       AT_RISK within 5 percentage points below it, OFF_TRACK further below.
 *   <li>NOT_SHOWN when the figure is withheld (small numbers, for donors) or nobody is certified
 *       yet; NO_TARGET when the commitment sets none.
 * </ul>
 */
public enum TargetStatus {
  ON_TRACK,
  AT_RISK,
  OFF_TRACK,
  NOT_SHOWN,
  NO_TARGET;

  /** How far below its target a share may be and still be only at risk. */
  public static final double SHARE_TOLERANCE = 0.05;

  /** What fraction of the expected people counts as at risk rather than off track. */
  public static final double PEOPLE_TOLERANCE = 0.8;

  /** The people target against the part of the period that has passed by {@code today}. */
  public static TargetStatus ofPeople(int target, Long actual, LocalDate start, LocalDate end, LocalDate today) {
    if (target <= 0) {
      return NO_TARGET;
    }
    if (actual == null) {
      return NOT_SHOWN;
    }
    if (today.isAfter(end)) {
      return actual >= target ? ON_TRACK : OFF_TRACK;
    }
    double expected = target * elapsed(start, end, today);
    if (actual >= expected) {
      return ON_TRACK;
    }
    return actual >= PEOPLE_TOLERANCE * expected ? AT_RISK : OFF_TRACK;
  }

  /** What the elapsed part of the period calls for, in people (rounded up). */
  public static long expectedPeople(int target, LocalDate start, LocalDate end, LocalDate today) {
    return (long) Math.ceil(target * elapsed(start, end, today));
  }

  static double elapsed(LocalDate start, LocalDate end, LocalDate today) {
    if (today.isBefore(start)) {
      return 0;
    }
    if (today.isAfter(end)) {
      return 1;
    }
    double days = ChronoUnit.DAYS.between(start, end) + 1;
    return (ChronoUnit.DAYS.between(start, today) + 1) / days;
  }

  /** A minimum share (0..1) against the actual share, null when withheld or nobody is counted. */
  public static TargetStatus ofShare(java.math.BigDecimal target, Double actual) {
    if (target == null) {
      return NO_TARGET;
    }
    if (actual == null) {
      return NOT_SHOWN;
    }
    double t = target.doubleValue();
    if (actual >= t - 1e-9) {
      return ON_TRACK;
    }
    return actual >= t - SHARE_TOLERANCE - 1e-9 ? AT_RISK : OFF_TRACK;
  }
}

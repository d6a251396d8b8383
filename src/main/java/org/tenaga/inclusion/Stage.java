package org.tenaga.inclusion;

import java.util.Locale;
import java.util.Optional;

/**
 * The stages a learner's enrolment can reach, each dated for the period filter (DESIGN.md,
 * "Inclusion metrics"). An enrolment can be at several stages at once: a certified learner was
 * also enrolled and completed.
 */
public enum Stage {
  /** Asked for a place and never got a seat (still waiting, left the waitlist, or the cohort was cancelled): unmet demand. Dated by the cohort's start. */
  WAITLISTED,
  /** Ever held a seat. Dated by the cohort's start. */
  ENROLLED,
  /** Held a seat and withdrew: drop-outs. Dated by the cohort's start. */
  WITHDRAWN,
  /** Held a seat in a cohort that has been completed: the denominator of completion rates. Dated by the cohort's end. */
  ENDED,
  /** Met the course's completion rule. Dated by the cohort's end. */
  COMPLETED,
  /** Holds a certificate that is not revoked. Dated by the certificate's issue date. */
  CERTIFIED;

  /** The name in URLs and JSON: {@code certified}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Stage> fromApiName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Stage s : values()) {
      if (s.apiName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}

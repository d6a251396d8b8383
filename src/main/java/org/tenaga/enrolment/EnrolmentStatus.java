package org.tenaga.enrolment;

import java.util.EnumSet;
import java.util.Set;

/**
 * WAITLISTED → ENROLLED → COMPLETED | NOT_COMPLETED; WAITLISTED/ENROLLED → WITHDRAWN; a cancelled
 * cohort → CANCELLED. The last four are final.
 */
public enum EnrolmentStatus {
  WAITLISTED,
  ENROLLED,
  COMPLETED,
  NOT_COMPLETED,
  WITHDRAWN,
  CANCELLED;

  public Set<EnrolmentStatus> next() {
    return switch (this) {
      case WAITLISTED -> EnumSet.of(ENROLLED, WITHDRAWN, CANCELLED);
      case ENROLLED -> EnumSet.of(COMPLETED, NOT_COMPLETED, WITHDRAWN, CANCELLED);
      case COMPLETED, NOT_COMPLETED, WITHDRAWN, CANCELLED -> EnumSet.noneOf(EnrolmentStatus.class);
    };
  }

  public boolean canMoveTo(EnrolmentStatus target) {
    return next().contains(target);
  }

  /** Holds a place (a seat or a waitlist position) in the cohort. */
  public boolean holdsPlace() {
    return this == WAITLISTED || this == ENROLLED;
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}

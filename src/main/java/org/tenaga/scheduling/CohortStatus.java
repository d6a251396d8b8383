package org.tenaga.scheduling;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → OPEN → RUNNING → COMPLETED, or CANCELLED from any state before completion. */
public enum CohortStatus {
  DRAFT,
  OPEN,
  RUNNING,
  COMPLETED,
  CANCELLED;

  public Set<CohortStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(OPEN, CANCELLED);
      case OPEN -> EnumSet.of(RUNNING, CANCELLED);
      case RUNNING -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(CohortStatus.class);
    };
  }

  public boolean canMoveTo(CohortStatus target) {
    return next().contains(target);
  }
}

package org.tenaga.scheduling;

/** Where a request for a place goes. */
public enum SeatDecision {
  /** An unreserved seat. */
  SEAT,
  /** One of the seats reserved for priority groups. */
  RESERVED_SEAT,
  /** No seat this learner may take: the FIFO waitlist. */
  WAITLIST;

  public boolean isSeat() {
    return this != WAITLIST;
  }
}

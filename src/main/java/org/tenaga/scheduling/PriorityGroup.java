package org.tenaga.scheduling;

/** The groups a cohort may reserve seats for. */
public enum PriorityGroup {
  WOMEN,
  YOUTH,
  RURAL,
  DISABILITY
}

package org.tenaga.people;

/** Self-described gender; women = FEMALE in every metric. */
public enum Gender {
  FEMALE,
  MALE,
  OTHER,
  NOT_STATED
}

package org.tenaga.people;

/** Where a learner lives, self-declared. */
public enum Locality {
  RURAL,
  URBAN,
  NOT_STATED
}

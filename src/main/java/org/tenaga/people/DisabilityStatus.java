package org.tenaga.people;

/** Whether a person has a disability by the Washington Group Short Set, or did not say. */
public enum DisabilityStatus {
  YES,
  NO,
  NOT_STATED
}

package org.tenaga.people;

/** How a trainer earned a qualification. */
public enum QualificationSource {
  /** A coordinator qualified the trainer. */
  COORDINATOR,
  /** A certificate of a train-the-trainer course qualified its holder (the cascade). */
  CERTIFICATE
}

package org.tenaga.people;

/** The sector a learner works or studies in. */
public enum Sector {
  GOVERNMENT,
  MSME,
  STUDENT,
  EDUCATOR,
  PRIVATE_SECTOR,
  CIVIL_SOCIETY,
  UNEMPLOYED,
  OTHER
}

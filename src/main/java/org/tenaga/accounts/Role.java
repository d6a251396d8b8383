package org.tenaga.accounts;

/** What an account may do; each is also a Jakarta Security group and role of the same name. */
public enum Role {
  ADMIN,
  COORDINATOR,
  TRAINER,
  LEARNER,
  DONOR
}

package org.tenaga.scheduling;

/** A cohort cannot do what was asked in its current status. */
public class CohortStateException extends RuntimeException {

  private final String code;

  public CohortStateException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** A stable error code for the API, e.g. {@code not_open}. */
  public String code() {
    return code;
  }
}

package org.tenaga.enrolment;

/** A request for a place that the rules refuse, with a stable code for the API. */
public class EnrolmentRefused extends RuntimeException {

  private final String code;

  public EnrolmentRefused(String code, String message) {
    super(message);
    this.code = code;
  }

  /** already_enrolled, overlapping_enrolment, prerequisites_not_met, not_open. */
  public String code() {
    return code;
  }
}

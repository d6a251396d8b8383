package org.tenaga.enrolment;

import org.tenaga.platform.Problem;

/** A request for a place that the rules refuse, with a stable code for the API. */
public class EnrolmentRefused extends RuntimeException {

  private final String code;
  private final Problem problem;

  public EnrolmentRefused(String code, Problem problem) {
    super(problem.english());
    this.code = code;
    this.problem = problem;
  }

  /** already_enrolled, overlapping_enrolment, prerequisites_not_met, not_open, no_place. */
  public String code() {
    return code;
  }

  /** The refusal, for a page to say in its language. */
  public Problem problem() {
    return problem;
  }
}

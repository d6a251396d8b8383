package org.tenaga.scheduling;

import org.tenaga.platform.Problem;

/** A cohort cannot do what was asked in its current status. */
public class CohortStateException extends RuntimeException {

  private final String code;
  private final Problem problem;

  public CohortStateException(String code, Problem problem) {
    super(problem.english());
    this.code = code;
    this.problem = problem;
  }

  /** A stable error code for the API, e.g. {@code not_open}. */
  public String code() {
    return code;
  }

  /** The refusal, for a page to say in its language. */
  public Problem problem() {
    return problem;
  }
}

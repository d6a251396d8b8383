package org.tenaga.enrolment;

import java.util.List;

/**
 * The outcome of checking (and, when confirmed, importing) a CSV of enrolments: each problem
 * names its row (1 = the first line after the header) and field.
 */
public record ImportReport(boolean valid, int validRows, Integer imported, List<RowProblem> rows) {

  /** One problem of one row. */
  public record RowProblem(int row, String field, String problem) {}
}

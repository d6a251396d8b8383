package org.tenaga.enrolment;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import org.tenaga.platform.Problem;

/**
 * The outcome of checking (and, when confirmed, importing) a CSV of enrolments: each problem
 * names its row (1 = the first line after the header) and field.
 */
public record ImportReport(boolean valid, int validRows, Integer imported, List<RowProblem> rows) {

  /**
   * One problem of one row: in English for the API, and as a {@link Problem} for the page to say
   * in its language.
   */
  public record RowProblem(int row, String field, String problem, @JsonbTransient Problem said) {

    public static RowProblem of(int row, String field, Problem said) {
      return new RowProblem(row, field, said.english(), said);
    }
  }
}

package org.tenaga.inclusion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;

/**
 * What a caller asks the statistics for: a slice (commitment, country, course, months), a stage
 * and one or two dimensions. Periods are whole months, the grain of the rollups.
 */
public record InclusionQuery(
    String commitment, String country, String course, YearMonth from, YearMonth to, Stage stage, List<Dimension> by) {

  public InclusionQuery {
    by = List.copyOf(by);
  }

  /** Certified people by gender, in everything the caller may see. */
  public static InclusionQuery defaults() {
    return new InclusionQuery(null, null, null, null, null, Stage.CERTIFIED, List.of(Dimension.GENDER));
  }

  public InclusionQuery withBy(List<Dimension> dims) {
    return new InclusionQuery(commitment, country, course, from, to, stage, dims);
  }

  public InclusionQuery withStage(Stage s) {
    return new InclusionQuery(commitment, country, course, from, to, s, by);
  }

  public InclusionQuery withCountry(String c) {
    return new InclusionQuery(commitment, c, course, from, to, stage, by);
  }

  /**
   * Reads the query parameters of the API and the explorer.
   *
   * @param by one or two dimension names, comma-separated or repeated; default gender
   * @throws ApiException 400 naming every bad field
   */
  public static InclusionQuery parse(
      String commitment, String country, String course, String from, String to, String stage, List<String> by) {
    Problems problems = new Problems();
    YearMonth first = month(from, true, "from", problems);
    YearMonth last = month(to, false, "to", problems);
    if (first != null && last != null && last.isBefore(first)) {
      problems.add("to", "problem.month.to.before.from");
    }
    Stage s = Stage.CERTIFIED;
    if (present(stage)) {
      s = Stage.fromApiName(stage).orElse(null);
      if (s == null) {
        problems.add("stage", "problem.one.of.list", String.join(", ", java.util.Arrays.stream(Stage.values()).map(Stage::apiName).toList()));
        s = Stage.CERTIFIED;
      }
    }
    List<Dimension> dims = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String b : by == null ? List.<String>of() : by) {
      if (b != null) {
        for (String part : b.split(",")) {
          if (!part.isBlank()) {
            names.add(part.strip());
          }
        }
      }
    }
    for (String name : names) {
      Dimension d = Dimension.fromApiName(name).orElse(null);
      if (d == null) {
        problems.add("by", "problem.one.of", name, String.join(", ", java.util.Arrays.stream(Dimension.values()).map(Dimension::apiName).toList()));
      } else if (dims.contains(d)) {
        problems.add("by", "problem.by.twice", name);
      } else {
        dims.add(d);
      }
    }
    if (dims.size() > 2) {
      problems.add("by", "problem.by.count");
    }
    if (dims.isEmpty() && !problems.containsKey("by")) {
      dims.add(Dimension.GENDER);
    }
    if (present(country) && !country.strip().matches("[A-Za-z]{2}")) {
      problems.add("country", "problem.country.iso");
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return new InclusionQuery(
        present(commitment) ? commitment.strip() : null,
        present(country) ? country.strip().toUpperCase(Locale.ROOT) : null,
        present(course) ? course.strip().toUpperCase(Locale.ROOT) : null,
        first, last, s, dims);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** {@code 2026-03}, or a date: the 1st of a month for from, the last day of a month for to. */
  private static YearMonth month(String text, boolean start, String field, Problems problems) {
    if (!present(text)) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.length() == 7) {
        return YearMonth.parse(t);
      }
      LocalDate d = LocalDate.parse(t);
      YearMonth m = YearMonth.from(d);
      if (start ? d.getDayOfMonth() != 1 : !d.equals(m.atEndOfMonth())) {
        // Written as they are typed (ISO), not as a page writes dates.
        problems.add(field, start ? "problem.month.first" : "problem.month.last", m.toString(), (start ? m.atDay(1) : m.atEndOfMonth()).toString());
        return null;
      }
      return m;
    } catch (DateTimeParseException e) {
      problems.add(field, "problem.month.like", "2026-03", start ? "2026-03-01" : "2026-03-31");
      return null;
    }
  }
}

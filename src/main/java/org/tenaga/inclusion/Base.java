package org.tenaga.inclusion;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A slice whose people counts the rollups keep ready: {@link #ALL} (every course, country and
 * month), a commitment (the courses serving it × its countries × its period, by month), or one of
 * these for a single course ({@code STMT-9/AI-MSME-101}). Every slice a query asks for lies inside
 * one base; the engine starts from the base's counts.
 *
 * @param courses course codes, or null for every course
 * @param countries country codes, or null for every country
 * @param from first month, or null for no lower bound
 * @param to last month, or null for no upper bound
 */
public record Base(String code, Set<String> courses, Set<String> countries, YearMonth from, YearMonth to) {

  public static final String ALL_CODE = "ALL";
  public static final Base ALL = new Base(ALL_CODE, null, null, null, null);

  public Base {
    courses = courses == null ? null : Set.copyOf(new TreeSet<>(courses));
    countries = countries == null ? null : Set.copyOf(new TreeSet<>(countries));
  }

  /** The same base for one of its courses: {@code STMT-9/AI-MSME-101}. */
  public Base ofCourse(String course) {
    return new Base(code + "/" + course, Set.of(course), countries, from, to);
  }

  /** The base of one course of this one, by its code. */
  public String courseCode(String course) {
    return code + "/" + course;
  }

  public boolean contains(String course, String country, YearMonth month) {
    return (courses == null || courses.contains(course))
        && (countries == null || countries.contains(country))
        && (from == null || !month.isBefore(from))
        && (to == null || !month.isAfter(to));
  }

  public boolean contains(Reach r) {
    return contains(r.course(), r.country(), r.month());
  }

  public boolean contains(Reach.Cell c) {
    return contains(c.course(), c.country(), c.month());
  }

  /** What the base was built from, canonically: a different text means different counts. */
  public String definition() {
    return "courses=" + list(courses) + ";countries=" + list(countries) + ";months=" + (from == null ? "*" : from) + ".." + (to == null ? "*" : to);
  }

  private static String list(Set<String> values) {
    return values == null ? "*" : String.join(",", new TreeSet<>(values));
  }

  /** The base a stored definition describes. */
  public static Base parse(String code, String definition) {
    String[] parts = definition.split(";");
    Set<String> courses = set(parts[0].substring("courses=".length()));
    Set<String> countries = set(parts[1].substring("countries=".length()));
    String[] months = parts[2].substring("months=".length()).split("\\.\\.");
    return new Base(code, courses, countries, month(months[0]), month(months[1]));
  }

  private static Set<String> set(String list) {
    if (list.equals("*")) {
      return null;
    }
    return list.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(list.split(",")));
  }

  private static YearMonth month(String text) {
    return text.equals("*") ? null : YearMonth.parse(text);
  }
}

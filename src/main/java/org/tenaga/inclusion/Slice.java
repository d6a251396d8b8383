package org.tenaga.inclusion;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a query counts: a base narrowed to some countries, courses and months, and optionally to
 * cohorts taught by cascade trainers. The sets are explicit (the base's, intersected with the
 * filters and the caller's scope), so they also say which countries and courses a cross-tab
 * lists; the flags say in what the slice is narrower than its base.
 */
public record Slice(
    Base base, Set<String> countries, Set<String> courses, YearMonth from, YearMonth to, boolean cascadeOnly,
    boolean fewerCountries, boolean fewerCourses, boolean fewerMonths) {

  public Slice {
    countries = Set.copyOf(new TreeSet<>(countries));
    courses = Set.copyOf(new TreeSet<>(courses));
  }

  public boolean contains(Reach.Cell c) {
    return countries.contains(c.country())
        && courses.contains(c.course())
        && (from == null || !c.month().isBefore(from))
        && (to == null || !c.month().isAfter(to))
        && (!cascadeOnly || c.viaCascade());
  }

  /** Whether nothing narrows the base: then its ready totals answer directly. */
  public boolean wholeBase() {
    return !cascadeOnly && !fewerCountries && !fewerCourses && !fewerMonths;
  }

  /** The same slice, only cohorts taught by trainers qualified through a train-the-trainer course. */
  public Slice onlyCascade() {
    return new Slice(base, countries, courses, from, to, true, fewerCountries, fewerCourses, fewerMonths);
  }

  /** The same slice restricted to months (both ends included, either may be null). */
  public Slice months(YearMonth first, YearMonth last) {
    YearMonth f = from == null ? first : first == null || first.isBefore(from) ? from : first;
    YearMonth t = to == null ? last : last == null || last.isAfter(to) ? to : last;
    boolean fewer = fewerMonths || !Objects.equals(f, base.from()) || !Objects.equals(t, base.to());
    return new Slice(base, countries, courses, f, t, cascadeOnly, fewerCountries, fewerCourses, fewer);
  }

  /** Whether the slice holds nothing at all (a filter outside the base). */
  public boolean isEmpty() {
    return countries.isEmpty() || courses.isEmpty() || (from != null && to != null && to.isBefore(from));
  }
}

package org.tenaga.inclusion;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tenaga.platform.api.ApiException;

/**
 * Turns a query and the caller into the slice to count: the base (a commitment, or ALL),
 * narrowed by the filters and by the caller's scope. Donors must name a commitment their
 * organisation funds; coordinators are held to their countries.
 *
 * @param bases the bases as defined now, by code
 * @param countries every country code
 * @param courses every course code
 * @param fundedByViewer whether the caller's organisation funds a commitment (donors)
 */
public record SliceResolver(Map<String, Base> bases, Set<String> countries, Set<String> courses, Predicate<String> fundedByViewer) {

  /**
   * @throws ApiException 400 naming the field for an unknown or out-of-commitment value, 403 for a
   *     commitment the donor's organisation does not fund or a country outside a coordinator's
   */
  public Slice resolve(InclusionQuery q, Viewer viewer) {
    Base base;
    if (q.commitment() == null) {
      if (viewer.kind() == Viewer.Kind.DONOR) {
        List<String> funded = bases.keySet().stream().filter(c -> !c.equals(Base.ALL_CODE)).filter(fundedByViewer).sorted().toList();
        throw ApiException.invalid("commitment", "is required: choose a commitment your organisation funds"
            + (funded.isEmpty() ? " (it funds none)" : " (" + String.join(", ", funded) + ")"));
      }
      base = bases.get(Base.ALL_CODE);
    } else {
      base = q.commitment().contains("/") ? null : bases.get(q.commitment());
      if (base == null || base.code().equals(Base.ALL_CODE)) {
        throw ApiException.invalid("commitment", "no commitment has the code '" + q.commitment() + "'");
      }
      if (viewer.kind() == Viewer.Kind.DONOR && !fundedByViewer.test(base.code())) {
        throw ApiException.forbidden("Your organisation does not fund commitment " + base.code() + ".");
      }
    }
    String of = base.code().equals(Base.ALL_CODE) ? "" : " of commitment " + base.code();
    Set<String> baseCountries = base.countries() == null ? countries : base.countries();
    Set<String> sliceCountries = new TreeSet<>(baseCountries);
    if (viewer.countries() != null) {
      sliceCountries.retainAll(viewer.countries());
    }
    if (q.country() != null) {
      if (!countries.contains(q.country())) {
        throw ApiException.invalid("country", "no country has the code '" + q.country() + "'");
      }
      if (viewer.countries() != null && !viewer.countries().contains(q.country())) {
        throw ApiException.forbidden("You do not coordinate in country " + q.country() + ".");
      }
      if (!baseCountries.contains(q.country())) {
        throw ApiException.invalid("country", q.country() + " is not a country" + of);
      }
      sliceCountries = new TreeSet<>(Set.of(q.country()));
    }
    Set<String> baseCourses = base.courses() == null ? courses : base.courses();
    Set<String> sliceCourses = new TreeSet<>(baseCourses);
    if (q.course() != null) {
      if (!courses.contains(q.course())) {
        throw ApiException.invalid("course", "no course has the code '" + q.course() + "'");
      }
      if (!baseCourses.contains(q.course())) {
        throw ApiException.invalid("course", q.course() + " does not serve commitment " + base.code());
      }
      sliceCourses = new TreeSet<>(Set.of(q.course()));
      // A course has a base of its own within the commitment (or ALL): nothing to recount for it.
      Base ofCourse = bases.get(base.courseCode(q.course()));
      if (ofCourse != null) {
        base = ofCourse;
        baseCourses = ofCourse.courses();
      }
    }
    YearMonth from = later(base.from(), q.from());
    YearMonth to = earlier(base.to(), q.to());
    if (from != null && to != null && to.isBefore(from)) {
      String period = base.from() + " to " + base.to();
      throw ApiException.invalid(q.from() != null && base.to() != null && q.from().isAfter(base.to()) ? "from" : "to",
          "the months asked for lie outside the period" + of + " (" + period + ")");
    }
    return new Slice(base, sliceCountries, sliceCourses, from, to, false, !sliceCountries.equals(baseCountries),
        !sliceCourses.equals(baseCourses), !Objects.equals(from, base.from()) || !Objects.equals(to, base.to()));
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    return a == null ? b : b == null || b.isBefore(a) ? a : b;
  }

  private static YearMonth earlier(YearMonth a, YearMonth b) {
    return a == null ? b : b == null || b.isAfter(a) ? a : b;
  }
}

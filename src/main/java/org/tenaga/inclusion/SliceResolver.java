package org.tenaga.inclusion;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
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
        throw ApiException.invalid(new Problems().add("commitment", funded.isEmpty()
            ? Problem.of("problem.commitment.none") : Problem.of("problem.commitment.funded", String.join(", ", funded))));
      }
      base = bases.get(Base.ALL_CODE);
    } else {
      base = q.commitment().contains("/") ? null : bases.get(q.commitment());
      if (base == null || base.code().equals(Base.ALL_CODE)) {
        throw ApiException.invalid(new Problems().add("commitment", "problem.commitment.code", q.commitment()));
      }
      if (viewer.kind() == Viewer.Kind.DONOR && !fundedByViewer.test(base.code())) {
        throw ApiException.forbidden(Problem.of("refusal.commitment.funded", base.code()));
      }
    }
    boolean all = base.code().equals(Base.ALL_CODE);
    Set<String> baseCountries = base.countries() == null ? countries : base.countries();
    Set<String> sliceCountries = new TreeSet<>(baseCountries);
    if (viewer.countries() != null) {
      sliceCountries.retainAll(viewer.countries());
    }
    if (q.country() != null) {
      if (!countries.contains(q.country())) {
        throw ApiException.invalid(new Problems().add("country", "problem.country.code.none", q.country()));
      }
      if (viewer.countries() != null && !viewer.countries().contains(q.country())) {
        throw ApiException.forbidden(Problem.of("refusal.country.scope", q.country()));
      }
      if (!baseCountries.contains(q.country())) {
        throw ApiException.invalid(new Problems().add("country", "problem.country.commitment", q.country(), base.code()));
      }
      sliceCountries = new TreeSet<>(Set.of(q.country()));
    }
    Set<String> baseCourses = base.courses() == null ? courses : base.courses();
    Set<String> sliceCourses = new TreeSet<>(baseCourses);
    if (q.course() != null) {
      if (!courses.contains(q.course())) {
        throw ApiException.invalid(new Problems().add("course", "problem.course.code.none", q.course()));
      }
      if (!baseCourses.contains(q.course())) {
        throw ApiException.invalid(new Problems().add("course", "problem.course.commitment", q.course(), base.code()));
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
      String field = q.from() != null && base.to() != null && q.from().isAfter(base.to()) ? "from" : "to";
      throw ApiException.invalid(new Problems().add(field, all
          ? Problem.of("problem.months.outside", String.valueOf(base.from()), String.valueOf(base.to()))
          : Problem.of("problem.months.outside.commitment", base.code(), String.valueOf(base.from()), String.valueOf(base.to()))));
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

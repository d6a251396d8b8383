package org.tenaga.inclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Test-only, in the server: inclusion figures recounted by brute force from the raw enrolment,
 * cohort and certificate rows, straight from DESIGN.md and independent of the rollups — every
 * learner's enrolments at the stage in the slice, the earliest one counted.
 */
@ApplicationScoped
public class RawRecount {

  @PersistenceContext EntityManager em;

  /** One enrolment as the raw rows give it. */
  public record Row(
      long enrolment, long learner, String status, boolean hadSeat, String gender, Integer age, String locality, String disability,
      String sector, String course, String country, LocalDate start, LocalDate end, String cohortStatus, LocalDate issued,
      String certificateStatus, boolean cascade) {

    /** Whether the enrolment reached the stage, and on which date (null when not). */
    LocalDate dateAt(String stage) {
      return switch (stage) {
        case "waitlisted" -> hadSeat ? null : start;
        case "enrolled" -> hadSeat ? start : null;
        case "withdrawn" -> hadSeat && status.equals("WITHDRAWN") ? start : null;
        case "ended" -> hadSeat && cohortStatus.equals("COMPLETED") ? end : null;
        case "completed" -> status.equals("COMPLETED") ? end : null;
        case "certified" -> issued != null && certificateStatus.equals("VALID") ? issued : null;
        default -> throw new IllegalArgumentException(stage);
      };
    }

    String category(String dimension, LocalDate date) {
      return switch (dimension) {
        case "gender" -> gender;
        case "youth" -> age == null ? "NOT_STATED" : age >= 15 && age <= 35 ? "YES" : "NO";
        case "locality" -> locality;
        case "disability" -> disability;
        case "sector" -> sector == null ? "NOT_STATED" : sector;
        case "country" -> country;
        case "course" -> course;
        case "quarter" -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
        default -> throw new IllegalArgumentException(dimension);
      };
    }
  }

  /** A commitment: the courses serving it, its countries and period. */
  public record Commitment(String code, Set<String> courses, Set<String> countries, LocalDate start, LocalDate end) {}

  /** The slice asked for, in the raw terms: null means no restriction. */
  public record Filter(Commitment commitment, Set<String> countries, String country, String course, LocalDate from, LocalDate to, boolean cascadeOnly) {
    boolean contains(Row r, LocalDate date) {
      return (commitment == null || (commitment.courses().contains(r.course()) && commitment.countries().contains(r.country())
              && !date.isBefore(commitment.start()) && !date.isAfter(commitment.end())))
          && (countries == null || countries.contains(r.country()))
          && (country == null || country.equals(r.country()))
          && (course == null || course.equals(r.course()))
          && (from == null || !date.isBefore(from))
          && (to == null || !date.isAfter(to))
          && (!cascadeOnly || r.cascade());
    }
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<Row> rows() {
    Set<Long> cascade = new HashSet<>();
    for (Object id : em.createNativeQuery("SELECT ct.cohort_id FROM cohort_trainer ct JOIN cohort c ON c.id = ct.cohort_id JOIN course co ON co.id = c.course_id"
        + " WHERE EXISTS (SELECT 1 FROM trainer_qualification q WHERE q.trainer_id = ct.trainer_id AND q.course_code = co.code AND q.source = 'CERTIFICATE')").getResultList()) {
      cascade.add(((Number) id).longValue());
    }
    List<Row> out = new ArrayList<>();
    for (Object[] r : (List<Object[]>) em.createNativeQuery(
            "SELECT e.id, e.learner_id, e.status, e.enrolled_at, e.snap_gender, e.snap_age, e.snap_locality, e.snap_disability, e.snap_sector,"
                + " co.code, c.country_code, c.start_date, c.end_date, c.status, cert.issued_on, cert.status, c.id"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN course co ON co.id = c.course_id"
                + " LEFT JOIN certificate cert ON cert.enrolment_id = e.id")
        .getResultList()) {
      out.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], r[3] != null, (String) r[4],
          r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
          date(r[11]), date(r[12]), (String) r[13], date(r[14]), (String) r[15], cascade.contains(((Number) r[16]).longValue())));
    }
    return out;
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public Map<String, Commitment> commitments() {
    Map<String, Set<String>> courses = new HashMap<>();
    for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT cc.commitment_code, co.code FROM course_commitment cc JOIN course co ON co.id = cc.course_id").getResultList()) {
      courses.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
    }
    Map<String, Set<String>> countries = new HashMap<>();
    for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT cm.code, cc.country_code FROM commitment_country cc JOIN commitment cm ON cm.id = cc.commitment_id").getResultList()) {
      countries.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
    }
    Map<String, Commitment> out = new TreeMap<>();
    for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT code, period_start, period_end FROM commitment").getResultList()) {
      String code = (String) r[0];
      out.put(code, new Commitment(code, courses.getOrDefault(code, Set.of()), countries.getOrDefault(code, Set.of()), date(r[1]), date(r[2])));
    }
    return out;
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(o.toString().substring(0, 10));
  }

  /** People at a stage in a slice by dimensions: each learner once, at their earliest enrolment there. */
  public static Map<List<String>, Long> people(List<Row> rows, String stage, Filter filter, List<String> by) {
    Map<Long, Row> earliest = new HashMap<>();
    Comparator<Row> order = Comparator.comparing(Row::start).thenComparingLong(Row::enrolment);
    for (Row r : rows) {
      LocalDate date = r.dateAt(stage);
      if (date != null && filter.contains(r, date)) {
        earliest.merge(r.learner(), r, (a, b) -> order.compare(a, b) <= 0 ? a : b);
      }
    }
    Map<List<String>, Long> out = new HashMap<>();
    for (Row r : earliest.values()) {
      List<String> key = by.stream().map(d -> r.category(d, r.dateAt(stage))).toList();
      out.merge(key, 1L, Long::sum);
    }
    return out;
  }

  /** Enrolments (certificates) at a stage in a slice. */
  public static long reaches(List<Row> rows, String stage, Filter filter) {
    return rows.stream().filter(r -> {
      LocalDate d = r.dateAt(stage);
      return d != null && filter.contains(r, d);
    }).count();
  }

  static Predicate<Row> any() {
    return r -> true;
  }

  /** Every row of the rollup tables as text, in a fixed order: what a rebuild must reproduce. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<String> rollupSnapshot() {
    List<String> out = new ArrayList<>();
    for (String sql : List.of(
        "SELECT base_code, definition FROM inclusion_base ORDER BY base_code",
        "SELECT enrolment_id, stage, learner_id, course_code, country, period_month, via_cascade, starts_on, profile, repeated, spans_countries, spans_courses, first_in FROM inclusion_reach ORDER BY enrolment_id, stage",
        "SELECT base_code, stage, course_code, country, period_month, via_cascade, people, reaches FROM inclusion_cell ORDER BY base_code, stage, course_code, country, period_month, via_cascade",
        "SELECT base_code, stage, people, reaches FROM inclusion_total ORDER BY base_code, stage",
        "SELECT cohort_id, 0 FROM inclusion_cascade ORDER BY cohort_id")) {
      for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).getResultList()) {
        out.add(java.util.Arrays.toString(r));
      }
    }
    return out;
  }

  /** The secondary indexes of inclusion_reach as the database has them: name → columns in order (lower case). */
  @Transactional
  public Map<String, String> reachIndexes() {
    try {
      java.sql.DatabaseMetaData meta = em.unwrap(java.sql.Connection.class).getMetaData();
      Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
      for (String table : List.of("INCLUSION_REACH", "inclusion_reach")) {
        try (java.sql.ResultSet r = meta.getIndexInfo(null, null, table, false, false)) {
          while (r.next()) {
            if (r.getString("INDEX_NAME") != null && r.getString("COLUMN_NAME") != null) {
              columns.computeIfAbsent(r.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT), k -> new TreeMap<>())
                  .put(r.getInt("ORDINAL_POSITION"), r.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
          }
        }
      }
      Map<String, String> out = new TreeMap<>();
      columns.forEach((name, cols) -> out.put(name, String.join(", ", cols.values())));
      return out;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Makes the rollups stale, as a changed commitment would: the next start-up rebuilds them. */
  @Transactional
  public void markRollupsStale() {
    em.createNativeQuery("UPDATE inclusion_base SET definition = 'changed' WHERE base_code <> 'ALL'").executeUpdate();
  }
}

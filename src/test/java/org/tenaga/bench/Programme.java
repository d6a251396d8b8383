package org.tenaga.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic synthetic programme written straight into Tenaga's database with bulk SQL (not
 * through the services): learners of the 11 ASEAN states with a realistic demographic skew,
 * cohorts of the 16 courses from 2025 to 2027, enrolments with attendance results, and a
 * certificate for each completion (1 in 37 revoked). Same size, same rows, every time.
 *
 * <p>Shape: learner {@code i} lives in country {@code i mod 11}; each cohort takes learners of its
 * country (see {@link #enrolments}); cohort statuses follow the calendar of
 * 29 November 2026 (completed before October 2026, running until December, open after). One
 * extra cohort ({@link #rosterCohort}) has {@value #ROSTER_SIZE} enrolments (the roster
 * benchmark), and 16 small open ones ({@value #SMALL_CAPACITY} seats, one per course) start empty
 * for the enrolment benchmark to fill past capacity. The rollups are left empty: the next start of Tenaga rebuilds them from these rows.
 */
final class Programme {

  static final long LEARNER_BASE = 10_000_000L;
  static final long COHORT_BASE = 20_000_000L;
  static final long ENROLMENT_BASE = 30_000_000L;
  static final long CERTIFICATE_BASE = 40_000_000L;
  static final int ROSTER_SIZE = 10_000;
  static final int CAPACITY = 160;
  static final int SMALL_CAPACITY = 8;
  /**
   * Rows per INSERT … SELECT: H2 keeps a statement's rows in memory up to 40,000 (MAX_MEMORY_ROWS)
   * and spills larger results to a temporary file first.
   */
  static final int CHUNK = 30_000;

  final long learners;
  final long cohorts;
  final long enrolments;
  final long perCountry;
  /** The cohort with {@value #ROSTER_SIZE} enrolments. */
  final long rosterCohort;

  record Step(String name, long rows, long millis) {}

  final List<Step> steps = new ArrayList<>();

  Programme(long learners, long cohorts, long enrolments) {
    if (learners < ROSTER_SIZE || cohorts < 11 || enrolments < learners) {
      throw new IllegalArgumentException("a programme needs at least " + ROSTER_SIZE + " learners, 11 cohorts and one enrolment per learner");
    }
    this.learners = learners;
    this.perCountry = cohorts / 11;
    this.cohorts = perCountry * 11;
    this.enrolments = enrolments;
    this.rosterCohort = COHORT_BASE + this.cohorts;
  }

  /**
   * A certificate's verification code, well formed (32 of a–z, 2–7) and unique: "bench" and the
   * enrolment id in 27 digits written as the letters a–j.
   */
  static final String CODE_SQL = "'bench' || TRANSLATE(LPAD(CAST(e.id AS VARCHAR), 27, '0'), '0123456789', 'abcdefghij')";

  void write(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "tenaga", "tenaga"); Statement s = c.createStatement()) {
      step(s, "reference tables", "CREATE TABLE bench_country AS SELECT ROW_NUMBER() OVER (ORDER BY co.code) - 1 AS n, co.code AS code,"
          + " (SELECT MIN(p.code) FROM province p WHERE p.country_code = co.code) AS province FROM country co WHERE co.code <> 'US'");
      s.execute("CREATE TABLE bench_course AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, id, code FROM course");
      try (ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM bench_course), (SELECT COUNT(*) FROM bench_country)")) {
        r.next();
        if (r.getInt(1) != 16 || r.getInt(2) != 11) {
          throw new IllegalStateException("the programme expects the 16 courses of courses/ and the 11 ASEAN countries");
        }
      }
      learners(s);
      cohorts(s);
      enrolments(s);
      certificates(s);
      step(s, "cohort counters", "UPDATE cohort c SET enrolled_count = (SELECT COUNT(*) FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'ENROLLED')"
          + " WHERE c.id >= " + COHORT_BASE + " AND c.id <= " + rosterCohort);
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM cohort WHERE enrolled_count > capacity")) {
        r.next();
        if (r.getLong(1) > 0) {
          throw new IllegalStateException(r.getLong(1) + " generated cohorts are over capacity");
        }
      }
      // Ids the application allocates later stay clear of the generated ones.
      s.execute("ALTER SEQUENCE id_seq RESTART WITH 100000000");
      try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(status_list_index), 0) + 1 FROM certificate")) {
        r.next();
        s.execute("ALTER SEQUENCE certificate_seq RESTART WITH " + r.getLong(1));
      }
      s.execute("DROP TABLE bench_country");
      s.execute("DROP TABLE bench_course");
      for (String table : List.of("inclusion_reach", "inclusion_cell", "inclusion_total", "inclusion_cascade", "inclusion_base")) {
        s.executeUpdate("DELETE FROM " + table); // the next start rebuilds them from the rows written here
      }
    }
  }

  private void learners(Statement s) throws SQLException {
    String gender = "CASE WHEN MOD(X * 7, 100) < 46 THEN 'FEMALE' WHEN MOD(X * 7, 100) < 95 THEN 'MALE' WHEN MOD(X * 7, 100) < 97 THEN 'OTHER' ELSE 'NOT_STATED' END";
    String locality = "CASE WHEN MOD(X * 17, 100) < 35 THEN 'RURAL' WHEN MOD(X * 17, 100) < 90 THEN 'URBAN' ELSE 'NOT_STATED' END";
    String sector = "CASE MOD(X * 19, 10) WHEN 0 THEN 'GOVERNMENT' WHEN 1 THEN 'MSME' WHEN 2 THEN 'STUDENT' WHEN 3 THEN 'STUDENT' WHEN 4 THEN 'EDUCATOR'"
        + " WHEN 5 THEN 'PRIVATE_SECTOR' WHEN 6 THEN 'CIVIL_SOCIETY' WHEN 7 THEN 'UNEMPLOYED' WHEN 8 THEN 'OTHER' ELSE NULL END";
    // Ages 15 to 58 with more young people, 8% not stated.
    String birth = "CASE WHEN MOD(X * 13, 100) < 8 THEN NULL ELSE DATEADD('DAY', -(5475 + MOD(X * 7919, 100) * MOD(X * 104729, 160)), DATE '2026-01-01') END";
    timed("learners", learners, () -> {
      for (long from = 0; from < learners; from += CHUNK) {
        s.executeUpdate("INSERT INTO learner (id, full_name, country_code, province_code, gender, birth_date, locality, sector,"
            + " consent_at, consent_policy_version, created_at)"
            + " SELECT " + LEARNER_BASE + " + X, 'Bench Learner ' || X, bc.code, bc.province, " + gender + ", " + birth + ", "
            + locality + ", " + sector + ", TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', '2025-01', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'"
            + " FROM SYSTEM_RANGE(" + from + ", " + (Math.min(learners, from + CHUNK) - 1) + ") JOIN bench_country bc ON bc.n = MOD(X, 11)");
      }
    });
  }

  private void cohorts(Statement s) throws SQLException {
    String start = "DATEADD('DAY', (X / 11) * 1080 / " + perCountry + ", DATE '2025-01-01')"; // evenly over three years
    String status = "CASE WHEN MOD(X, 53) = 0 AND " + start + " < DATE '2026-10-01' THEN 'CANCELLED' WHEN " + start + " < DATE '2026-10-01' THEN 'COMPLETED'"
        + " WHEN " + start + " < DATE '2026-12-01' THEN 'RUNNING' ELSE 'OPEN' END";
    timed("cohorts", cohorts + 1, () -> {
      s.executeUpdate("INSERT INTO cohort (id, code, course_id, country_code, province_code, venue_id, online, language, start_date, end_date,"
          + " capacity, reserved_seats, status, cancel_reason, enrolled_count, waitlist_count, version, created_at, updated_at)"
          + " SELECT " + COHORT_BASE + " + X, 'B-' || LPAD(CAST(X AS VARCHAR), 7, '0'), bco.id, bc.code, bc.province, NULL, TRUE, 'en', "
          + start + ", DATEADD('DAY', 14, " + start + "), " + CAPACITY + ", 0, " + status + ","
          + " CASE WHEN MOD(X, 53) = 0 AND " + start + " < DATE '2026-10-01' THEN 'Bench: cancelled' END, 0, 0, 0,"
          + " TIMESTAMP WITH TIME ZONE '2024-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2024-12-01 00:00:00+00'"
          + " FROM SYSTEM_RANGE(0, " + (cohorts - 1) + ") JOIN bench_country bc ON bc.n = MOD(X, 11) JOIN bench_course bco ON bco.n = MOD(X / 11 * 7 + X, 16)");
      s.executeUpdate("INSERT INTO cohort (id, code, course_id, country_code, province_code, venue_id, online, language, start_date, end_date,"
          + " capacity, reserved_seats, status, cancel_reason, enrolled_count, waitlist_count, version, created_at, updated_at)"
          + " SELECT " + rosterCohort + ", 'B-ROSTER', bco.id, bc.code, bc.province, NULL, TRUE, 'en', DATE '2026-11-02', DATE '2026-12-18', "
          + (ROSTER_SIZE + 100) + ", 0, 'RUNNING', NULL, 0, 0, 0, TIMESTAMP WITH TIME ZONE '2026-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-09-01 00:00:00+00'"
          + " FROM bench_country bc, bench_course bco WHERE bc.n = 0 AND bco.n = 0");
      // Small open cohorts, one per course, empty: the enrolment benchmark fills them past capacity.
      s.executeUpdate("INSERT INTO cohort (id, code, course_id, country_code, province_code, venue_id, online, language, start_date, end_date,"
          + " capacity, reserved_seats, status, cancel_reason, enrolled_count, waitlist_count, version, created_at, updated_at)"
          + " SELECT " + (rosterCohort + 1) + " + bco.n, 'B-SMALL-' || bco.n, bco.id, bc.code, bc.province, NULL, TRUE, 'en', DATE '2027-03-01', DATE '2027-03-12', "
          + SMALL_CAPACITY + ", 0, 'OPEN', NULL, 0, 0, 0, TIMESTAMP WITH TIME ZONE '2026-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-09-01 00:00:00+00'"
          + " FROM bench_country bc, bench_course bco WHERE bc.n = 1");
    });
  }

  /**
   * Enrolments cohort by cohort (ids in cohort order, so the indexes led by the cohort grow at
   * their end; the one led by the learner is built after the rows). Cohort {@code x} of a country
   * takes {@code avg/2} to {@code 3·avg/2} learners of that country: the {@code i}-th is learner
   * {@code (k·avg + i·7919) mod (learners of the country)}, distinct within the cohort; a learner
   * ends with about {@code enrolments / learners} enrolments.
   */
  private void enrolments(Statement s) throws SQLException {
    long average = Math.max(2, enrolments / cohorts);
    long maxSize = 2 * average + 1;
    long perCountryLearners = learners / 11;
    if (perCountryLearners % 7919 == 0 || maxSize >= CAPACITY / 0.86) {
      throw new IllegalArgumentException("learners per country must not be a multiple of 7919, and cohorts hold at most " + CAPACITY);
    }
    String size = "(" + (average / 2) + " + MOD(co.id * 7919, " + (average + 1) + "))";
    String draw = "MOD(e_id * 2654435761, 100)";
    String columns = "id, cohort_id, learner_id, status, requested_at, enrolled_at, waitlist_position, withdrawn_at, withdraw_reason,"
        + " completed_at, sessions_attended, score, reserved_seat, snap_gender, snap_age, snap_locality, snap_sector, snap_disability, snap_province, version";
    String values = " SELECT e.id, e.cohort_id, e.learner_id, e.status, e.requested, CASE WHEN e.seat THEN e.requested END, NULL,"
        + "   CASE WHEN e.status IN ('WITHDRAWN', 'CANCELLED') THEN DATEADD('DAY', 3, e.requested) END,"
        + "   CASE WHEN e.status = 'WITHDRAWN' THEN 'Bench: changed plans' END,"
        + "   CASE WHEN e.status IN ('COMPLETED', 'NOT_COMPLETED') THEN CAST(e.end_date AS TIMESTAMP WITH TIME ZONE) END,"
        + "   CASE e.status WHEN 'COMPLETED' THEN 7 + MOD(e.draw, 2) WHEN 'NOT_COMPLETED' THEN MOD(e.draw, 6) WHEN 'WITHDRAWN' THEN MOD(e.draw, 3) ELSE 0 END,"
        + "   CASE e.status WHEN 'COMPLETED' THEN 60 + MOD(e.draw * 7, 41) WHEN 'NOT_COMPLETED' THEN MOD(e.draw * 7, 60) END, FALSE,"
        + "   e.gender, e.age, e.locality, e.sector, e.disability, e.province, 0";
    String learnerColumns = " l.id AS learner_id, l.gender, CASE WHEN l.birth_date IS NULL THEN NULL ELSE DATEDIFF('YEAR', l.birth_date, co.start_date) END AS age,"
        + " l.locality, l.sector, CASE WHEN MOD(l.id * 23, 100) < 7 THEN 'YES' WHEN MOD(l.id * 23, 100) < 87 THEN 'NO' ELSE 'NOT_STATED' END AS disability,"
        + " l.province_code AS province, co.id AS cohort_id, co.end_date, CAST(DATEADD('DAY', -30, co.start_date) AS TIMESTAMP WITH TIME ZONE) AS requested";
    timed("enrolments", 0, () -> withoutIndexes(s, "ENROLMENT", List.of("ENROLMENT_LEARNER_IDX"), () -> {
      for (long from = 0; from < cohorts; from += CHUNK / average) {
        s.executeUpdate("INSERT INTO enrolment (" + columns + ")" + values
            + " FROM (SELECT e_id AS id, " + draw + " AS draw,"
            + "   CASE co.status WHEN 'CANCELLED' THEN 'CANCELLED'"
            + "     WHEN 'OPEN' THEN CASE WHEN " + draw + " < 90 THEN 'ENROLLED' ELSE 'WITHDRAWN' END"
            + "     WHEN 'RUNNING' THEN CASE WHEN " + draw + " < 86 THEN 'ENROLLED' ELSE 'WITHDRAWN' END"
            + "     ELSE CASE WHEN " + draw + " < 14 THEN 'WITHDRAWN' WHEN " + draw + " < 80 THEN 'COMPLETED' ELSE 'NOT_COMPLETED' END END AS status,"
            + "   co.status <> 'CANCELLED' OR " + draw + " < 70 AS seat," + learnerColumns
            + "   FROM (SELECT co.*, r.X AS i, " + ENROLMENT_BASE + " + (co.id - " + COHORT_BASE + ") * " + maxSize + " + r.X AS e_id"
            + "     FROM cohort co JOIN SYSTEM_RANGE(0, " + (maxSize - 1) + ") r ON r.X < " + size
            + "     WHERE co.id >= " + (COHORT_BASE + from) + " AND co.id < " + (COHORT_BASE + Math.min(cohorts, from + CHUNK / average)) + ") co"
            + "   JOIN learner l ON l.id = " + LEARNER_BASE + " + 11 * MOD(((co.id - " + COHORT_BASE + ") / 11) * " + average + " + co.i * 7919, "
            + perCountryLearners + ") + MOD(co.id - " + COHORT_BASE + ", 11)) e");
      }
      // The roster cohort: the first learners, all enrolled, ids after every other enrolment.
      s.executeUpdate("INSERT INTO enrolment (" + columns + ")" + values
          + " FROM (SELECT " + (ENROLMENT_BASE + cohorts * maxSize) + " + l.id - " + LEARNER_BASE + " AS id, 0 AS draw, 'ENROLLED' AS status, TRUE AS seat,"
          + learnerColumns + " FROM learner l JOIN cohort co ON co.id = " + rosterCohort
          + " WHERE l.id < " + (LEARNER_BASE + ROSTER_SIZE) + ") e");
    }));
  }

  /**
   * Runs bulk inserts with some secondary indexes of a table dropped, then builds them again as
   * the database describes them: an index filled in random key order is rewritten at every
   * commit, one built over the finished rows is sorted once.
   */
  private void withoutIndexes(Statement s, String table, List<String> indexes, SqlWork work) throws SQLException {
    List<String> create = new ArrayList<>();
    for (String index : indexes) {
      List<String> cols = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_NAME = '" + table
          + "' AND INDEX_NAME = '" + index + "' ORDER BY ORDINAL_POSITION")) {
        while (r.next()) {
          cols.add(r.getString(1));
        }
      }
      if (cols.isEmpty()) {
        throw new IllegalStateException("no index " + index + " on " + table);
      }
      create.add("CREATE INDEX " + index + " ON " + table + " (" + String.join(", ", cols) + ")");
      s.execute("DROP INDEX " + index);
    }
    work.run();
    for (String sql : create) {
      s.execute(sql);
    }
  }

  /**
   * A certificate for every completion, cohort by cohort (a range of cohorts is read through the
   * cohort/status index; a range of enrolment ids alone made H2 walk every cohort's completions
   * for each chunk, which grew with the square of the size).
   */
  private void certificates(Statement s) throws SQLException {
    long perChunk = Math.max(1, 2 * CHUNK / Math.max(2, enrolments / cohorts));
    timed("certificates", 0, () -> withoutIndexes(s, "CERTIFICATE", List.of("CERTIFICATE_LEARNER_IDX", "CERTIFICATE_COURSE_ISSUED_IDX"), () -> {
      long index = 0; // status list indexes are dense: each chunk continues after the rows written before it
      for (long from = 0; from < cohorts; from += perChunk) {
        index += s.executeUpdate("INSERT INTO certificate (id, serial, verification_code, enrolment_id, learner_id, course_id, cohort_id, issued_on, expires_on,"
            + " status, revoked_at, revocation_reason, status_list_index)"
            + " SELECT " + (CERTIFICATE_BASE - ENROLMENT_BASE) + " + e.id, 'TNG-B-' || e.id, " + CODE_SQL + ", e.id, e.learner_id, co.course_id, co.id,"
            + " co.end_date, NULL, CASE WHEN MOD(e.id, 37) = 0 THEN 'REVOKED' ELSE 'VALID' END,"
            + " CASE WHEN MOD(e.id, 37) = 0 THEN CAST(DATEADD('DAY', 30, co.end_date) AS TIMESTAMP WITH TIME ZONE) END,"
            + " CASE WHEN MOD(e.id, 37) = 0 THEN 'Bench: issued in error' END, " + index + " + ROW_NUMBER() OVER (ORDER BY e.id)"
            + " FROM enrolment e JOIN cohort co ON co.id = e.cohort_id WHERE e.status = 'COMPLETED'"
            + " AND co.id >= " + (COHORT_BASE + from) + " AND co.id < " + (COHORT_BASE + Math.min(cohorts, from + perChunk)));
      }
    }));
  }

  // --- steps, timed ---

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  private void step(Statement s, String name, String sql) throws SQLException {
    timed(name, 0, () -> s.execute(sql));
  }

  private void timed(String name, long rows, SqlWork work) throws SQLException {
    long t0 = System.nanoTime();
    work.run();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    steps.add(new Step(name, rows, millis));
    System.out.printf(Locale.ROOT, "programme: %s in %.1f s%n", name, millis / 1000.0);
  }
}

package org.tenaga.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tenaga.support.Api;
import org.tenaga.support.PageSession;
import org.tenaga.support.TenagaProcess;

/**
 * The inclusion statistics at scale ({@code mvn -Pbench verify}): a programme of
 * {@code bench.enrolments} enrolments (5 million by default) written straight into an H2 file with
 * bulk SQL — not through the services — then Tenaga started on it (start-up builds the rollups
 * from the raw rows), and the latency of the donor's dashboard, the explorer and
 * {@code GET /api/v1/inclusion} measured. Prints a table and writes {@code target/bench/}.
 *
 * <p>The programme: 2.5 enrolments per learner on average (1 to 4, as in the demo, where most
 * learners take two courses), 25 per cohort, cohorts of the 16 courses in the 11 ASEAN states from
 * 2025 to 2027; seats for 85%, of whom most complete; a certificate for each completion, 1 in 37
 * revoked; demographics skewed as in the demo. The database is kept in {@code target/bench-db}
 * and reused while its size matches.
 */
class InclusionBench {

  static final long ENROLMENTS = Long.getLong("bench.enrolments", 5_000_000L);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
  static final String ADMIN = "bench-admin@tenaga.test";
  static final String DONOR = "bench-donor@tenaga.test";
  static final String PASSWORD = "bench passphrase of some length";

  static final Path DIR = Path.of("target", "bench-db").toAbsolutePath();
  static final String URL = "jdbc:h2:file:" + DIR.resolve("tenaga") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000;CACHE_SIZE=262144";

  record Scenario(String name, String path, boolean page) {}

  record Result(Scenario scenario, List<Double> millis, List<Double> serverMillis) {
    double p(List<Double> values, double q) {
      if (values.isEmpty()) {
        return Double.NaN;
      }
      List<Double> sorted = values.stream().sorted().toList();
      return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }
  }

  @Test
  void theDashboardAndTheCrossTabAnswerAtScale() throws Exception {
    Files.createDirectories(DIR);
    Map<String, String> env = Map.of(
        "TENAGA_DB_URL", URL, "TENAGA_SEED", "none", "TENAGA_ADMIN_EMAIL", ADMIN, "TENAGA_ADMIN_PASSWORD", PASSWORD);
    List<String> jvm = List.of("-Xmx2g");
    Path marker = DIR.resolve("programme-" + ENROLMENTS);
    String generation = "reused";
    if (!Files.exists(marker)) {
      try (var files = Files.list(DIR)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      try (TenagaProcess schema = TenagaProcess.start("bench-schema", env, jvm)) {
        schema.awaitReady(Duration.ofMinutes(5)); // migrations, reference data, catalogue, first admin
        schema.stop();
      }
      long t0 = System.nanoTime();
      generate();
      generation = String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - t0) / 1e9);
      Files.writeString(marker, generation);
    }
    try (TenagaProcess tenaga = TenagaProcess.start("bench", env, jvm)) {
      long ready = tenaga.awaitReady(Duration.ofHours(2));
      String rebuild = Files.readAllLines(tenaga.log()).stream().filter(l -> l.contains("Inclusion rollups rebuilt")).reduce((a, b) -> b).orElse("(rollups reused)");
      URI base = tenaga.base();
      Api.Response all = Api.as(base, ADMIN, PASSWORD).get("/api/v1/inclusion?stage=enrolled&by=country");
      System.out.println("people enrolled, all countries: " + all.object().get("total"));
      assertTrue(all.object().getJsonNumber("total").longValue() > ENROLMENTS / 5, "the rollups count the bench programme");
      Api admin = Api.as(base, ADMIN, PASSWORD);
      Api.Response created = admin.post("/api/v1/admin/accounts", """
          {"email":"%s","password":"%s","fullName":"Bench Donor","roles":["DONOR"],"organisation":"US-ASEAN-AI"}""".formatted(DONOR, PASSWORD));
      assertTrue(created.status() == 201 || created.status() == 409, created::toString);
      String donorToken = Api.token(base, DONOR, PASSWORD);
      String adminToken = Api.token(base, ADMIN, PASSWORD);
      PageSession pages = PageSession.login(base, DONOR, PASSWORD);
      HttpClient api = HttpClient.newHttpClient();
      List<Scenario> scenarios = List.of(
          new Scenario("dashboard: /donor/index.xhtml (9 commitments)", "/donor/index.xhtml", true),
          new Scenario("explorer page: STMT-9, certified by gender", "/donor/explorer.xhtml?commitment=STMT-9", true),
          new Scenario("API commitments", "/api/v1/inclusion/commitments", false),
          new Scenario("API STMT-9 certified by gender", "/api/v1/inclusion?commitment=STMT-9&by=gender", false),
          new Scenario("API STMT-9 certified by country × gender", "/api/v1/inclusion?commitment=STMT-9&by=country,gender", false),
          new Scenario("API STMT-9 enrolled by sector × disability", "/api/v1/inclusion?commitment=STMT-9&stage=enrolled&by=sector,disability", false),
          new Scenario("API STMT-9 in Indonesia by sector (drill-down)", "/api/v1/inclusion?commitment=STMT-9&country=ID&by=sector", false),
          new Scenario("API RM-C1.1 AI-MSME-101 by gender (a course)", "/api/v1/inclusion?commitment=RM-C1.1&course=AI-MSME-101&by=gender", false),
          new Scenario("API STMT-19 2026 by quarter (a year)", "/api/v1/inclusion?commitment=STMT-19&from=2026-01&to=2026-12&by=quarter", false),
          new Scenario("API admin: everything by country", "/api/v1/inclusion?by=country", false),
          new Scenario("API admin: the Philippines by youth", "/api/v1/inclusion?country=PH&by=youth", false));
      List<Result> results = new ArrayList<>();
      for (Scenario s : scenarios) {
        String token = s.path().contains("commitment=") || s.path().endsWith("commitments") ? donorToken : adminToken;
        for (int i = 0; i < 3; i++) {
          call(pages, api, base, s, token); // warm up
        }
        List<Double> millis = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
          long t0 = System.nanoTime();
          HttpResponse<String> r = call(pages, api, base, s, token);
          millis.add((System.nanoTime() - t0) / 1e6);
          assertEquals(200, r.statusCode(), () -> s.name() + " " + r.body());
          r.headers().firstValue("Server-Timing").ifPresent(t -> server.add(Double.parseDouble(t.replaceAll(".*dur=", ""))));
        }
        results.add(new Result(s, millis, server));
      }
      report(results, ready, rebuild, generation, base);
    }
  }

  /** A page through the donor's page session; an API call with a bearer token (no password hash per call). */
  private static HttpResponse<String> call(PageSession pages, HttpClient api, URI base, Scenario s, String token) throws Exception {
    if (s.page()) {
      return pages.get(s.path());
    }
    return api.send(HttpRequest.newBuilder(base.resolve(s.path())).timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void report(List<Result> results, long readyMillis, String rebuild, String generation, URI base) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Inclusion benchmark\n\n");
    md.append(String.format(Locale.ROOT, "- enrolments: %,d (bulk SQL); data generated: %s%n", ENROLMENTS, generation));
    md.append(String.format(Locale.ROOT, "- start to ready on that database: %.1f s%n", readyMillis / 1000.0));
    md.append("- ").append(rebuild.replaceAll(".*Inclusion rollups", "Inclusion rollups")).append('\n');
    md.append(String.format(Locale.ROOT, "- %d sequential requests per row after 3 warm-up requests; server on 2 cores shared with other work%n%n", ROUNDS));
    md.append("| request | p50 ms | p95 ms | max ms | server p50 ms | server p95 ms |\n|---|---:|---:|---:|---:|---:|\n");
    StringBuilder csv = new StringBuilder("request,p50_ms,p95_ms,max_ms,server_p50_ms,server_p95_ms\n");
    for (Result r : results) {
      double p50 = r.p(r.millis(), 0.5);
      double p95 = r.p(r.millis(), 0.95);
      double max = r.millis().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      double s50 = r.p(r.serverMillis(), 0.5);
      double s95 = r.p(r.serverMillis(), 0.95);
      md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %s | %s |%n", r.scenario().name(), p50, p95, max,
          Double.isNaN(s50) ? "–" : String.format(Locale.ROOT, "%.0f", s50), Double.isNaN(s95) ? "–" : String.format(Locale.ROOT, "%.0f", s95)));
      csv.append(String.format(Locale.ROOT, "\"%s\",%.1f,%.1f,%.1f,%.1f,%.1f%n", r.scenario().name(), p50, p95, max, s50, s95));
    }
    Path out = Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(out.resolve("inclusion.md"), md);
    Files.writeString(out.resolve("inclusion.csv"), csv);
    System.out.println();
    System.out.println(md);
  }

  // --- the programme, in bulk SQL ---

  /** Learners, cohorts, enrolments and certificates, written straight into the database. */
  static void generate() throws SQLException {
    long learners = ENROLMENTS * 2 / 5;
    long perCountry = ENROLMENTS / 25 / 11;
    try (Connection c = DriverManager.getConnection(URL, "tenaga", "tenaga"); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bench_country AS SELECT ROW_NUMBER() OVER (ORDER BY co.code) - 1 AS n, co.code AS code,"
          + " (SELECT MIN(p.code) FROM province p WHERE p.country_code = co.code) AS province FROM country co WHERE co.code <> 'US'");
      s.execute("CREATE TABLE bench_course AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, id FROM course");
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM bench_course")) {
        r.next();
        if (r.getInt(1) != 16) {
          throw new IllegalStateException("the bench expects the 16 courses of courses/");
        }
      }
      String gender = "CASE WHEN MOD(X * 7, 100) < 48 THEN 'FEMALE' WHEN MOD(X * 7, 100) < 95 THEN 'MALE' WHEN MOD(X * 7, 100) < 97 THEN 'OTHER' ELSE 'NOT_STATED' END";
      String locality = "CASE WHEN MOD(X * 17, 100) < 35 THEN 'RURAL' WHEN MOD(X * 17, 100) < 90 THEN 'URBAN' ELSE 'NOT_STATED' END";
      String sector = "CASE MOD(X * 19, 10) WHEN 0 THEN 'GOVERNMENT' WHEN 1 THEN 'MSME' WHEN 2 THEN 'STUDENT' WHEN 3 THEN 'STUDENT' WHEN 4 THEN 'EDUCATOR'"
          + " WHEN 5 THEN 'PRIVATE_SECTOR' WHEN 6 THEN 'CIVIL_SOCIETY' WHEN 7 THEN 'UNEMPLOYED' WHEN 8 THEN 'OTHER' ELSE NULL END";
      for (long from = 0; from < learners; from += 200_000) {
        s.executeUpdate("INSERT INTO learner (id, email, full_name, country_code, province_code, gender, birth_date, locality, sector,"
            + " consent_at, consent_policy_version, created_at)"
            + " SELECT 10000000 + X, 'b' || X || '@bench.test', 'Bench Learner ' || X, bc.code, bc.province, " + gender + ","
            + " CASE WHEN MOD(X * 13, 100) < 8 THEN NULL ELSE DATEADD('DAY', -MOD(X * 7919, 16000), DATE '2008-01-01') END, "
            + locality + ", " + sector + ", TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', '2025-01', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'"
            + " FROM SYSTEM_RANGE(" + from + ", " + Math.min(learners, from + 200_000) + " - 1) JOIN bench_country bc ON bc.n = MOD(X, 11)");
      }
      long cohorts = perCountry * 11;
      String start = "DATEADD('DAY', MOD(X / 11, 1080), DATE '2025-01-01')";
      s.executeUpdate("INSERT INTO cohort (id, code, course_id, country_code, province_code, venue_id, online, language, start_date, end_date,"
          + " capacity, reserved_seats, status, cancel_reason, enrolled_count, waitlist_count, version, created_at, updated_at)"
          + " SELECT 20000000 + X, 'B' || X, bco.id, bc.code, bc.province, NULL, TRUE, 'en', " + start + ", DATEADD('DAY', 14, " + start + "), 60, 0,"
          + " CASE WHEN MOD(X, 53) = 0 AND " + start + " < DATE '2026-10-01' THEN 'CANCELLED' WHEN " + start + " < DATE '2026-10-01' THEN 'COMPLETED'"
          + "      WHEN " + start + " < DATE '2026-12-01' THEN 'RUNNING' ELSE 'OPEN' END,"
          + " CASE WHEN MOD(X, 53) = 0 AND " + start + " < DATE '2026-10-01' THEN 'Bench: cancelled' END, 0, 0, 0,"
          + " TIMESTAMP WITH TIME ZONE '2024-12-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2024-12-01 00:00:00+00'"
          + " FROM SYSTEM_RANGE(0, " + (cohorts - 1) + ") JOIN bench_country bc ON bc.n = MOD(X, 11) JOIN bench_course bco ON bco.n = MOD(X / 11 * 7 + X, 16)");
      // Learner i (country i mod 11) takes 1–4 cohorts of their country: distinct cohorts per learner.
      String h = "MOD(((l.id - 10000000) * 4 + r.X) * 2654435761, 100)";
      for (long from = 0; from < learners; from += 100_000) {
        s.executeUpdate("INSERT INTO enrolment (id, cohort_id, learner_id, status, requested_at, enrolled_at, waitlist_position, withdrawn_at, withdraw_reason,"
            + " completed_at, sessions_attended, score, reserved_seat, snap_gender, snap_age, snap_locality, snap_sector, snap_disability, snap_province, version)"
            + " SELECT e.id, e.cohort_id, e.learner_id, e.status, e.requested, CASE WHEN e.seat THEN e.requested END,"
            + "   CASE WHEN e.status = 'WAITLISTED' THEN 1 END, CASE WHEN e.status IN ('WITHDRAWN', 'CANCELLED') THEN e.requested END,"
            + "   CASE WHEN e.status = 'WITHDRAWN' THEN 'Bench' END,"
            + "   CASE WHEN e.status IN ('COMPLETED', 'NOT_COMPLETED') THEN CAST(e.end_date AS TIMESTAMP WITH TIME ZONE) END, 0, NULL, FALSE,"
            + "   e.gender, e.age, e.locality, e.sector, e.disability, e.province, 0"
            + " FROM (SELECT 30000000 + (l.id - 10000000) * 4 + r.X AS id, co.id AS cohort_id, l.id AS learner_id, co.end_date,"
            + "   CAST(DATEADD('DAY', -30, co.start_date) AS TIMESTAMP WITH TIME ZONE) AS requested,"
            + "   CASE co.status WHEN 'CANCELLED' THEN 'CANCELLED'"
            + "     WHEN 'OPEN' THEN CASE WHEN " + h + " < 85 THEN 'ENROLLED' ELSE 'WAITLISTED' END"
            + "     WHEN 'RUNNING' THEN CASE WHEN " + h + " < 82 THEN 'ENROLLED' WHEN " + h + " < 85 THEN 'WITHDRAWN' ELSE 'WAITLISTED' END"
            + "     ELSE CASE WHEN " + h + " < 10 THEN 'WITHDRAWN' WHEN " + h + " < 18 THEN 'WITHDRAWN' WHEN " + h + " < 80 THEN 'COMPLETED' ELSE 'NOT_COMPLETED' END END AS status,"
            + "   CASE WHEN co.status = 'COMPLETED' THEN " + h + " >= 10 ELSE " + h + " < 85 END AS seat,"
            + "   l.gender, CASE WHEN l.birth_date IS NULL THEN NULL ELSE DATEDIFF('YEAR', l.birth_date, co.start_date) END AS age,"
            + "   l.locality, l.sector, CASE WHEN MOD(l.id * 23, 100) < 6 THEN 'YES' WHEN MOD(l.id * 23, 100) < 86 THEN 'NO' ELSE 'NOT_STATED' END AS disability,"
            + "   l.province_code AS province"
            + "   FROM learner l JOIN SYSTEM_RANGE(0, 3) r ON r.X < 1 + MOD((l.id - 10000000) * 31, 4)"
            + "   JOIN cohort co ON co.id = 20000000 + MOD(((l.id - 10000000) / 11) * 7919 + r.X * " + (perCountry / 4 + 1) + ", " + perCountry + ") * 11 + MOD(l.id - 10000000, 11)"
            + "   WHERE l.id >= " + (10_000_000 + from) + " AND l.id < " + (10_000_000 + Math.min(learners, from + 100_000)) + ") e");
      }
      for (long from = 30_000_000; from < 30_000_000 + learners * 4; from += 400_000) {
        s.executeUpdate("INSERT INTO certificate (id, serial, verification_code, enrolment_id, learner_id, course_id, cohort_id, issued_on, expires_on,"
            + " status, revoked_at, revocation_reason, status_list_index)"
            + " SELECT 10000000 + e.id, 'B-' || e.id, 'bench' || e.id, e.id, e.learner_id, co.course_id, co.id, co.end_date, NULL,"
            + " CASE WHEN MOD(e.id, 37) = 0 THEN 'REVOKED' ELSE 'VALID' END,"
            + " CASE WHEN MOD(e.id, 37) = 0 THEN CAST(co.end_date AS TIMESTAMP WITH TIME ZONE) END,"
            + " CASE WHEN MOD(e.id, 37) = 0 THEN 'Bench: revoked' END, CAST(e.id - 30000000 AS INT)"
            + " FROM enrolment e JOIN cohort co ON co.id = e.cohort_id WHERE e.status = 'COMPLETED' AND e.id >= " + from + " AND e.id < " + (from + 400_000));
      }
      s.execute("DROP TABLE bench_country");
      s.execute("DROP TABLE bench_course");
      // Rows written behind the services' back: the rollups are emptied, so the next start rebuilds them.
      for (String table : List.of("inclusion_reach", "inclusion_cell", "inclusion_total", "inclusion_cascade", "inclusion_base")) {
        s.executeUpdate("DELETE FROM " + table);
      }
      try (ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM enrolment), (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM certificate)")) {
        r.next();
        System.out.printf(Locale.ROOT, "bench programme: %,d enrolments, %,d learners, %,d certificates%n", r.getLong(1), r.getLong(2), r.getLong(3));
      }
    }
  }
}

package org.tenaga.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.catalog.CatalogueLoader;
import org.tenaga.catalog.CatalogueReload;
import org.tenaga.catalog.CatalogueSearch;
import org.tenaga.catalog.CourseFileProblem;
import org.tenaga.catalog.CourseRepository;
import org.tenaga.commitments.CommitmentRepository;
import org.tenaga.platform.seed.DemoSeedLoader;

/**
 * Start-up inside the server: migrations, reference data, catalogue and demo programme, checked
 * against the files they come from and against Tenaga's rules.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.tenaga().addClasses(PlatformIT.class, DatabaseProbe.class);
  }

  @Inject DatabaseProbe db;
  @Inject CatalogueLoader catalogue;
  @Inject DemoSeedLoader demo;
  @Inject StartupState startup;
  @Inject org.tenaga.accounts.Registration registration;
  @Inject org.tenaga.accounts.AccountRepository accounts;
  @Inject org.tenaga.accounts.DataRights rights;
  @Inject org.tenaga.enrolment.EnrolmentService enrolments;
  @Inject CatalogueSearch search;
  @Inject CourseRepository courses;
  @Inject CommitmentRepository commitments;
  @Resource ContextService context;
  @Resource UserTransaction transaction;

  private long count(String jpqlOrSql) {
    return db.count(jpqlOrSql);
  }

  /** Data rows of a packaged seed CSV (lines after the header, blank lines ignored). */
  private static long seedRows(String file) throws IOException {
    try (var in = PlatformIT.class.getClassLoader().getResourceAsStream("seed-data/" + file);
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      // No seed value spans lines, so a line is a row.
      return reader.lines().skip(1).filter(l -> !l.isBlank()).count();
    }
  }

  private static long courseFiles() throws IOException {
    try (Stream<Path> s = Files.list(catalogueDir())) {
      return s.filter(p -> p.toString().endsWith(".md")).count();
    }
  }

  private static Path catalogueDir() {
    return Path.of(System.getProperty("tenaga.courses.dir"));
  }

  @Test
  void startupFinishedAndTheSchemaIsMigrated() {
    assertTrue(startup.isReady(), () -> "start-up failed: " + startup.failure());
    assertEquals(1L, count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '1'"));
  }

  @Test
  void referenceDataMatchesTheSeedFiles() throws IOException {
    assertEquals(12L, count("SELECT COUNT(*) FROM country"));
    assertEquals(seedRows("provinces.csv"), count("SELECT COUNT(*) FROM province"));
    assertEquals(seedRows("skills.csv"), count("SELECT COUNT(*) FROM skill"));
    assertEquals(seedRows("organisations.csv"), count("SELECT COUNT(*) FROM organisation"));
    assertTrue(count("SELECT COUNT(*) FROM commitment") >= 8);
  }

  @Test
  void everyCourseFileIsInTheCatalogue() throws IOException {
    assertEquals(courseFiles(), count("SELECT COUNT(*) FROM course"));
    assertEquals(0L, count("SELECT COUNT(*) FROM course WHERE LOWER(description_html) LIKE '%<script%'"));
  }

  /** A column of a packaged seed CSV (simple files: no quoted commas before that column). */
  private static List<String> seedColumn(String file, int column) throws IOException {
    try (var in = PlatformIT.class.getClassLoader().getResourceAsStream("seed-data/" + file);
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)[column]).toList();
    }
  }

  /**
   * Every row of the files is in the database exactly once. Other test classes share this
   * database and add their own rows, so rows are matched by their keys, not by table totals.
   */
  @Test
  void theDemoProgrammeMatchesTheSeedFilesExactlyOnce() throws IOException {
    assertEquals(new java.util.HashSet<>(seedColumn("venues.csv", 0)).size(), seedRows("venues.csv"));
    java.util.Set<String> venues = new java.util.HashSet<>(db.column("SELECT code FROM venue"));
    assertTrue(venues.containsAll(seedColumn("venues.csv", 0)));
    java.util.Set<String> learners = new java.util.HashSet<>(db.column("SELECT email FROM learner"));
    assertTrue(learners.containsAll(seedColumn("learners.csv", 0)));
    java.util.Set<String> cohorts = new java.util.HashSet<>(db.column("SELECT code FROM cohort"));
    assertTrue(cohorts.containsAll(seedColumn("cohorts.csv", 0)));
    java.util.Set<String> seedCohorts = new java.util.HashSet<>(seedColumn("cohorts.csv", 0));
    long seedSessions = db.column("SELECT c.code FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id").stream().filter(seedCohorts::contains).count();
    assertEquals(seedRows("sessions.csv"), seedSessions);
    java.util.Set<String> filePairs = new java.util.HashSet<>();
    List<String> ec = seedColumn("enrolments.csv", 0);
    List<String> el = seedColumn("enrolments.csv", 1);
    for (int i = 0; i < ec.size(); i++) {
      filePairs.add(ec.get(i) + "|" + el.get(i));
    }
    java.util.Set<String> dbPairs = new java.util.HashSet<>(db.column(
        "SELECT CONCAT(c.code, '|', l.email) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN learner l ON l.id = e.learner_id"));
    assertEquals(seedRows("enrolments.csv"), filePairs.size(), "one row per learner and cohort in the file");
    assertTrue(dbPairs.containsAll(filePairs), "every enrolment of the file is in the database");
    // Trainers: the files' ones plus any the train-the-trainer cascade created.
    assertTrue(count("SELECT COUNT(*) FROM trainer") >= seedRows("trainers.csv"));
    // A second load is refused: the marker says it is there, and nothing is added.
    long enrolments = count("SELECT COUNT(*) FROM enrolment");
    assertTrue(demo.isLoaded());
    assertNull(demo.load());
    assertEquals(enrolments, count("SELECT COUNT(*) FROM enrolment"));
  }

  @Test
  void theDemoProgrammeHasCohortsInEveryStatusAcrossEightCountries() {
    for (String status : List.of("DRAFT", "OPEN", "RUNNING", "COMPLETED", "CANCELLED")) {
      assertTrue(count("SELECT COUNT(*) FROM cohort WHERE status = '" + status + "'") > 0, status);
    }
    assertTrue(count("SELECT COUNT(DISTINCT country_code) FROM cohort") >= 8);
    assertTrue(count("SELECT COUNT(*) FROM enrolment WHERE status = 'WAITLISTED'") > 0);
    assertTrue(count("SELECT COUNT(*) FROM enrolment WHERE status = 'WITHDRAWN'") > 0);
    assertTrue(count("SELECT COUNT(*) FROM certificate WHERE status = 'REVOKED'") > 0);
  }

  @Test
  void theDemoDataKeepsTheRules() {
    // Counters agree with the rows (a seat stays taken through completion), within capacity.
    assertEquals(0L, count(
        "SELECT COUNT(*) FROM cohort c WHERE c.enrolled_count <> (SELECT COUNT(*) FROM enrolment e WHERE e.cohort_id = c.id AND e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED'))"
            + " OR c.waitlist_count <> (SELECT COUNT(*) FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'WAITLISTED')"
            + " OR c.enrolled_count > c.capacity"));
    // Waitlist positions are 1..n without gaps or duplicates.
    assertEquals(0L, count(
        "SELECT COUNT(*) FROM cohort c WHERE c.waitlist_count > 0 AND ("
            + " (SELECT COUNT(DISTINCT e.waitlist_position) FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'WAITLISTED') <> c.waitlist_count"
            + " OR (SELECT MAX(e.waitlist_position) FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'WAITLISTED') <> c.waitlist_count)"));
    // Exactly the completed enrolments hold a certificate.
    assertEquals(count("SELECT COUNT(*) FROM enrolment WHERE status = 'COMPLETED'"), count("SELECT COUNT(*) FROM certificate"));
    assertEquals(0L, count("SELECT COUNT(*) FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id WHERE e.status <> 'COMPLETED'"));
    // Completion happens only in completed cohorts; enrolments of cancelled cohorts are cancelled.
    assertEquals(0L, count("SELECT COUNT(*) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.status IN ('COMPLETED','NOT_COMPLETED') AND c.status <> 'COMPLETED'"));
    assertEquals(0L, count("SELECT COUNT(*) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE c.status = 'CANCELLED' AND e.status IN ('ENROLLED','WAITLISTED')"));
    // Every session of an in-person cohort has a venue, and every cohort has sessions.
    assertEquals(0L, count("SELECT COUNT(*) FROM cohort c WHERE NOT EXISTS (SELECT 1 FROM cohort_session s WHERE s.cohort_id = c.id)"));
    // No trainer is in two overlapping sessions.
    assertEquals(0L, count(
        "SELECT COUNT(*) FROM session_trainer a JOIN cohort_session sa ON sa.id = a.session_id"
            + " JOIN session_trainer b ON b.trainer_id = a.trainer_id AND b.session_id <> a.session_id"
            + " JOIN cohort_session sb ON sb.id = b.session_id WHERE sa.starts_at < sb.ends_at AND sb.starts_at < sa.ends_at"));
  }

  @Test
  void theTrainTheTrainerCascadeQualifiedCertificateHolders() {
    assertTrue(count("SELECT COUNT(*) FROM trainer_qualification WHERE source = 'CERTIFICATE' AND certificate_id IS NOT NULL") > 0);
  }

  @Test
  void demoAccountsExistForEveryRole() {
    for (String email : List.of("admin@tenaga.test", "coordinator@tenaga.test", "trainer@tenaga.test", "learner@tenaga.test", "donor@tenaga.test")) {
      assertEquals(1L, count("SELECT COUNT(*) FROM user_account WHERE email = '" + email + "'"), email);
    }
  }

  @Test
  void theFirstAdminIsNotCreatedWhenAnAdminExists() {
    // The demo seed brought an admin, so TENAGA_ADMIN_EMAIL (root@tenaga.test here) added nobody.
    assertEquals(0L, count("SELECT COUNT(*) FROM user_account WHERE email = 'root@tenaga.test'"));
  }

  @Test
  void aBrokenCourseFileIsNamedAndTheOthersStillLoad() throws IOException {
    Path dir = Files.createTempDirectory("courses");
    try (Stream<Path> s = Files.list(catalogueDir())) {
      for (Path f : s.filter(p -> p.toString().endsWith(".md")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("BROKEN-101.md"),
        "---\ncode: BROKEN-101\ntitle: Broken\nsummary: s\nlevel: foundational\nhours: lots\nlanguages: [en]\n"
            + "deliveryModes: [online]\nskills: [ai-literacy]\ncompletion:\n  minAttendancePercent: 80\n---\nBody\n");
    Files.writeString(dir.resolve("NOT-YAML.md"), "---\ncode: [unclosed\n---\nBody\n");

    CatalogueReload result = catalogue.reload(dir);

    assertEquals(courseFiles(), result.loaded() + result.unchanged(), "every good course still loads");
    assertTrue(result.problems().contains(new CourseFileProblem("BROKEN-101.md", "hours", "must be a whole number, not text 'lots'")), result.problems()::toString);
    assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("NOT-YAML.md") && p.reason().startsWith("invalid YAML")), result.problems()::toString);
    assertEquals(0L, count("SELECT COUNT(*) FROM course WHERE code = 'BROKEN-101'"));
  }

  @Test
  void erasingALearnerLeavesNoTraceOfNameOrEmailAndKeepsTheStatistics() {
    String name = "Erasable Person " + System.nanoTime();
    String email = "erasable-" + System.nanoTime() + "@example.org";
    var learner = registration.register(new org.tenaga.accounts.NewLearner(email, "a passphrase to forget", name, "PH", "PH-00",
        "FEMALE", "1999-01-01", "RURAL", "MSME", null, true));
    Long cohortId = ((Number) db.column("SELECT id FROM cohort WHERE status = 'OPEN' AND enrolled_count < capacity AND course_id IN"
        + " (SELECT id FROM course WHERE code = 'GENAI-101' OR code = 'CYBER-101') ORDER BY start_date").stream().findFirst()
        .map(Long::valueOf).orElseThrow()).longValue();
    enrolments.enrolSelf(cohortId, learner, java.time.OffsetDateTime.now());
    String snapshot = "SELECT COUNT(*) FROM enrolment WHERE cohort_id = " + cohortId + " AND snap_gender = 'FEMALE' AND snap_locality = 'RURAL'";
    long before = count(snapshot);

    rights.erase(accounts.findByEmail(email).orElseThrow());

    assertEquals(before, count(snapshot), "the enrolment's demographic snapshot, and so the statistics, stay");
    List<String> columns = db.column("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
        + " WHERE UPPER(table_schema) = 'PUBLIC' AND UPPER(data_type) IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'TEXT', 'CHARACTER')");
    assertTrue(columns.size() > 30, columns::toString);
    for (String column : columns) {
      String[] tc = column.split("\\.");
      // Names quoted as stored: Flyway's own table is lower case in H2.
      String t = "\"" + tc[0] + "\"";
      String c = "\"" + tc[1] + "\"";
      long hits = count("SELECT COUNT(*) FROM " + t + " WHERE " + c + " LIKE '%" + name + "%' OR " + c + " LIKE '%" + email + "%'");
      assertEquals(0L, hits, "no trace of the name or email in " + column);
    }
    assertEquals(1L, count("SELECT COUNT(*) FROM learner WHERE id = " + learner.getId() + " AND erased_at IS NOT NULL"));
  }

  /**
   * The catalogue's display reads of cached reference data, from 16 threads at once for 5 s, all
   * finish: EclipseLink once left such threads waiting for good on a cache lock (see
   * {@link SharedReads}); a stuck one fails this within the 60 s each is given.
   */
  @Test
  void sharedReadsFromManyThreadsAtOnceAllFinish() throws Exception {
    Callable<Integer> reader = context.createContextualProxy((Callable<Integer>) () -> {
      int reads = 0;
      for (long until = System.nanoTime() + 5_000_000_000L; System.nanoTime() < until; reads++) {
        transaction.begin(); // a persistence context per round, as each page request has
        try {
          assertFalse(search.search(CatalogueSearch.Filter.NONE).isEmpty());
          assertFalse(commitments.findAll().isEmpty());
          assertFalse(courses.findAllSkills().isEmpty());
        } finally {
          transaction.rollback();
        }
      }
      return reads;
    }, Callable.class);
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(threads.submit(reader));
      }
      int reads = 0;
      for (Future<Integer> run : runs) {
        reads += run.get(60, TimeUnit.SECONDS);
      }
      assertTrue(reads >= 16, "every thread read at least once: " + reads);
    } finally {
      threads.shutdownNow();
    }
  }
}

package org.tenaga.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.enrolment.EnrolmentStatus;
import org.tenaga.platform.DatabaseProbe;
import org.tenaga.platform.Deployments;
import org.tenaga.support.Api;

/**
 * Inclusion statistics inside the server: rollups kept exact through random operations (a
 * rebuild reproduces them row for row), every API figure equal to a brute-force recount over the
 * raw rows, people counted once however many certificates they hold, donors' answers suppressed
 * in JSON and XLSX alike, filters and scope refused with the field named.
 */
@ExtendWith(ArquillianExtension.class)
class InclusionIT {

  static final int K = 5;

  @Deployment
  static WebArchive deployment() {
    return Deployments.tenaga().addClasses(InclusionIT.class, InclusionScenario.class, RawRecount.class, DatabaseProbe.class, Api.class,
        Api.Response.class);
  }

  @Inject InclusionScenario scenario;
  @Inject RawRecount recount;
  @Inject HttpServletRequest request;
  @Inject org.tenaga.platform.StartupState startup;
  @Inject InclusionRollups rollups;

  /** The random programme every test of the class may count on: built once, by whichever test runs first. */
  static List<Long> generatedCohorts;

  private URI base() {
    return URI.create("http://localhost:" + request.getLocalPort() + "/");
  }

  private Api as(String email) {
    return Api.as(base(), email);
  }

  /**
   * Learners and cohorts in Indonesia, the Philippines and Viet Nam, then a seeded random sequence
   * of enrolments (seats and waitlists), withdrawals, promotions, capacity changes, starts,
   * completions with certificates, cancellations, revocations and erasures.
   */
  private synchronized List<Long> randomProgramme() {
    if (generatedCohorts != null) {
      return generatedCohorts;
    }
    Random random = new Random(20261129);
    List<String> countries = List.of("ID", "PH", "VN");
    Map<String, List<Long>> learnersByCountry = new HashMap<>();
    List<Long> learners = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      String country = countries.get(i % 3);
      long id = scenario.register(random, country, "incl" + i);
      learners.add(id);
      learnersByCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(id);
    }
    List<String> courses = List.of("GENAI-101", "CYBER-101", "DATA-PRIV-101", "AI-MSME-101", "DIGI-RURAL-101", "AI-ACCESS-201", "AI-AGRI-201");
    List<Long> cohorts = new ArrayList<>();
    Map<Long, String> cohortCountry = new HashMap<>();
    while (cohorts.size() < 12) {
      String country = countries.get(random.nextInt(3));
      String course = courses.get(random.nextInt(courses.size()));
      LocalDate start = LocalDate.of(2025, 2, 1).plusDays(random.nextInt(600));
      try {
        long id = scenario.openCohort(random, course, country, start, 3 + random.nextInt(6));
        cohorts.add(id);
        cohortCountry.put(id, country);
      } catch (IllegalArgumentException noTrainer) {
        // that course has no trainer in that country: pick another
      }
    }
    Map<Long, String> status = new HashMap<>();
    cohorts.forEach(c -> status.put(c, "OPEN"));
    for (int op = 0; op < 320; op++) {
      long cohort = cohorts.get(random.nextInt(cohorts.size()));
      String s = status.get(cohort);
      int dice = random.nextInt(100);
      if (dice < 55) {
        if (s.equals("OPEN")) {
          // Mostly learners of the cohort's country; now and then someone from elsewhere.
          List<Long> pool = random.nextInt(8) == 0 ? learners : learnersByCountry.get(cohortCountry.get(cohort));
          scenario.enrol(cohort, pool.get(random.nextInt(pool.size())));
        }
      } else if (dice < 65) {
        if (s.equals("OPEN") || s.equals("RUNNING")) {
          scenario.withdraw(cohort, learners.get(random.nextInt(learners.size())));
        }
      } else if (dice < 70) {
        if (s.equals("OPEN") || s.equals("RUNNING")) {
          int seats = scenario.placesOf(cohort, EnrolmentStatus.ENROLLED).size();
          scenario.resize(cohort, Math.max(1, seats + random.nextInt(3)));
          if (s.equals("RUNNING")) {
            scenario.promoteFirst(cohort);
          }
        }
      } else if (dice < 78) {
        if (s.equals("OPEN")) {
          scenario.changeStatus(cohort, "RUNNING");
          status.put(cohort, "RUNNING");
        }
      } else if (dice < 86) {
        if (s.equals("RUNNING")) {
          scenario.recordProgress(random, cohort);
          scenario.changeStatus(cohort, "COMPLETED");
          status.put(cohort, "COMPLETED");
        }
      } else if (dice < 88) {
        if (s.equals("OPEN")) {
          scenario.changeStatus(cohort, "CANCELLED");
          status.put(cohort, "CANCELLED");
        }
      } else if (dice < 95) {
        List<String> valid = scenario.validCertificates(cohorts);
        if (!valid.isEmpty()) {
          scenario.revoke(valid.get(random.nextInt(valid.size())));
        }
      } else {
        scenario.erase(learners.get(random.nextInt(learners.size())));
      }
    }
    generatedCohorts = List.copyOf(cohorts);
    return generatedCohorts;
  }

  // --- rollups ---

  @Test
  void rebuiltRollupsAreIdenticalToTheIncrementalOnesAfterRandomOperations() {
    assertTrue(startup.isReady(), () -> "start-up (with the first build of the rollups) failed: " + startup.failure());
    randomProgramme();
    assertRebuildReproducesTheRollups();
    assertEquals(403, as("coordinator@tenaga.test").post("/api/v1/admin/inclusion/rebuild", "").status());
  }

  /**
   * The start-up rebuild (step by step, the reach rows' indexes dropped and built after the rows,
   * the cells tallied in memory) gives the rollups the changes kept, row for row, and leaves the
   * indexes the migrations made.
   */
  @Test
  void theStartUpRebuildGivesTheRollupsTheChangesKeptAndItsIndexesBack() {
    randomProgramme();
    List<String> incremental = recount.rollupSnapshot();
    recount.markRollupsStale();
    assertTrue(rollups.rebuildAtStartIfStale(), "stale rollups are rebuilt");
    List<String> fresh = recount.rollupSnapshot();
    assertEquals(incremental.size(), fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      assertEquals(incremental.get(i), fresh.get(i), "row " + i);
    }
    assertEquals(new java.util.TreeMap<>(RollupStore.REACH_INDEXES), recount.reachIndexes());
    assertFalse(rollups.rebuildAtStartIfStale(), "current rollups are left alone");
  }

  /** A rebuild from the raw rows (the admin API) gives the rollups the changes kept, row for row. */
  private void assertRebuildReproducesTheRollups() {
    List<String> incremental = recount.rollupSnapshot();
    assertTrue(incremental.size() > 1000, "the rollups hold the demo programme and more");
    Api.Response rebuilt = as("admin@tenaga.test").post("/api/v1/admin/inclusion/rebuild", "");
    assertEquals(200, rebuilt.status(), rebuilt::toString);
    assertTrue(rebuilt.object().getJsonNumber("learners").longValue() > 2900);
    List<String> fresh = recount.rollupSnapshot();
    assertEquals(fresh.size(), incremental.size());
    for (int i = 0; i < fresh.size(); i++) {
      assertEquals(fresh.get(i), incremental.get(i), "row " + i);
    }
  }

  // --- reconciliation ---

  @Test
  void everyFigureOfTheApiEqualsABruteForceRecountOverTheRawRows() {
    randomProgramme();
    List<RawRecount.Row> rows = recount.rows();
    Map<String, RawRecount.Commitment> commitments = recount.commitments();
    Random random = new Random(42);
    List<String> singles = List.of("gender", "youth", "locality", "disability", "sector", "country", "course", "quarter");
    List<List<String>> pairs = List.of(List.of("gender", "youth"), List.of("country", "gender"), List.of("sector", "disability"),
        List.of("quarter", "gender"), List.of("course", "locality"), List.of("youth", "country"));
    List<String> bases = new ArrayList<>();
    bases.add(null);
    bases.addAll(commitments.keySet());
    Api admin = as("admin@tenaga.test");
    int checked = 0;
    for (String commitment : bases) {
      RawRecount.Commitment c = commitment == null ? null : commitments.get(commitment);
      for (String stage : List.of("enrolled", "completed", "certified", "waitlisted", "withdrawn", "ended")) {
        List<List<String>> queries = new ArrayList<>();
        singles.forEach(d -> queries.add(List.of(d)));
        queries.add(pairs.get(random.nextInt(pairs.size())));
        for (List<String> by : queries) {
          RawRecount.Filter filter = new RawRecount.Filter(c, null, null, null, null, null, false);
          assertSameCounts(admin, query(commitment, null, null, null, null, stage, by), rows, stage, filter, by);
          checked++;
        }
        // Narrowed slices: a country, a course, a range of months, and all three.
        for (int i = 0; i < 3; i++) {
          String country = i == 1 ? null : List.of("ID", "PH", "VN").get(random.nextInt(3));
          String course = i == 0 ? null : randomCourse(random, c, rows);
          YearMonth from = i == 0 ? null : YearMonth.of(2025, 1).plusMonths(random.nextInt(12));
          YearMonth to = from == null ? null : from.plusMonths(3 + random.nextInt(12));
          if (c != null && (country != null && !c.countries().contains(country))) {
            country = null;
          }
          if (c != null && from != null && (to.isBefore(YearMonth.from(c.start())) || from.isAfter(YearMonth.from(c.end())))) {
            from = null;
            to = null;
          }
          List<String> by = i == 2 ? pairs.get(random.nextInt(pairs.size())) : List.of(singles.get(random.nextInt(singles.size())));
          RawRecount.Filter filter = new RawRecount.Filter(c, null, country, course, from == null ? null : from.atDay(1),
              to == null ? null : to.atEndOfMonth(), false);
          assertSameCounts(admin, query(commitment, country, course, from, to, stage, by), rows, stage, filter, by);
          checked++;
        }
      }
      // The headline figures of the slice.
      RawRecount.Filter all = new RawRecount.Filter(c, null, null, null, null, null, false);
      JsonObject summary = admin.get("/api/v1/inclusion/summary" + query(commitment, null, null, null, null, "certified", List.of("gender"))).object();
      assertEquals(RawRecount.reaches(rows, "certified", all), summary.getJsonObject("certificatesIssued").getJsonNumber("count").longValue(), "certificates " + commitment);
      assertEquals(total(RawRecount.people(rows, "certified", all, List.of())), summary.getJsonObject("peopleCertified").getJsonNumber("count").longValue(), "people " + commitment);
      RawRecount.Filter cascade = new RawRecount.Filter(c, null, null, null, null, null, true);
      assertEquals(total(RawRecount.people(rows, "certified", cascade, List.of())), summary.getJsonObject("cascadeReach").getJsonNumber("count").longValue(), "cascade " + commitment);
      Map<List<String>, Long> ended = RawRecount.people(rows, "ended", all, List.of("gender"));
      Map<List<String>, Long> completed = RawRecount.people(rows, "completed", all, List.of("gender"));
      for (JsonValue v : summary.getJsonArray("completion")) {
        JsonObject g = v.asJsonObject();
        List<String> key = List.of(g.getJsonObject("key").getString("gender"));
        assertEquals(ended.getOrDefault(key, 0L), g.getJsonObject("enrolled").getJsonNumber("count").longValue());
        assertEquals(completed.getOrDefault(key, 0L), g.getJsonObject("completed").getJsonNumber("count").longValue());
      }
    }
    // A coordinator's figures are those of their countries.
    Api coordinator = as("coordinator@tenaga.test");
    RawRecount.Filter scope = new RawRecount.Filter(null, Set.of("ID", "PH", "VN"), null, null, null, null, false);
    for (List<String> by : List.of(List.of("country"), List.of("gender"), List.of("course", "gender"))) {
      assertSameCounts(coordinator, query(null, null, null, null, null, "certified", by), rows, "certified", scope, by);
      checked++;
    }
    // The commitments page: people certified, certificates and shares of each commitment.
    for (JsonValue v : admin.get("/api/v1/inclusion/commitments").array()) {
      JsonObject cm = v.asJsonObject();
      RawRecount.Filter f = new RawRecount.Filter(commitments.get(cm.getString("code")), null, null, null, null, null, false);
      long people = total(RawRecount.people(rows, "certified", f, List.of()));
      JsonObject actual = cm.getJsonObject("actual");
      assertEquals(people, actual.getJsonNumber("people").longValue(), cm.getString("code"));
      assertEquals(RawRecount.reaches(rows, "certified", f), actual.getJsonNumber("certificates").longValue());
      if (people > 0) {
        long women = RawRecount.people(rows, "certified", f, List.of("gender")).getOrDefault(List.of("FEMALE"), 0L);
        assertEquals(Math.round(10_000.0 * women / people) / 10_000.0, actual.getJsonNumber("women").doubleValue(), 1e-9);
      }
    }
    assertTrue(checked > 700, "checked " + checked + " cross-tabs");
  }

  private static String randomCourse(Random random, RawRecount.Commitment c, List<RawRecount.Row> rows) {
    List<String> courses = c != null ? new ArrayList<>(new TreeSet<>(c.courses())) : rows.stream().map(RawRecount.Row::course).distinct().sorted().toList();
    return courses.isEmpty() ? null : courses.get(random.nextInt(courses.size()));
  }

  private static long total(Map<List<String>, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  static String query(String commitment, String country, String course, YearMonth from, YearMonth to, String stage, List<String> by) {
    StringBuilder q = new StringBuilder("?stage=").append(stage).append("&by=").append(String.join(",", by));
    if (commitment != null) {
      q.append("&commitment=").append(URLEncoder.encode(commitment, StandardCharsets.UTF_8));
    }
    if (country != null) {
      q.append("&country=").append(country);
    }
    if (course != null) {
      q.append("&course=").append(course);
    }
    if (from != null) {
      q.append("&from=").append(from);
    }
    if (to != null) {
      q.append("&to=").append(to);
    }
    return q.toString();
  }

  private static void assertSameCounts(Api api, String query, List<RawRecount.Row> rows, String stage, RawRecount.Filter filter, List<String> by) {
    Api.Response r = api.get("/api/v1/inclusion" + query);
    assertEquals(200, r.status(), () -> query + " " + r);
    Map<List<String>, Long> expected = RawRecount.people(rows, stage, filter, by);
    Map<List<String>, Long> actual = new HashMap<>();
    for (JsonValue v : r.object().getJsonArray("rows")) {
      JsonObject row = v.asJsonObject();
      List<String> key = by.stream().map(d -> row.getJsonObject("key").getString(d)).toList();
      long n = row.getJsonNumber("count").longValue();
      if (n > 0) {
        actual.put(key, n);
      }
      assertFalse(actual.containsKey(key) && n == 0);
    }
    assertEquals(expected, actual, query);
    assertEquals(total(expected), r.object().getJsonNumber("total").longValue(), query);
  }

  // --- every instance counts the same ---

  /**
   * Another instance on the same database: a copy of the reaches loaded before a run of changes
   * made here, then brought up to date from the change log alone, counts every slice as a copy
   * loaded afresh does — and sees the changes.
   */
  @Test
  void aCopyOfTheReachesCaughtUpFromTheChangeLogCountsLikeOneLoadedAfresh() throws Exception {
    ReachIndex earlier = detachedReachIndex();
    Slice indonesia = new Slice(Base.ALL, Set.of("ID"), Set.copyOf(definitions.courseCodes()), null, null, false, true, false, false);
    long enrolledBefore = inTransaction(() -> earlier.people(indonesia, Stage.ENROLLED, List.of(List.of()))).get(0).total();
    Random random = new Random(77);
    List<Long> learners = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      learners.add(scenario.register(random, "ID", "copy" + i));
    }
    long cohort = scenario.openCohort(random, "GENAI-101", "ID", LocalDate.of(2026, 5, 4), 5);
    learners.forEach(l -> scenario.enrol(cohort, l)); // five seats, one waitlisted
    scenario.withdraw(cohort, learners.get(0));
    scenario.changeStatus(cohort, "RUNNING");
    passEveryone(cohort);
    scenario.changeStatus(cohort, "COMPLETED");
    scenario.revoke(scenario.validCertificates(List.of(cohort)).get(0));
    assertEquals(enrolledBefore + 6, inTransaction(() -> earlier.people(indonesia, Stage.ENROLLED, List.of(List.of()))).get(0).total(),
        "the six enrolled are counted (the waitlisted one was promoted by the withdrawal)");
    ReachIndex afresh = detachedReachIndex();
    List<String> countries = List.of("ID", "PH", "VN", "TH");
    List<String> courses = new ArrayList<>(new TreeSet<>(definitions.courseCodes()));
    List<List<Dimension>> projections = List.of(List.of(), List.of(Dimension.COUNTRY, Dimension.GENDER), List.of(Dimension.QUARTER),
        List.of(Dimension.COURSE, Dimension.SECTOR));
    for (int round = 0; round < 200; round++) {
      Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
      Set<String> someCountries = someOf(random, countries);
      Set<String> someCourses = someOf(random, courses);
      YearMonth from = random.nextBoolean() ? null : YearMonth.of(2025, 1).plusMonths(random.nextInt(18));
      YearMonth to = random.nextBoolean() ? null : YearMonth.of(2025, 6).plusMonths(random.nextInt(24));
      Slice slice = new Slice(Base.ALL, someCountries, someCourses, from, to, random.nextInt(5) == 0, true, true, true);
      assertEquals(inTransaction(() -> afresh.people(slice, stage, projections)), inTransaction(() -> earlier.people(slice, stage, projections)),
          "round " + round + " " + stage + " " + slice);
    }
  }

  /** A catch-up after many changes rereads thousands of learners: in chunks, none missed. */
  @Test
  void theReachesOfThousandsOfLearnersAreReadInChunksWithoutLoss() throws Exception {
    Map<Long, Set<Reach>> byRange = new HashMap<>();
    inTransaction(() -> {
      long[] range = store.reachLearnerRange().orElseThrow();
      store.reachesOfLearners(range[0], range[1] + 1).forEach((id, list) -> byRange.put(id, Set.copyOf(list)));
      return null;
    });
    assertTrue(byRange.size() > 2500, "the demo's learners and more: " + byRange.size());
    Map<Long, Set<Reach>> byIds = new HashMap<>();
    inTransaction(() -> {
      store.reachesOfLearners(new TreeSet<>(byRange.keySet())).forEach((id, list) -> byIds.put(id, Set.copyOf(list)));
      return null;
    });
    assertEquals(byRange, byIds);
  }

  @Inject BaseDefinitions definitions;
  @Inject RollupStore store;
  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;

  private static Set<String> someOf(Random random, List<String> values) {
    Set<String> out = new TreeSet<>();
    values.stream().filter(v -> random.nextInt(3) > 0).forEach(out::add);
    if (out.isEmpty()) {
      out.add(values.get(random.nextInt(values.size())));
    }
    return out;
  }

  /** A copy of the reaches as another instance holds it (loaded on its first use). */
  private ReachIndex detachedReachIndex() throws Exception {
    ReachIndex copy = new ReachIndex();
    copy.store = store;
    inTransaction(() -> {
      copy.catchUp();
      return null;
    });
    return copy;
  }

  private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
    transaction.begin();
    try {
      return work.call();
    } finally {
      transaction.commit();
    }
  }

  // --- people, not certificates ---

  @Test
  void aLearnerWithTwoCertificatesOfOneCommitmentIsCountedOnceInPeopleCertified() {
    Random random = new Random(5);
    Api admin = as("admin@tenaga.test");
    String q = "/api/v1/inclusion?commitment=STMT-15&stage=certified&by=country";
    JsonObject before = admin.get(q).object();
    JsonObject summaryBefore = admin.get("/api/v1/inclusion/summary?commitment=STMT-15").object();
    long learner = scenario.register(random, "VN", "twice");
    // GENAI-101 and CYBER-101 both serve STMT-15.
    for (String course : List.of("GENAI-101", "CYBER-101")) {
      long cohort = scenario.openCohort(random, course, "VN", LocalDate.of(2026, 3, 2).plusDays(random.nextInt(60)), 10);
      assertEquals(EnrolmentStatus.ENROLLED, scenario.enrol(cohort, learner).orElseThrow());
      scenario.changeStatus(cohort, "RUNNING");
      passEveryone(cohort);
      scenario.changeStatus(cohort, "COMPLETED");
    }
    JsonObject after = admin.get(q).object();
    assertEquals(before.getInt("total") + 1, after.getInt("total"), "one more person");
    assertEquals(count(before, "country", "VN") + 1, count(after, "country", "VN"));
    JsonObject summaryAfter = admin.get("/api/v1/inclusion/summary?commitment=STMT-15").object();
    assertEquals(summaryBefore.getJsonObject("certificatesIssued").getInt("count") + 2, summaryAfter.getJsonObject("certificatesIssued").getInt("count"), "two more certificates");
    assertEquals(summaryBefore.getJsonObject("peopleCertified").getInt("count") + 1, summaryAfter.getJsonObject("peopleCertified").getInt("count"));
    JsonObject commitment = admin.get("/api/v1/inclusion/commitments").array().stream().map(JsonValue::asJsonObject)
        .filter(c -> c.getString("code").equals("STMT-15")).findFirst().orElseThrow();
    assertEquals(after.getInt("total"), commitment.getJsonObject("actual").getInt("people"));
  }

  @Test
  void cascadeReachFollowsTheTrainersQualificationAndARevokedTrainTheTrainerCertificateTakesItBack() {
    Random random = new Random(9);
    Api admin = as("admin@tenaga.test");
    String summary = "/api/v1/inclusion/summary?commitment=RM-C1.1&country=ID";
    // A learner completes AI-MSME-101, then its train-the-trainer course, and so becomes a trainer.
    long trainee = scenario.register(random, "ID", "cascade-trainer");
    for (String course : List.of("AI-MSME-101", "TOT-AI-MSME")) {
      long cohort = scenario.openCohort(random, course, "ID", LocalDate.of(2026, 1, 5).plusDays(random.nextInt(20)), 10);
      assertEquals(EnrolmentStatus.ENROLLED, scenario.enrol(cohort, trainee).orElseThrow());
      scenario.changeStatus(cohort, "RUNNING");
      passEveryone(cohort);
      scenario.changeStatus(cohort, "COMPLETED");
    }
    long trainer = scenario.trainerOf(trainee);
    long before = admin.get(summary).object().getJsonObject("cascadeReach").getJsonNumber("count").longValue();
    // The new trainer teaches AI-MSME-101: its learners are cascade reach.
    long cohort = scenario.openCohort(random, "AI-MSME-101", "ID", LocalDate.of(2026, 4, 6), 10, trainer);
    for (int i = 0; i < 3; i++) {
      scenario.enrol(cohort, scenario.register(random, "ID", "cascade-learner" + i)).orElseThrow();
    }
    scenario.changeStatus(cohort, "RUNNING");
    passEveryone(cohort);
    scenario.changeStatus(cohort, "COMPLETED");
    assertEquals(before + 3, admin.get(summary).object().getJsonObject("cascadeReach").getJsonNumber("count").longValue());
    // Revoking the trainer's train-the-trainer certificate withdraws the qualification it earned.
    scenario.revoke(scenario.certificateOf(trainee, "TOT-AI-MSME"));
    assertEquals(before, admin.get(summary).object().getJsonObject("cascadeReach").getJsonNumber("count").longValue());
    List<RawRecount.Row> rows = recount.rows();
    RawRecount.Filter f = new RawRecount.Filter(recount.commitments().get("RM-C1.1"), null, "ID", null, null, null, true);
    assertEquals(total(RawRecount.people(rows, "certified", f, List.of())), before);
    assertRebuildReproducesTheRollups();
  }

  private void passEveryone(long cohort) {
    scenario.recordProgress(new Random(1) {
      @Override
      public int nextInt(int bound) {
        return bound - 1; // present at every session, the best score
      }
    }, cohort);
  }

  private static long count(JsonObject table, String dimension, String category) {
    return table.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonObject("key").getString(dimension).equals(category))
        .mapToLong(r -> r.getJsonNumber("count").longValue()).sum();
  }

  // --- suppression ---

  @Test
  void donorsJsonAndXlsxHoldNoWithheldValueAnywhere() throws Exception {
    Api donor = as("donor@tenaga.test");
    Api admin = as("admin@tenaga.test");
    List<List<String>> tables = List.of(List.of("disability"), List.of("sector"), List.of("country"),
        List.of("country", "gender"), List.of("sector", "gender"), List.of("quarter", "disability"));
    int withheld = 0;
    List<String> funded = donor.get("/api/v1/inclusion/commitments").array().stream().map(v -> v.asJsonObject().getString("code")).toList();
    assertTrue(funded.contains("STMT-9") && !funded.contains("STMT-20"), "the U.S.–ASEAN fund's commitments only: " + funded);
    for (String commitment : funded) {
      for (String stage : List.of("certified", "withdrawn")) {
        for (List<String> by : tables) {
          String q = query(commitment, null, null, null, null, stage, by);
          withheld += assertSuppressed(donor, admin, q, by);
        }
      }
      // Drilled into a country, where cells are smaller.
      withheld += assertSuppressed(donor, admin, query(commitment, "TL", null, null, null, "certified", List.of("sector", "gender")), List.of("sector", "gender"));
    }
    assertTrue(withheld > 50, "the demo programme has small cells: " + withheld);
    // The CSV holds the same rows as the JSON; the PDF is one page.
    String q = query("STMT-9", "TL", null, null, null, "certified", List.of("sector", "gender"));
    List<JsonObject> rows = donor.get("/api/v1/inclusion" + q).object().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    HttpResponse<byte[]> csv = download(q + "&format=csv");
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "a byte-order mark, so that spreadsheets read UTF-8");
    List<String> lines = text.substring(1).lines().toList();
    assertEquals("sector,gender,count,share,display", lines.get(0));
    assertEquals(rows.size(), lines.size() - 1);
    for (int i = 0; i < rows.size(); i++) {
      JsonObject r = rows.get(i);
      String count = r.isNull("count") ? "" : String.valueOf(r.getJsonNumber("count").longValue());
      String share = r.isNull("share") ? "" : String.valueOf(r.getJsonNumber("share").doubleValue());
      assertEquals(String.join(",", key(r, List.of("sector", "gender"))) + "," + count + "," + share + "," + r.getString("display"), lines.get(i + 1));
    }
    HttpResponse<byte[]> pdf = download(q + "&format=pdf");
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals(1, new com.lowagie.text.pdf.PdfReader(pdf.body()).getNumberOfPages(), "a one-page report");
    // The commitments page: a withheld figure is null with its display, never a number.
    for (JsonValue v : donor.get("/api/v1/inclusion/commitments").array()) {
      JsonObject c = v.asJsonObject();
      for (String share : List.of("women", "youth", "rural", "disability")) {
        JsonValue actual = c.getJsonObject("actual").get(share);
        String display = c.getJsonObject("display").getString(share);
        assertEquals(display.startsWith("<"), actual.getValueType() == JsonValue.ValueType.NULL, c.getString("code") + " " + share);
      }
    }
  }

  /** The donor's table against the admin's exact one, in JSON and XLSX; returns the cells withheld. */
  private int assertSuppressed(Api donor, Api admin, String q, List<String> by) throws Exception {
    Api.Response d = donor.get("/api/v1/inclusion" + q);
    Api.Response a = admin.get("/api/v1/inclusion" + q);
    assertEquals(200, d.status(), () -> q + " " + d);
    Map<List<String>, JsonObject> exact = new LinkedHashMap<>();
    for (JsonValue v : a.object().getJsonArray("rows")) {
      exact.put(key(v.asJsonObject(), by), v.asJsonObject());
    }
    List<JsonObject> rows = d.object().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(exact.size(), rows.size(), q);
    int withheld = 0;
    Map<String, Integer> hiddenPerLine = new HashMap<>();
    Map<String, Integer> cellsPerLine = new HashMap<>();
    for (JsonObject row : rows) {
      List<String> key = key(row, by);
      long n = exact.get(key).getJsonNumber("count").longValue();
      boolean hidden = row.isNull("count");
      if (n >= 1 && n < K) {
        assertTrue(hidden, () -> q + " shows the small cell " + key + " = " + n);
      }
      if (hidden) {
        withheld++;
        assertTrue(row.isNull("share"), q + " " + key);
        assertEquals("<" + K, row.getString("display"));
      } else {
        assertEquals(n, row.getJsonNumber("count").longValue());
        assertEquals(String.valueOf(n), row.getString("display"));
      }
      for (int i = 0; i < by.size(); i++) {
        String line = i + "=" + key.get(i);
        cellsPerLine.merge(line, 1, Integer::sum);
        hiddenPerLine.merge(line, hidden ? 1 : 0, Integer::sum);
      }
    }
    long total = a.object().getJsonNumber("total").longValue();
    if (total >= 1 && total < K) {
      assertTrue(d.object().isNull("total"), q);
    } else {
      assertEquals(total, d.object().getJsonNumber("total").longValue(), q);
      // Every line of a table with the total published holds none or at least two withheld cells.
      // (A line of the second dimension has one cell per category of the first.)
      hiddenPerLine.forEach((line, hidden) -> {
        if (cellsPerLine.get(line) > 1 && (by.size() == 2 || line.startsWith("0="))) {
          assertNotEquals(1, hidden, q + " line " + line);
        }
      });
      if (by.size() == 1) {
        assertNotEquals(1, rows.stream().filter(r -> r.isNull("count")).count(), q);
      }
    }
    // The XLSX of the same query holds exactly the same rows: header, then key, count, share, display.
    HttpResponse<byte[]> file = download(q + "&format=xlsx");
    assertEquals(200, file.statusCode(), q);
    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      List<String> expectedHeader = new ArrayList<>(by);
      expectedHeader.addAll(List.of("count", "share", "display"));
      for (int i = 0; i < expectedHeader.size(); i++) {
        assertEquals(expectedHeader.get(i), header.getCell(i).getStringCellValue());
      }
      assertEquals(rows.size(), sheet.getLastRowNum(), q);
      for (int i = 0; i < rows.size(); i++) {
        JsonObject row = rows.get(i);
        Row x = sheet.getRow(i + 1);
        assertEquals(key(row, by), by.stream().map(dim -> x.getCell(by.indexOf(dim)).getStringCellValue()).toList());
        Cell count = x.getCell(by.size());
        Cell share = x.getCell(by.size() + 1);
        if (row.isNull("count")) {
          assertNull(count, q + " row " + i + ": a withheld count is an empty cell");
          assertNull(share);
        } else {
          assertEquals(row.getJsonNumber("count").longValue(), (long) count.getNumericCellValue());
        }
        assertEquals(row.getString("display"), x.getCell(by.size() + 2).getStringCellValue());
      }
    }
    return withheld;
  }

  /** The donor's download of a cross-tab. */
  private HttpResponse<byte[]> download(String query) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("/api/v1/inclusion/export" + query))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("donor@tenaga.test:tenaga-demo".getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<String> key(JsonObject row, List<String> by) {
    return by.stream().map(d -> row.getJsonObject("key").getString(d)).toList();
  }

  // --- filters, roles and scope ---

  @Test
  void badFiltersAreRefusedNamingTheFieldAndEachRoleSeesOnlyItsScope() {
    Api admin = as("admin@tenaga.test");
    Api donor = as("donor@tenaga.test");
    Api coordinator = as("coordinator@tenaga.test");
    assertField(admin.get("/api/v1/inclusion?by=height"), "by");
    assertField(admin.get("/api/v1/inclusion?by=gender,sector,country"), "by");
    assertField(admin.get("/api/v1/inclusion?stage=graduated"), "stage");
    assertField(admin.get("/api/v1/inclusion?from=2026-03-15"), "from");
    assertField(admin.get("/api/v1/inclusion?to=March"), "to");
    assertField(admin.get("/api/v1/inclusion?from=2026-06&to=2026-01"), "to");
    assertField(admin.get("/api/v1/inclusion?commitment=NOPE"), "commitment");
    assertField(admin.get("/api/v1/inclusion?country=XX"), "country");
    assertField(admin.get("/api/v1/inclusion?commitment=STMT-7&country=SG"), "country");
    assertField(admin.get("/api/v1/inclusion?commitment=STMT-9&course=CYBER-101"), "course");
    assertField(admin.get("/api/v1/inclusion/export?format=docx"), "format");
    assertField(donor.get("/api/v1/inclusion"), "commitment");
    // A donor sees the commitments its organisation funds, and nothing else.
    assertEquals(403, as("donor.trust@tenaga.test").get("/api/v1/inclusion?commitment=STMT-3").status());
    assertEquals(200, as("donor.trust@tenaga.test").get("/api/v1/inclusion?commitment=STMT-20").status());
    assertEquals(403, coordinator.get("/api/v1/inclusion?country=TH").status());
    assertEquals(403, as("learner@tenaga.test").get("/api/v1/inclusion/commitments").status());
    assertEquals(401, Api.anonymous(base()).get("/api/v1/inclusion/commitments").status());
    // A coordinator's countries are all a table lists.
    Set<String> countries = new TreeSet<>();
    coordinator.get("/api/v1/inclusion?by=country").object().getJsonArray("rows").forEach(v -> countries.add(v.asJsonObject().getJsonObject("key").getString("country")));
    assertEquals(Set.of("ID", "PH", "VN"), countries);
    // No field of a donor's answer names or numbers a person.
    String body = donor.get("/api/v1/inclusion?commitment=STMT-9&by=sector,gender").body() + donor.get("/api/v1/inclusion/commitments").body()
        + donor.get("/api/v1/inclusion/summary?commitment=STMT-9").body();
    for (String personal : List.of("learner", "email", "fullName", "enrolmentId", "birth")) {
      assertFalse(body.contains(personal), personal);
    }
  }

  private static void assertField(Api.Response r, String field) {
    assertEquals(400, r.status(), r::toString);
    assertTrue(r.object().getJsonObject("fields").containsKey(field), r::toString);
  }
}

package org.tenaga.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tenaga.support.Api;
import org.tenaga.support.CohortInvariants;
import org.tenaga.support.Programmes;
import org.tenaga.support.TenagaProcess;
import org.tenaga.support.TestCohorts;

/**
 * The ways an operator starts Tenaga, through its environment variables: an empty production
 * start with a first admin, and a restart after a crash that keeps every answered write and loads
 * no demo data twice.
 */
class StartModesIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

  private static String h2(String folder) throws IOException {
    Path dir = Path.of("target", folder);
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("tenaga") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
  }

  private static long courseFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("courses"))) {
      return s.filter(p -> p.toString().endsWith(".md")).count();
    }
  }

  private static int total(Api api, String path) {
    Api.Response r = api.get(path);
    assertEquals(200, r.status(), r::toString);
    return Integer.parseInt(r.header("X-Total-Count"));
  }

  @Test
  void anEmptyProductionStartHasTheCatalogueAndTheFirstAdminButNoDemoData() throws Exception {
    Map<String, String> env = Map.of(
        "TENAGA_DB_URL", h2("it-db-none"),
        "TENAGA_SEED", "none",
        "TENAGA_ADMIN_EMAIL", "Operator@Example.org",
        "TENAGA_ADMIN_PASSWORD", "first admin passphrase");
    try (TenagaProcess tenaga = TenagaProcess.start("seed-none", env)) {
      long ready = tenaga.awaitReady(START_TIMEOUT);
      System.out.println("start to ready, TENAGA_SEED=none: " + ready + " ms");
      Api admin = Api.as(tenaga.base(), "operator@example.org", "first admin passphrase");
      assertEquals(courseFiles(), Api.anonymous(tenaga.base()).get("/api/v1/courses").array().size());
      assertEquals(0, total(admin, "/api/v1/cohorts"), "no demo cohorts, drafts included");
      assertEquals(200, admin.post("/api/v1/admin/catalogue/reload", "{}").status());
      assertEquals(401, Api.as(tenaga.base(), "admin@tenaga.test").get("/api/v1/venues").status(), "no demo accounts");
      assertTrue(admin.get("/api/v1/venues").array().isEmpty(), "no demo venues");
    }
  }

  /**
   * A crash, not a stop: learners stream enrolments at small cohorts while the process is killed
   * with SIGKILL (no shutdown hook, no pool close). After the restart every request that had been
   * answered 201 is there, the cohorts obey every rule, an account written before is kept and the
   * demo programme is neither lost nor loaded twice.
   */
  @Test
  void afterSigkillMidStreamEveryAnsweredEnrolmentSurvivesTheRestart() throws Exception {
    Map<String, String> env = Map.of("TENAGA_DB_URL", h2("it-db-crash"));
    String run = String.valueOf(System.nanoTime());
    String email = "kept-" + run + "@tenaga.test";
    int cohorts;
    int openCohorts;
    List<String> smallCohorts = new ArrayList<>();
    Map<String, String> answered = new ConcurrentHashMap<>(); // enrolment id -> learner email
    List<String> lateRegistrations = new ArrayList<>();
    try (TenagaProcess first = TenagaProcess.start("crash-1", env)) {
      long ready = first.awaitReady(START_TIMEOUT);
      System.out.println("start to ready, first start with demo load: " + ready + " ms");
      Api admin = Api.as(first.base(), "admin@tenaga.test");
      cohorts = total(admin, "/api/v1/cohorts");
      openCohorts = total(Api.anonymous(first.base()), "/api/v1/cohorts?status=OPEN");
      Api.Response created = admin.post("/api/v1/admin/accounts",
          "{\"email\":\"" + email + "\",\"password\":\"a passphrase to keep\",\"fullName\":\"Kept Across Restarts\",\"roles\":[\"ADMIN\"]}");
      assertEquals(201, created.status(), created::toString);

      Api coordinator = Api.as(first.base(), "coordinator@tenaga.test");
      String trainer = coordinator.get("/api/v1/trainers?country=VN&course=GENAI-101").array().getJsonObject(0).getString("id");
      for (int i = 0; i < 3; i++) {
        smallCohorts.add(TestCohorts.openIn(coordinator, "GENAI-101", "VN", "VN-SG", trainer, 4, 2090 + i)); // a place in each
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          String learner = "crash-" + run + "-" + i + "@example.org";
          tokens.add(pool.submit(() -> {
            Programmes.register(first.base(), learner, "Crash Test Learner");
            return learner + " " + Api.token(first.base(), learner, Programmes.PASSWORD);
          }));
        }
        List<String[]> learners = new ArrayList<>();
        for (Future<String> t : tokens) {
          learners.add(t.get().split(" ", 2));
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch enoughAnswered = new CountDownLatch(25);
        List<Future<?>> stream = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
          stream.add(pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < learners.size() * smallCohorts.size(); i = next.getAndIncrement()) {
              String[] learner = learners.get(i % learners.size());
              String cohort = smallCohorts.get(i / learners.size());
              Api.Response r;
              try {
                r = Api.bearer(first.base(), learner[1]).post("/api/v1/cohorts/" + cohort + "/enrolments", "");
              } catch (IllegalStateException killed) {
                return null; // the server died under this request: it was never answered
              }
              assertEquals(201, r.status(), r::toString);
              answered.put(r.object().getString("id"), learner[0]);
              enoughAnswered.countDown();
            }
            return null;
          }));
        }
        assertTrue(enoughAnswered.await(2, TimeUnit.MINUTES), "the stream got going");
        // The last writes before the kill, one after another: H2 2.5 lost exactly these.
        for (int i = 0; i < 3; i++) {
          String late = "crash-" + run + "-late-" + i + "@example.org";
          Programmes.register(first.base(), late, "Registered Just Before The Kill");
          lateRegistrations.add(late);
        }
        first.kill();
        for (Future<?> f : stream) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertTrue(answered.size() < 120, "the kill came in the middle of the stream, after " + answered.size() + " of 120");
    }
    try (TenagaProcess second = TenagaProcess.start("crash-2", env)) {
      long ready = second.awaitReady(START_TIMEOUT);
      System.out.println("start to ready, restart on demo data after SIGKILL: " + ready + " ms");
      Api admin = Api.as(second.base(), "admin@tenaga.test");
      assertEquals(cohorts + smallCohorts.size(), total(admin, "/api/v1/cohorts"), "the demo cohorts are neither lost nor duplicated");
      assertEquals(openCohorts + smallCohorts.size(), total(Api.anonymous(second.base()), "/api/v1/cohorts?status=OPEN"));
      assertEquals(200, Api.as(second.base(), email, "a passphrase to keep").get("/api/v1/venues").status(), "the account written before the crash is there");
      Api coordinator = Api.as(second.base(), "coordinator@tenaga.test");
      Map<String, String> stored = new HashMap<>();
      for (String cohort : smallCohorts) {
        for (var place : CohortInvariants.check(coordinator, cohort)) {
          stored.put(place.getString("enrolmentId"), place.getString("status"));
        }
      }
      for (String learner : lateRegistrations) {
        assertEquals(200, Api.as(second.base(), learner, Programmes.PASSWORD).get("/api/v1/me/profile").status(),
            "the registration of " + learner + ", answered 201 just before the kill, survives it");
      }
      for (var acknowledged : answered.entrySet()) {
        assertTrue(stored.containsKey(acknowledged.getKey()), "enrolment " + acknowledged.getKey() + " of " + acknowledged.getValue() + " was answered 201 before the kill and must survive it");
      }
      System.out.println("SIGKILL after " + answered.size() + " answered enrolments; " + stored.size() + " places stored (answered + in flight)");
    }
  }
}

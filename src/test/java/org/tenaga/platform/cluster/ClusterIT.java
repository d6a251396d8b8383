package org.tenaga.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tenaga.bench.Load;
import org.tenaga.support.Api;
import org.tenaga.support.CohortInvariants;
import org.tenaga.support.PageSession;
import org.tenaga.support.Programmes;
import org.tenaga.support.TenagaProcess;
import org.tenaga.support.TestCohorts;

/**
 * Two Tenaga instances on one PostgreSQL database, joined in Payara's data grid
 * ({@code mvn -Pcluster verify}, which starts a throw-away PostgreSQL). Started together on an
 * empty database they load the demo programme once; enrolments sent to both for the same small
 * cohorts keep every rule while one instance is killed, and every 201 answered is stored; a
 * coordinator logged in on the killed instance carries on at the survivor; both instances (and the
 * killed one started again) answer the same inclusion figures. On the way it measures enrolment
 * throughput against one instance and against both ({@code target/cluster/results.md}).
 */
class ClusterIT {

  static final Duration START = Duration.ofMinutes(8);
  static final String DEMO_PASSWORD = "tenaga-demo";
  static final int CLIENTS = 32;
  static final int COHORTS_PER_PHASE = 40;

  /** Inclusion figures compared between instances: whole bases and drill-downs. */
  static final List<String> INCLUSION = List.of(
      "/api/v1/inclusion/commitments",
      "/api/v1/inclusion?stage=enrolled&by=country",
      "/api/v1/inclusion?stage=enrolled&by=country,gender&country=VN",
      "/api/v1/inclusion?stage=enrolled&by=quarter&from=2026-01",
      "/api/v1/inclusion?stage=waitlisted&by=gender&course=GENAI-101",
      "/api/v1/inclusion?stage=certified&by=youth&country=ID",
      "/api/v1/inclusion/summary?commitment=STMT-15");

  final Map<String, Object> results = new java.util.LinkedHashMap<>();

  @Test
  void twoInstancesShareOneDatabaseAndTheSurvivorCarriesOn() throws Exception {
    String url = System.getProperty("tenaga.it.postgres");
    assertNotNull(url, "mvn -Pcluster verify passes the throw-away PostgreSQL's URL");
    Map<String, String> env = Map.of("TENAGA_DB_URL", url + "tenaga_cluster", "TENAGA_DB_USER", "tenaga", "TENAGA_DB_PASSWORD", "tenaga",
        "TENAGA_SEED", "demo", "TENAGA_CLUSTER", "true");
    int gridA = TenagaProcess.freePort();
    int gridB = TenagaProcess.freePort();
    while (gridB == gridA) {
      gridB = TenagaProcess.freePort();
    }
    String members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    TenagaProcess a = TenagaProcess.start("cluster-a", env, List.of("-Xmx512m"), grid(members, gridA, "a"));
    try (TenagaProcess b = TenagaProcess.start("cluster-b", env, List.of("-Xmx512m"), grid(members, gridB, "b"))) {
      results.put("start_to_ready_a_ms", a.awaitReady(START));
      results.put("start_to_ready_b_ms", b.awaitReady(START));
      awaitLog(List.of(a, b), "DG Size: 2", Duration.ofMinutes(2));
      long demoCohorts = Files.readAllLines(Path.of("seed-data", "cohorts.csv")).stream().filter(l -> !l.isBlank()).count() - 1;
      assertEquals(demoCohorts, total(Api.as(b.base(), "admin@tenaga.test", DEMO_PASSWORD), "/api/v1/cohorts"),
          "two instances started together on an empty database load the demo programme once");

      Api coordinator = Api.as(a.base(), "coordinator@tenaga.test", DEMO_PASSWORD);
      assertCachedEntitiesStayCoherent(coordinator, Api.as(b.base(), "coordinator@tenaga.test", DEMO_PASSWORD));
      String trainer = coordinator.get("/api/v1/trainers?country=VN&course=GENAI-101").array().getJsonObject(0).getString("id");
      List<String> cohorts = new ArrayList<>();
      for (int i = 0; i < 2 * COHORTS_PER_PHASE; i++) {
        // Alternately created on each instance: each must see the other's cohorts at once.
        Api on = Api.as(i % 2 == 0 ? a.base() : b.base(), "coordinator@tenaga.test", DEMO_PASSWORD);
        // Four a year, on different evenings: a client holds one place at a time, so they never overlap.
        cohorts.add(TestCohorts.openIn(on, "GENAI-101", "VN", "VN-SG", trainer, 1000, 2030 + i / 4));
      }
      List<String> small = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        small.add(TestCohorts.openIn(coordinator, "GENAI-101", "VN", "VN-SG", trainer, 4, 2060 + i));
      }
      List<String> tokens = learners(a.base(), b.base());

      // Throughput: the same enrol-and-withdraw load against one instance, then spread over both.
      Load.Result one = enrolAndWithdraw("enrolment, one instance", List.of(a.base()), tokens, cohorts.subList(0, COHORTS_PER_PHASE));
      Load.Result two = enrolAndWithdraw("enrolment, two instances", List.of(a.base(), b.base()), tokens,
          cohorts.subList(COHORTS_PER_PHASE, 2 * COHORTS_PER_PHASE));
      for (String cohort : cohorts) {
        CohortInvariants.check(coordinator, cohort);
      }
      assertSameInclusion(a.base(), b.base(), "both instances, after changes made on both");

      PageSession person = PageSession.login(a.base(), "coordinator@tenaga.test", DEMO_PASSWORD);
      assertLoggedIn(person, "on the instance that logged them in");
      Map<String, String> answered = enrolThroughTheKill(a, b, tokens, small);
      assertLoggedIn(person.on(b.base()), "on the survivor, after their instance was killed");

      Api survivor = Api.as(b.base(), "coordinator@tenaga.test", DEMO_PASSWORD);
      Map<String, String> stored = new HashMap<>();
      for (String cohort : small) {
        for (var place : CohortInvariants.check(survivor, cohort)) {
          stored.put(place.getString("enrolmentId"), place.getString("status"));
        }
      }
      for (var acknowledged : answered.entrySet()) {
        assertTrue(stored.containsKey(acknowledged.getKey()),
            "enrolment " + acknowledged.getKey() + " was answered 201 (by " + acknowledged.getValue() + ") and must be stored");
      }
      results.put("kill", answered.size() + " enrolments answered 201 around the kill, " + stored.size() + " places stored");

      try (TenagaProcess again = TenagaProcess.start("cluster-a-again", env, List.of("-Xmx512m"), grid(members, gridA, "a-again"))) {
        results.put("start_to_ready_a_again_ms", again.awaitReady(START));
        assertSameInclusion(again.base(), b.base(), "the killed instance started again and the survivor");
      }
      report(one, two);
    } finally {
      a.close();
    }
  }

  private static List<String> grid(String members, int port, String name) {
    return List.of("--clustermode", members, "--startport", String.valueOf(port), "--clustername", "tenaga-it",
        "--nohostaware", "--name", name);
  }

  /** Learners registered half on each instance, each with a bearer token from the other one. */
  private static List<String> learners(URI a, URI b) {
    List<String> tokens = new ArrayList<>();
    long run = System.currentTimeMillis();
    for (int i = 0; i < CLIENTS; i++) {
      String email = "cluster-" + run + "-" + i + "@example.org";
      Programmes.register(i % 2 == 0 ? a : b, email, "Cluster Test Learner " + i);
      tokens.add(Api.token(i % 2 == 0 ? b : a, email, Programmes.PASSWORD));
    }
    return tokens;
  }

  /**
   * Each client enrols in the next of the phase's cohorts and withdraws again, its calls going
   * round the instances given; every answer must be the rule's (201, then 200).
   */
  private static Load.Result enrolAndWithdraw(String name, List<URI> instances, List<String> tokens, List<String> cohorts) throws Exception {
    List<String> held = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      held.add(null);
    }
    AtomicInteger[] next = new AtomicInteger[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      next[i] = new AtomicInteger(i % cohorts.size());
    }
    Load.Result r = Load.run(name, CLIENTS, Duration.ofSeconds(3), Duration.ofSeconds(12), (client, n) -> {
      Api api = Api.bearer(instances.get((int) ((client + n) % instances.size())), tokens.get(client));
      String cohort = held.get(client);
      if (cohort != null) {
        expect(200, api.delete("/api/v1/cohorts/" + cohort + "/enrolments/me"));
        held.set(client, null);
        return "withdraw 200";
      }
      int k = next[client].getAndIncrement();
      if (k >= client % cohorts.size() + cohorts.size()) {
        throw new IllegalStateException("client " + client + " has been in every cohort of the phase: add cohorts for this speed");
      }
      cohort = cohorts.get(k % cohorts.size());
      expect(201, api.post("/api/v1/cohorts/" + cohort + "/enrolments", ""));
      held.set(client, cohort);
      return "enrol 201";
    });
    assertEquals(0, r.errors(), () -> name + ": " + r.firstError());
    System.out.println(r.row());
    return r;
  }

  /**
   * Eight workers send every learner's enrolment in each small cohort, alternately to both
   * instances; after 25 answers the first instance is killed, and what was meant for it goes to the
   * survivor. Returns the enrolments answered 201, with the instance that answered.
   */
  private static Map<String, String> enrolThroughTheKill(TenagaProcess a, TenagaProcess b, List<String> tokens, List<String> small) throws Exception {
    Map<String, String> answered = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(25);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < tokens.size() * small.size(); i = next.getAndIncrement()) {
            String token = tokens.get(i % tokens.size());
            String path = "/api/v1/cohorts/" + small.get(i / tokens.size()) + "/enrolments";
            boolean toA = i % 2 == 0;
            Api.Response r = null;
            if (toA) {
              try {
                r = Api.bearer(a.base(), token).post(path, "");
              } catch (IllegalStateException killed) {
                // never answered: the load balancer sends the learner's retry to the survivor
              }
            }
            if (r == null) {
              r = Api.bearer(b.base(), token).post(path, "");
              toA = false;
            }
            if (r.status() == 409 && r.body().contains("already_enrolled")) {
              continue; // the killed instance had committed it without answering: stored, not acknowledged
            }
            assertEquals(201, r.status(), r::toString);
            answered.put(r.object().getString("id"), toA ? "a" : "b");
            enough.countDown();
          }
          return null;
        }));
      }
      assertTrue(enough.await(3, TimeUnit.MINUTES), "the enrolments got going");
      a.kill();
      for (Future<?> f : workers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(answered.values().contains("a") && answered.values().contains("b"), "both instances answered: " + answered.values());
    return answered;
  }

  /** Inside a load client: a wrong answer is an error the load counts (an assertion would end the client). */
  private static void expect(int status, Api.Response r) {
    if (r.status() != status) {
      throw new IllegalStateException("expected " + status + ": " + r);
    }
  }

  /**
   * A venue (a cached entity) read on B, renamed on A, is read renamed on B within seconds: B
   * dropped its cached copy when A told the grid.
   */
  private static void assertCachedEntitiesStayCoherent(Api onA, Api onB) throws InterruptedException {
    jakarta.json.JsonObject venue = onB.get("/api/v1/venues?country=VN").array().getJsonObject(0);
    String id = venue.getString("id");
    assertEquals(venue.getString("name"), onB.get("/api/v1/venues/" + id).object().getString("name"));
    String renamed = venue.getString("name") + " (renamed " + System.currentTimeMillis() + ")";
    Api.Response put = onA.put("/api/v1/venues/" + id, jakarta.json.Json.createObjectBuilder(venue).remove("id").add("name", renamed).build().toString());
    assertEquals(200, put.status(), put::toString);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String seen = null;
    while (System.nanoTime() < deadline && !renamed.equals(seen)) {
      seen = onB.get("/api/v1/venues/" + id).object().getString("name");
      Thread.sleep(200);
    }
    assertEquals(renamed, seen, "the other instance serves the venue as renamed, not its cached copy");
  }

  private static void assertLoggedIn(PageSession person, String where) {
    HttpResponse<String> page = person.get("/coordinator/index.xhtml");
    assertEquals(200, page.statusCode(), "the coordinator's home " + where + ": " + page.headers().firstValue("Location").orElse(""));
    assertTrue(page.body().contains("current-user"), "still logged in " + where);
  }

  private static void assertSameInclusion(URI one, URI other, String which) {
    for (String path : INCLUSION) {
      Api.Response first = Api.as(one, "admin@tenaga.test", DEMO_PASSWORD).get(path);
      Api.Response second = Api.as(other, "admin@tenaga.test", DEMO_PASSWORD).get(path);
      assertEquals(200, first.status(), first::toString);
      assertEquals(first.body(), second.body(), which + " answer " + path + " alike");
    }
  }

  private static void awaitLog(List<TenagaProcess> instances, String line, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (TenagaProcess p : instances) {
        if (Files.readString(p.log()).contains(line)) {
          return;
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no instance logged '" + line + "' within " + timeout);
  }

  private static int total(Api api, String path) {
    Api.Response r = api.get(path);
    assertEquals(200, r.status(), r::toString);
    return Integer.parseInt(r.header("X-Total-Count"));
  }

  private void report(Load.Result one, Load.Result two) throws Exception {
    double ratio = two.throughput() / one.throughput();
    results.put("enrolment_one_instance_per_s", Math.round(one.throughput() * 10) / 10.0);
    results.put("enrolment_two_instances_per_s", Math.round(two.throughput() * 10) / 10.0);
    results.put("two_to_one_ratio", Math.round(ratio * 100) / 100.0);
    StringBuilder md = new StringBuilder("| scenario | clients | requests | per second | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
    md.append(one.row()).append('\n').append(two.row()).append("\n\n");
    results.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    Path out = Files.createDirectories(Path.of("target", "cluster"));
    Files.writeString(out.resolve("results.md"), md.toString());
    System.out.println(md);
    System.out.printf(Locale.ROOT, "two instances / one: %.2f%n", ratio);
  }
}

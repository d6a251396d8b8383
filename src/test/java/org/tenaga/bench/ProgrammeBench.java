package org.tenaga.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.tenaga.support.Api;
import org.tenaga.support.PageSession;
import org.tenaga.support.TenagaProcess;

/**
 * Tenaga at programme scale ({@code mvn -Pbench verify}): generates a programme of
 * {@code bench.learners} learners, {@code bench.cohorts} cohorts and {@code bench.enrolments}
 * enrolments into an empty H2 file ({@link Programme}; kept in {@code target/bench-db} and reused
 * while its size matches), starts Tenaga on it, drives it over HTTP from this JVM with concurrent
 * clients ({@link Load}) and writes {@code target/bench/results.json} and {@code results.md}.
 *
 * <p>With {@code -Dbench.generateOnly=true} it stops after generating (and the first start,
 * which builds the rollups from the rows), and prints how to start Tenaga on that database.
 */
class ProgrammeBench {

  static final long LEARNERS = Long.getLong("bench.learners", 1_000_000L);
  static final long COHORTS = Long.getLong("bench.cohorts", 60_000L);
  static final long ENROLMENTS = Long.getLong("bench.enrolments", 5_000_000L);
  static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 5));
  static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
  static final boolean GENERATE_ONLY = Boolean.getBoolean("bench.generateOnly");

  static final String ADMIN = "bench-admin@tenaga.test";
  static final String PASSWORD = "bench passphrase of some length";
  static final List<String> JVM = List.of("-Xmx2g");

  static final Path DIR = Path.of(System.getProperty("bench.db", "target/bench-db")).toAbsolutePath();
  /** Where the results, the server's GC log and its flight recording go. */
  static final Path OUT = Path.of("target", "bench").toAbsolutePath();
  static final String URL = "jdbc:h2:file:" + DIR.resolve("tenaga") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000;CACHE_SIZE=524288";
  static final Map<String, String> ENV = Map.of(
      "TENAGA_DB_URL", URL, "TENAGA_SEED", "none", "TENAGA_ADMIN_EMAIL", ADMIN, "TENAGA_ADMIN_PASSWORD", PASSWORD);

  final Map<String, Object> facts = new LinkedHashMap<>();
  final List<Load.Result> results = new ArrayList<>();
  final List<String> invariantViolations = new ArrayList<>();
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void tenagaAtProgrammeScale() throws Exception {
    Programme programme = new Programme(LEARNERS, COHORTS, ENROLMENTS);
    facts.put("machine", machine());
    generateIfMissing(programme);
    if (GENERATE_ONLY) {
      System.out.println("Programme database ready. Start Tenaga on it with:\n  TENAGA_SEED=none TENAGA_DB_URL='" + URL
          + "' mvn -DskipTests package payara-micro:start");
      return;
    }
    demoStart(); // after the generation, which may take long: the demo's figures come from a machine at rest
    Sample sample = sample(programme);
    Files.createDirectories(OUT);
    List<String> measuredJvm = new ArrayList<>(JVM);
    // What the server's JVM did while measured: its GC pauses, and a flight recording to profile.
    measuredJvm.add("-Xlog:gc:file=" + OUT.resolve("gc-programme.log"));
    measuredJvm.add("-XX:StartFlightRecording=filename=" + OUT.resolve("programme.jfr") + ",settings=default");
    try (TenagaProcess tenaga = TenagaProcess.start("bench", ENV, measuredJvm)) {
      facts.put("start_to_ready_programme_ms", tenaga.awaitReady(Duration.ofMinutes(30)));
      facts.put("server_quiet_after_ready_s", quiet(tenaga.pid())); // includes loading the reaches for drill-downs
      facts.put("inclusion_reaches_loaded", Files.readAllLines(tenaga.log()).stream().filter(l -> l.contains("Inclusion reaches loaded"))
          .map(l -> l.substring(l.indexOf("Inclusion reaches loaded"))).findFirst().orElse("not logged"));
      URI base = tenaga.base();
      Accounts accounts = accounts(base, programme);
      enrolment(base, accounts, sample, programme);
      verification(base, sample);
      inclusion(base, accounts);
      pages(base);
      roster(base, accounts, programme);
      facts.put("rss_after_run_mb", rssMegabytes(tenaga.pid()));
      Thread.sleep(10_000);
      facts.put("rss_idle_after_run_mb", rssMegabytes(tenaga.pid()));
    }
    facts.put("server_gc_pauses", gcPauses(OUT.resolve("gc-programme.log")));
    report(programme);
  }

  // --- start-up ---

  /** Start to ready on an empty database with the demo data (loaded on that first start), then on its second start; idle memory. */
  private void demoStart() throws Exception {
    Path dir = Path.of("target", "bench-demo-db").toAbsolutePath();
    deleteDirectory(dir);
    Map<String, String> env = Map.of("TENAGA_DB_URL", "jdbc:h2:file:" + dir.resolve("tenaga") + ";DB_CLOSE_ON_EXIT=FALSE", "TENAGA_SEED", "demo");
    List<String> jvm = List.of("-Xmx512m"); // the demo needs no more; idle memory is measured with it
    try (TenagaProcess first = TenagaProcess.start("bench-demo-first", env, jvm)) {
      facts.put("start_to_ready_demo_first_ms", first.awaitReady(Duration.ofMinutes(15)));
      first.stop();
    }
    try (TenagaProcess again = TenagaProcess.start("bench-demo", env, jvm)) {
      facts.put("start_to_ready_demo_ms", again.awaitReady(Duration.ofMinutes(15)));
      Thread.sleep(15_000);
      facts.put("rss_idle_demo_mb", rssMegabytes(again.pid()));
    }
  }

  private void generateIfMissing(Programme programme) throws Exception {
    Path marker = DIR.resolve("programme-" + LEARNERS + "-" + COHORTS + "-" + ENROLMENTS + ".json");
    if (Files.exists(marker)) {
      facts.put("generation", Json.createReader(new StringReader(Files.readString(marker))).readObject());
      return;
    }
    deleteDirectory(DIR);
    Files.createDirectories(DIR);
    long t0 = System.nanoTime();
    try (TenagaProcess schema = TenagaProcess.start("bench-schema", ENV, JVM)) {
      schema.awaitReady(Duration.ofMinutes(15)); // migrations, reference data, catalogue, the first admin
      schema.stop();
    }
    long t1 = System.nanoTime();
    programme.write(URL);
    long t2 = System.nanoTime();
    String rebuild;
    try (TenagaProcess first = TenagaProcess.start("bench-rollups", ENV, JVM)) {
      first.awaitReady(Duration.ofHours(3)); // builds the rollups from the rows
      rebuild = Files.readAllLines(first.log()).stream().filter(l -> l.contains("Inclusion rollups rebuilt")).reduce((a, b) -> b)
          .orElse("").replaceAll(".*RebuildReport", "RebuildReport").replaceAll("\\]\\s*$", "]");
      first.stop();
    }
    long t3 = System.nanoTime();
    JsonObjectBuilder g = Json.createObjectBuilder()
        .add("schema_s", seconds(t1 - t0)).add("rows_s", seconds(t2 - t1)).add("rollups_s", seconds(t3 - t2)).add("total_s", seconds(t3 - t0))
        .add("rollup_rebuild", rebuild);
    JsonObjectBuilder steps = Json.createObjectBuilder();
    programme.steps.forEach(s -> steps.add(s.name(), s.millis() / 1000.0));
    g.add("steps_s", steps);
    try (Connection c = DriverManager.getConnection(URL, "tenaga", "tenaga"); Statement s = c.createStatement()) {
      for (String table : List.of("learner", "cohort", "enrolment", "certificate", "inclusion_reach", "inclusion_cell")) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          r.next();
          g.add(table + "_rows", r.getLong(1));
        }
      }
    }
    g.add("file_mb", Files.size(DIR.resolve("tenaga.mv.db")) / 1024 / 1024);
    JsonObject generation = g.build();
    Files.writeString(marker, generation.toString());
    facts.put("generation", generation);
  }

  // --- what the clients need to know, read before Tenaga opens the file ---

  record Sample(List<String> certificateCodes, Map<String, List<Long>> openCohortsByCourse, Map<String, List<Long>> smallCohortsByCourse) {}

  private Sample sample(Programme programme) throws SQLException {
    List<String> codes = new ArrayList<>();
    Map<String, List<Long>> open = new HashMap<>();
    Map<String, List<Long>> small = new HashMap<>();
    try (Connection c = DriverManager.getConnection(URL, "tenaga", "tenaga"); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT verification_code FROM certificate WHERE MOD(id, 211) = 0 LIMIT 20000")) {
        while (r.next()) {
          codes.add(r.getString(1));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT c.id, co.code FROM cohort c JOIN course co ON co.id = c.course_id WHERE c.status = 'OPEN'"
          + " AND NOT EXISTS (SELECT 1 FROM course_prerequisite p WHERE p.course_id = co.id) ORDER BY c.id")) {
        while (r.next()) {
          long id = r.getLong(1);
          (id > programme.rosterCohort ? small : open).computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(id);
        }
      }
    }
    return new Sample(codes, open, small);
  }

  // --- accounts ---

  record Accounts(String adminToken, String coordinatorToken, String donorToken, List<String> learnerTokens, PageSession donorPages,
      PageSession coordinatorPages) {}

  private Accounts accounts(URI base, Programme programme) {
    Api admin = Api.as(base, ADMIN, PASSWORD);
    String donor = "bench-donor@tenaga.test";
    String coordinator = "bench-coordinator@tenaga.test";
    created(admin.post("/api/v1/admin/accounts", """
        {"email":"%s","password":"%s","fullName":"Bench Donor","roles":["DONOR"],"organisation":"US-ASEAN-AI"}""".formatted(donor, PASSWORD)));
    created(admin.post("/api/v1/admin/accounts", """
        {"email":"%s","password":"%s","fullName":"Bench Coordinator","roles":["COORDINATOR"],
         "countries":["BN","KH","ID","LA","MY","MM","PH","SG","TH","TL","VN"]}""".formatted(coordinator, PASSWORD)));
    List<String> learners = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      String email = "bench-learner-" + i + "-" + System.currentTimeMillis() + "@tenaga.test";
      Api.Response r = Api.anonymous(base).post("/api/v1/learners", """
          {"email":"%s","password":"%s","fullName":"Bench Client %d","country":"ID","province":"ID-JK",
           "gender":"%s","birthDate":"1998-05-0%d","locality":"%s","sector":"MSME","consent":true}"""
          .formatted(email, PASSWORD, i, i % 2 == 0 ? "FEMALE" : "MALE", 1 + i % 9, i % 3 == 0 ? "RURAL" : "URBAN"));
      assertEquals(201, r.status(), r::toString);
      learners.add(Api.token(base, email, PASSWORD));
    }
    return new Accounts(Api.token(base, ADMIN, PASSWORD), Api.token(base, coordinator, PASSWORD), Api.token(base, donor, PASSWORD), learners,
        PageSession.login(base, donor, PASSWORD), PageSession.login(base, coordinator, PASSWORD));
  }

  private static void created(Api.Response r) {
    assertTrue(r.status() == 201 || r.status() == 409, r::toString);
  }

  // --- scenarios ---

  /**
   * 64 learners with bearer tokens enrol and withdraw: three calls in four go to large open
   * cohorts (a seat, then withdraw), one in four to the small cohorts, which fill past capacity
   * (seats, then waitlists, withdrawals promoting). Afterwards every touched cohort is checked.
   */
  private void enrolment(URI base, Accounts accounts, Sample sample, Programme programme) throws Exception {
    List<Long> large = sample.openCohortsByCourse().values().stream().flatMap(List::stream).sorted().toList();
    List<Long> small = sample.smallCohortsByCourse().values().stream().flatMap(List::stream).sorted().toList();
    assertTrue(large.size() > 100 && small.size() >= 4, "open cohorts without prerequisites: " + large.size() + " large, " + small.size() + " small");
    Set<Long> touched = ConcurrentHashMap.newKeySet();
    List<List<Long>> held = new ArrayList<>(); // per client: the places it holds now
    List<Set<Long>> used = new ArrayList<>(); // per client: cohorts it has been in (no second enrolment there)
    for (int i = 0; i < 64; i++) {
      held.add(new ArrayList<>());
      used.add(new HashSet<>());
    }
    Load.Result r = Load.run("enrolment: enrol and withdraw, bearer tokens", 64, WARM_UP, MEASURED, (client, n) -> {
      List<Long> mine = held.get(client);
      Random random = new Random(client * 1_000_003L + n);
      String token = accounts.learnerTokens().get(client);
      if (!mine.isEmpty() && (mine.size() >= 3 || random.nextBoolean())) {
        Long cohort = mine.remove(random.nextInt(mine.size()));
        HttpResponse<String> w = send(HttpRequest.newBuilder(base.resolve("api/v1/cohorts/" + cohort + "/enrolments/me")).DELETE(), token);
        expect(w, 200);
        return "withdraw 200";
      }
      boolean toSmall = random.nextInt(4) == 0 && !used.get(client).containsAll(small);
      long cohort;
      do {
        cohort = toSmall ? small.get(random.nextInt(small.size())) : large.get(random.nextInt(large.size()));
      } while (used.get(client).contains(cohort));
      used.get(client).add(cohort);
      HttpResponse<String> e = send(HttpRequest.newBuilder(base.resolve("api/v1/cohorts/" + cohort + "/enrolments"))
          .POST(HttpRequest.BodyPublishers.noBody()), token);
      if (e.statusCode() == 409 && e.body().contains("overlapping_enrolment")) {
        return "enrol 409 overlapping"; // a place held in another cohort of the course at the same time: a rule, not an error
      }
      expect(e, 201);
      touched.add(cohort);
      mine.add(cohort);
      return "enrol 201 " + (e.body().contains("WAITLISTED") ? "waitlisted" : "seat");
    });
    results.add(r);
    facts.put("enrolment_invariants", checkCohorts(base, accounts, touched));
  }

  /** For each touched cohort: seats taken ≤ capacity, the counters equal the roster, one row per learner, waitlist 1..n, nobody waits beside a free seat. */
  private String checkCohorts(URI base, Accounts accounts, Set<Long> touched) {
    Api coordinator = Api.bearer(base, accounts.coordinatorToken());
    List<String> problems = new ArrayList<>();
    for (Long id : touched) {
      JsonObject cohort = coordinator.get("/api/v1/cohorts/" + id).object();
      int capacity = cohort.getInt("capacity");
      int enrolled = cohort.getInt("enrolled");
      int waitlisted = cohort.getInt("waitlisted");
      int seats = 0;
      List<Integer> positions = new ArrayList<>();
      Set<String> learners = new HashSet<>();
      for (int page = 0; ; page++) {
        Api.Response roster = coordinator.get("/api/v1/cohorts/" + id + "/roster?page=" + page + "&size=500");
        assertEquals(200, roster.status(), roster::toString);
        JsonArray rows = roster.array();
        for (JsonValue v : rows) {
          JsonObject row = v.asJsonObject();
          if (!learners.add(row.get("learnerId").toString())) {
            problems.add(id + ": a learner twice");
          }
          switch (row.getString("status")) {
            case "ENROLLED" -> seats++;
            case "WAITLISTED" -> positions.add(row.getInt("position"));
            default -> { }
          }
        }
        if (rows.size() < 500) {
          break;
        }
      }
      positions.sort(Comparator.naturalOrder());
      List<Integer> expected = new ArrayList<>();
      for (int i = 1; i <= positions.size(); i++) {
        expected.add(i);
      }
      if (seats > capacity) {
        problems.add(id + ": " + seats + " seats of " + capacity);
      }
      if (seats != enrolled || positions.size() != waitlisted) {
        problems.add(id + ": counters " + enrolled + "/" + waitlisted + ", roster " + seats + "/" + positions.size());
      }
      if (!positions.equals(expected)) {
        problems.add(id + ": waitlist positions " + positions);
      }
      if (seats < capacity && !positions.isEmpty()) {
        problems.add(id + ": " + positions.size() + " waiting beside a free seat");
      }
    }
    String summary = touched.size() + " cohorts checked, " + problems.size() + " violations" + (problems.isEmpty() ? "" : ": " + problems.subList(0, Math.min(5, problems.size())));
    System.out.println("enrolment invariants: " + summary);
    invariantViolations.addAll(problems); // asserted after the report is written
    return summary;
  }

  /** Public verification of random known codes (200) and unknown ones (404), 32 clients. */
  private void verification(URI base, Sample sample) throws Exception {
    List<String> codes = sample.certificateCodes();
    results.add(Load.run("certificate verification: GET /api/v1/certificates/{code}", 32, WARM_UP, MEASURED, (client, n) -> {
      Random random = new Random(client * 7_919L + n);
      boolean known = random.nextInt(5) != 0;
      String code = known ? codes.get(random.nextInt(codes.size())) : "unknown" + random.nextInt(1_000_000);
      HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("api/v1/certificates/" + code)).GET(), null);
      expect(r, known ? 200 : 404);
      return String.valueOf(r.statusCode());
    }));
  }

  /** Random commitment, country, period and cross-tab slices of the API as a donor; the donor's dashboard and explorer pages. */
  private void inclusion(URI base, Accounts accounts) throws Exception {
    List<String> commitments = new ArrayList<>();
    for (JsonValue v : Api.bearer(base, accounts.donorToken()).get("/api/v1/inclusion/commitments").array()) {
      commitments.add(v.asJsonObject().getString("code"));
    }
    List<String> countries = List.of("", "ID", "PH", "VN", "TH", "MY", "KH");
    List<String> periods = List.of("", "&from=2025-01&to=2025-12", "&from=2026-01&to=2026-12", "&from=2026-04&to=2026-06", "&from=2025-07");
    List<String> bys = List.of("gender", "youth", "country", "sector,disability", "country,gender", "locality", "quarter", "course,gender");
    List<String> stages = List.of("", "&stage=enrolled", "&stage=completed", "&stage=certified");
    results.add(Load.run("inclusion API: random commitment × country × period × cross-tab", 8, WARM_UP, MEASURED, (client, n) -> {
      Random random = new Random(client * 31L + n);
      String country = countries.get(random.nextInt(countries.size()));
      String path = "api/v1/inclusion?commitment=" + commitments.get(random.nextInt(commitments.size()))
          + (country.isEmpty() ? "" : "&country=" + country) + periods.get(random.nextInt(periods.size()))
          + stages.get(random.nextInt(stages.size())) + "&by=" + bys.get(random.nextInt(bys.size()));
      HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path)).GET(), accounts.donorToken());
      if (r.statusCode() == 400 && r.body().contains("commitment")) {
        return "400 (country outside the commitment)";
      }
      expect(r, 200);
      return "200";
    }));
    PageSession donor = accounts.donorPages();
    results.add(Load.run("donor dashboard page /donor/index.xhtml", 1, WARM_UP, MEASURED, (client, n) -> page(donor, "/donor/index.xhtml", "commitment")));
    results.add(Load.run("donor explorer page, random commitment", 1, WARM_UP, MEASURED, (client, n) ->
        page(donor, "/donor/explorer.xhtml?commitment=" + commitments.get((int) (n % commitments.size())), "explorer")));
  }

  /** Full JSF renders for anonymous visitors: latency with 4 clients, throughput with 16. */
  private void pages(URI base) throws Exception {
    record P(String name, String path, String expect) {}
    List<P> pages = List.of(new P("catalogue page", "/catalogue.xhtml", "AI-"), new P("cohort search page", "/cohorts.xhtml?country=ID", "ID"),
        new P("login page", "/login.xhtml", "password"));
    for (P p : pages) {
      for (int clients : List.of(4, 16)) {
        List<PageSession> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          sessions.add(PageSession.anonymous(base));
        }
        results.add(Load.run(p.name() + " " + p.path(), clients, WARM_UP, MEASURED, (client, n) -> page(sessions.get(client), p.path(), p.expect())));
      }
    }
  }

  /** The roster of the cohort with 10,000 enrolments, paged in the database: first and a middle page, API and coordinator's page. */
  private void roster(URI base, Accounts accounts, Programme programme) throws Exception {
    String path = "api/v1/cohorts/" + programme.rosterCohort + "/roster?size=50&page=";
    for (int page : List.of(0, Programme.ROSTER_SIZE / 50 / 2)) {
      results.add(Load.run("roster API, 10,000 enrolments, page " + page + " of 50", 8, WARM_UP, MEASURED, (client, n) -> {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path + page)).GET(), accounts.coordinatorToken());
        expect(r, 200);
        if (!r.headers().firstValue("X-Total-Count").orElse("").equals(String.valueOf(Programme.ROSTER_SIZE))) {
          throw new IllegalStateException("X-Total-Count " + r.headers().firstValue("X-Total-Count"));
        }
        return "200";
      }));
    }
    PageSession coordinator = accounts.coordinatorPages();
    results.add(Load.run("coordinator's cohort page with the 10,000-learner roster", 1, WARM_UP, MEASURED,
        (client, n) -> page(coordinator, "/coordinator/cohort.xhtml?id=" + programme.rosterCohort, "B-ROSTER")));
  }

  // --- plumbing ---

  private HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
    request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String page(PageSession session, String path, String mustContain) {
    HttpResponse<String> r = session.get(path);
    if (r.statusCode() != 200 || !r.body().contains(mustContain)) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + " without " + mustContain);
    }
    return "200";
  }

  private static void expect(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().method() + " " + r.uri().getPath() + " answered " + r.statusCode() + ": "
          + r.body().substring(0, Math.min(200, r.body().length())));
    }
  }

  /**
   * Waits until the server uses less than 5% of a core over 5 s (H2 may still be writing out or
   * compacting a large file after the start), at most 10 minutes, so that the scenarios measure
   * Tenaga rather than its start; returns the seconds waited, or -1 if it never went quiet.
   */
  private static long quiet(long pid) throws Exception {
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < Duration.ofMinutes(10).toNanos()) {
      long before = cpuTicks(pid);
      Thread.sleep(5_000);
      double cores = (cpuTicks(pid) - before) / 100.0 / 5.0; // USER_HZ is 100 on Linux
      System.out.printf(Locale.ROOT, "bench: server uses %.2f cores%n", cores);
      if (cores < 0.05) {
        return (System.nanoTime() - t0) / 1_000_000_000L;
      }
    }
    return -1;
  }

  /** How many GC pauses a unified GC log shows, and their total. */
  private static String gcPauses(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "no GC log";
    }
    java.util.regex.Pattern pause = java.util.regex.Pattern.compile("Pause.* (\\d+(\\.\\d+)?)ms$");
    long count = 0;
    double total = 0;
    for (String line : Files.readAllLines(log)) {
      java.util.regex.Matcher m = pause.matcher(line);
      if (m.find()) {
        count++;
        total += Double.parseDouble(m.group(1));
      }
    }
    return String.format(Locale.ROOT, "%d pauses, %.1f s in all", count, total / 1000);
  }

  /** User and system CPU time of a process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private static long rssMegabytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  private static String machine() throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
        .map(l -> l.replaceAll(".*:\\s*", "")).orElse("?");
    long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
    return String.format(Locale.ROOT, "%d cores (%s), %d GB memory, Java %s, H2 embedded, server heap %s",
        Runtime.getRuntime().availableProcessors(), cpu, Math.round(memKb / 1024.0 / 1024.0), System.getProperty("java.version"), JVM);
  }

  private static double seconds(long nanos) {
    return Math.round(nanos / 1e8) / 10.0;
  }

  private static void deleteDirectory(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  // --- report ---

  private void report(Programme programme) throws IOException {
    StringBuilder md = new StringBuilder("# Tenaga at programme scale\n\n");
    md.append(String.format(Locale.ROOT, "- programme: %,d learners, %,d cohorts, %,d enrolments requested%n", LEARNERS, programme.cohorts, ENROLMENTS));
    facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append(String.format(Locale.ROOT, "- each row: %d s warm-up, then %d s measured%n%n", WARM_UP.toSeconds(), MEASURED.toSeconds()));
    md.append("| scenario | clients | requests | per second | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Load.Result r : results) {
      md.append(r.row()).append('\n');
      JsonObjectBuilder outcomes = Json.createObjectBuilder();
      r.outcomes().forEach(outcomes::add);
      rows.add(Json.createObjectBuilder().add("scenario", r.name()).add("clients", r.clients()).add("requests", r.calls())
          .add("seconds", r.seconds()).add("throughput_per_s", round(r.throughput())).add("median_ms", round(r.percentile(0.5)))
          .add("p95_ms", round(r.percentile(0.95))).add("p99_ms", round(r.percentile(0.99))).add("errors", r.errors()).add("outcomes", outcomes));
    }
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("programme", Json.createObjectBuilder().add("learners", LEARNERS).add("cohorts", programme.cohorts).add("enrolments", ENROLMENTS));
    facts.forEach((k, v) -> {
      if (v instanceof Number num) {
        json.add(k, num.longValue());
      } else if (v instanceof JsonValue j) {
        json.add(k, j);
      } else {
        json.add(k, String.valueOf(v));
      }
    });
    json.add("scenarios", rows);
    Path out = Files.createDirectories(OUT);
    Files.writeString(out.resolve("results.md"), md);
    Files.writeString(out.resolve("results.json"), json.build().toString());
    System.out.println();
    System.out.println(md);
    assertEquals(List.of(), invariantViolations, "capacity invariants after the enrolment run");
    for (Load.Result r : results) {
      assertEquals(0, r.errors(), () -> r.name() + ": " + r.firstError());
    }
  }

  private static double round(double v) {
    return Double.isNaN(v) ? -1 : Math.round(v * 10) / 10.0;
  }
}

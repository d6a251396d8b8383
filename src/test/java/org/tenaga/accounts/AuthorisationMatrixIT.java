package org.tenaga.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.PageSession;
import org.tenaga.support.Programmes;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.TestCohorts;

/**
 * Who reaches what: every API endpoint and every protected page, called by each kind of caller,
 * with the exact status each must get. Object ids in URLs are checked against the caller: a
 * learner calls with another learner's certificate, a trainer with a cohort they do not teach, a
 * coordinator with a cohort outside their countries. The table is printed (rows = endpoints,
 * columns = callers) and written to {@code target/authorisation-matrix.md}; a cell that differs
 * shows {@code got≠expected} and fails the test after the whole table is drawn.
 */
@ExtendWith(SharedTenaga.class)
class AuthorisationMatrixIT {

  /** The columns. "own"/"other" say whose object the URL names, from the caller's point of view. */
  enum Caller {
    ANONYMOUS("anonymous"), LEARNER_SELF("learner self"), LEARNER_OTHER("learner other"), TRAINER_OWN("trainer own"),
    TRAINER_OTHER("trainer other"), COORDINATOR_OWN("coord. own"), COORDINATOR_OTHER("coord. other"), DONOR("donor"), ADMIN("admin");

    final String label;

    Caller(String label) {
      this.label = label;
    }
  }

  /** What a caller's URL names: a cohort, a certificate, a trainer, a venue. */
  record Target(String cohort, String running, String certificate, String trainer, String venue) {}

  /** One request: an API call (method, path, body) or a page ({@code method} PAGE). */
  record Call(String method, String path, String body) {
    static Call get(String path) {
      return new Call("GET", path, null);
    }

    static Call page(String path) {
      return new Call("PAGE", path, null);
    }
  }

  record Row(String name, Function<Caller, Call> call, int[] expected) {}

  static URI base;
  static final Map<Caller, Api> API = new EnumMap<>(Caller.class);
  static final Map<Caller, PageSession> PAGES = new EnumMap<>(Caller.class);
  static final Map<Caller, Target> TARGETS = new EnumMap<>(Caller.class);
  static final Map<Caller, String[]> CREDENTIALS = new EnumMap<>(Caller.class);
  static Api coordinator;
  static String trainerT001;
  static String trainerT002;
  static String enrolmentInRunning;
  static String openCohort;
  static String commitment;
  static String revocableByCoordinator;
  static String revocableByAdmin;
  static final AtomicInteger fresh = new AtomicInteger();
  static final String RUN = Long.toString(System.nanoTime(), 36);

  @BeforeAll
  static void programme() {
    base = SharedTenaga.base();
    coordinator = Api.as(base, "coordinator@tenaga.test");
    trainerT001 = trainerId("ID", "T001");
    trainerT002 = trainerId("ID", "T002");
    String venueId = coordinator.get("/api/v1/venues?country=ID").array().getJsonObject(0).getString("id");

    // Cohorts taught by the demo trainer (T001, Indonesia): one open, one run to completion.
    // Three cohorts of one course in three different years: the same learner holds a place in each.
    int year = 2061 + (int) (System.nanoTime() % 36);
    openCohort = TestCohorts.openIn(coordinator, "GENAI-101", "ID", "ID-JK", trainerT001, 40, year);
    String otherCohort = TestCohorts.openGenAiInVietNam(coordinator, 40);
    String doneCohort = TestCohorts.openIn(coordinator, "GENAI-101", "ID", "ID-JK", trainerT001, 40, year + 1);
    String self = "matrix-self-" + RUN + "@example.org";
    String other = "matrix-other-" + RUN + "@example.org";
    List<String> holders = List.of(self, "matrix-r1-" + RUN + "@example.org", "matrix-r2-" + RUN + "@example.org");
    Programmes.register(base, other, "Other Learner");
    for (String email : holders) {
      Programmes.register(base, email, "Matrix Learner");
      assertEquals(201, Api.as(base, email, Programmes.PASSWORD).post("/api/v1/cohorts/" + doneCohort + "/enrolments", "").status());
    }
    assertEquals(201, Api.as(base, self, Programmes.PASSWORD).post("/api/v1/cohorts/" + openCohort + "/enrolments", "").status());
    String runningCohort = TestCohorts.openIn(coordinator, "GENAI-101", "ID", "ID-JK", trainerT001, 40, year + 2);
    Api.Response placed = Api.as(base, self, Programmes.PASSWORD).post("/api/v1/cohorts/" + runningCohort + "/enrolments", "");
    assertEquals(201, placed.status(), placed::toString);
    enrolmentInRunning = placed.object().getString("id");
    assertEquals(200, coordinator.post("/api/v1/cohorts/" + runningCohort + "/status", "{\"status\":\"RUNNING\"}").status());
    Programmes.completeWithEveryonePassing(coordinator, doneCohort);
    List<String> codes = holders.stream()
        .map(h -> Api.as(base, h, Programmes.PASSWORD).get("/api/v1/me/certificates").array().getJsonObject(0).getString("code")).toList();
    revocableByCoordinator = codes.get(1);
    revocableByAdmin = codes.get(2);

    Map<Caller, String> emails = new EnumMap<>(Map.of(
        Caller.LEARNER_SELF, self, Caller.LEARNER_OTHER, other, Caller.TRAINER_OWN, "trainer@tenaga.test",
        Caller.TRAINER_OTHER, "trainer@tenaga.test", Caller.COORDINATOR_OWN, "coordinator@tenaga.test",
        Caller.COORDINATOR_OTHER, "coordinator.th@tenaga.test", Caller.DONOR, "donor@tenaga.test", Caller.ADMIN, "admin@tenaga.test"));
    API.put(Caller.ANONYMOUS, Api.anonymous(base));
    PAGES.put(Caller.ANONYMOUS, PageSession.anonymous(base));
    for (var e : emails.entrySet()) {
      String password = e.getValue().endsWith("@example.org") ? Programmes.PASSWORD : Api.DEMO_PASSWORD;
      CREDENTIALS.put(e.getKey(), new String[] {e.getValue(), password});
      API.put(e.getKey(), Api.bearer(base, Api.token(base, e.getValue(), password)));
      PAGES.put(e.getKey(), PageSession.login(base, e.getValue(), password));
    }
    for (Caller c : Caller.values()) {
      boolean otherSide = c == Caller.TRAINER_OTHER;
      TARGETS.put(c, new Target(otherSide ? otherCohort : openCohort, otherSide ? otherCohort : runningCohort, codes.get(0),
          otherSide ? trainerT002 : trainerT001, venueId));
    }
    commitment = Api.as(base, "donor@tenaga.test").get("/api/v1/inclusion/commitments").array().getJsonObject(0).getString("code");
  }

  private static String trainerId(String country, String code) {
    for (var t : coordinator.get("/api/v1/trainers?country=" + country + "&size=500").array()) {
      if (t.asJsonObject().getString("code").equals(code)) {
        return t.asJsonObject().getString("id");
      }
    }
    throw new AssertionError("no trainer " + code);
  }

  private static String unique(String prefix) {
    return prefix + "-" + RUN + "-" + fresh.incrementAndGet();
  }

  /** Expected statuses in column order: anonymous, learner self/other, trainer own/other, coordinator own/other, donor, admin. */
  private static int[] expect(int... statuses) {
    assertEquals(Caller.values().length, statuses.length);
    return statuses;
  }

  private static Row row(String name, Function<Caller, Call> call, int... expected) {
    return new Row(name, call, expect(expected));
  }

  private static Target t(Caller c) {
    return TARGETS.get(c);
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // Public reading: the catalogue, cohorts, verification, the issuer.
    rows.add(row("GET /api/v1/courses", c -> Call.get("/api/v1/courses"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/courses/{code}", c -> Call.get("/api/v1/courses/GENAI-101"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/cohorts", c -> Call.get("/api/v1/cohorts?country=ID"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/cohorts/{id}", c -> Call.get("/api/v1/cohorts/" + t(c).cohort()), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/cohorts/{id}/calendar.ics", c -> Call.get("/api/v1/cohorts/" + t(c).cohort() + "/calendar.ics"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/certificates/{code}", c -> Call.get("/api/v1/certificates/" + t(c).certificate()), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/certificates/{unknown}", c -> Call.get("/api/v1/certificates/no-such-code"), 404, 404, 404, 404, 404, 404, 404, 404, 404));
    rows.add(row("GET /api/v1/issuer", c -> Call.get("/api/v1/issuer"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/issuer/keys/1", c -> Call.get("/api/v1/issuer/keys/1"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/issuer/status/1", c -> Call.get("/api/v1/issuer/status/1"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("POST /api/v1/credentials/verify", c -> new Call("POST", "/api/v1/credentials/verify", "{\"@context\":[]}"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("POST /api/v1/learners (register)", c -> new Call("POST", "/api/v1/learners", """
        {"email":"%s@example.org","password":"%s","fullName":"Matrix Registrant","country":"ID","consent":true}"""
        .formatted(unique("reg"), Programmes.PASSWORD)), 201, 201, 201, 201, 201, 201, 201, 201, 201));
    rows.add(row("GET /health/ready", c -> Call.get("/health/ready"), 200, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("POST /api/v1/auth/token (password)", c -> new Call("TOKEN", "/api/v1/auth/token", ""), 401, 200, 200, 200, 200, 200, 200, 200, 200));
    rows.add(row("POST /api/v1/auth/token (a token renewing itself)", c -> new Call("POST", "/api/v1/auth/token", ""), 401, 401, 401, 401, 401, 401, 401, 401, 401));

    // A learner's own records: never anyone else's, whatever the URL.
    rows.add(row("GET /api/v1/me/enrolments", c -> Call.get("/api/v1/me/enrolments"), 401, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("GET /api/v1/me/certificates", c -> Call.get("/api/v1/me/certificates"), 401, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("GET /api/v1/me/calendar.ics", c -> Call.get("/api/v1/me/calendar.ics"), 401, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("GET /api/v1/me/profile", c -> Call.get("/api/v1/me/profile"), 401, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("PUT /api/v1/me/profile (as read)", c -> new Call("PUT", "/api/v1/me/profile", profileOf(c)),
        401, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("GET /api/v1/me/data", c -> Call.get("/api/v1/me/data"), 401, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("DELETE /api/v1/me (erasure; learners: a fresh one)", c -> new Call("ERASE", "/api/v1/me", null), 401, 204, 204, 403, 403, 403, 403, 403, 403));
    rows.add(row("GET /api/v1/certificates/{code}/pdf", c -> Call.get("/api/v1/certificates/" + t(c).certificate() + "/pdf"), 401, 200, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("GET /api/v1/certificates/{code}/credential", c -> Call.get("/api/v1/certificates/" + t(c).certificate() + "/credential"), 401, 200, 403, 403, 403, 403, 403, 403, 403));
    rows.add(row("POST /api/v1/cohorts/{id}/enrolments", c -> new Call("POST", "/api/v1/cohorts/" + t(c).cohort() + "/enrolments", ""),
        401, 409, 201, 403, 403, 403, 403, 403, 403));
    rows.add(row("DELETE /api/v1/cohorts/{id}/enrolments/me", c -> new Call("DELETE", "/api/v1/cohorts/" + t(c).cohort() + "/enrolments/me", null),
        401, 200, 200, 403, 403, 403, 403, 403, 403));

    // A cohort's records: its trainers and its country's coordinators (and admins).
    rows.add(row("GET /api/v1/cohorts/{id}/roster", c -> Call.get("/api/v1/cohorts/" + t(c).cohort() + "/roster"), 401, 403, 403, 200, 403, 200, 403, 403, 200));
    rows.add(row("PUT /api/v1/cohorts/{id}/attendance", c -> new Call("PUT", "/api/v1/cohorts/" + t(c).running() + "/attendance",
        "[{\"enrolmentId\":\"" + enrolmentInRunning + "\",\"sessionIndex\":0,\"present\":true}]"),
        401, 403, 403, 200, 403, 200, 403, 403, 200));
    rows.add(row("PUT /api/v1/cohorts/{id}/results", c -> new Call("PUT", "/api/v1/cohorts/" + t(c).running() + "/results",
        "[{\"enrolmentId\":\"" + enrolmentInRunning + "\",\"score\":80}]"),
        401, 403, 403, 200, 403, 200, 403, 403, 200));
    rows.add(row("PUT /api/v1/cohorts/{id}/capacity", c -> new Call("PUT", "/api/v1/cohorts/" + t(c).cohort() + "/capacity", "{\"capacity\":40}"),
        401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("PUT /api/v1/cohorts/{id}/sessions/{n}", c -> new Call("PUT", "/api/v1/cohorts/" + t(c).cohort() + "/sessions/0", sessionOf(t(c).cohort())),
        401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("POST /api/v1/cohorts/{id}/enrolments/import", c -> new Call("CSV", "/api/v1/cohorts/" + t(c).cohort() + "/enrolments/import", "email\n"),
        401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("POST /api/v1/cohorts/{id}/status (draft → open)", c -> new Call("POST", "/api/v1/cohorts/" + freshDraft() + "/status", "{\"status\":\"OPEN\"}"),
        401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("POST /api/v1/cohorts (in Indonesia)", c -> new Call("POST", "/api/v1/cohorts", newCohort()), 401, 403, 403, 403, 403, 201, 403, 403, 201));
    rows.add(row("POST /api/v1/certificates/{code}/revoke", c -> new Call("POST", "/api/v1/certificates/"
        + (c == Caller.COORDINATOR_OWN ? revocableByCoordinator : c == Caller.ADMIN ? revocableByAdmin : t(c).certificate()) + "/revoke",
        "{\"reason\":\"Authorisation matrix\"}"), 401, 403, 403, 403, 403, 200, 403, 403, 200));

    // People and places: coordinators in their countries, admins.
    rows.add(row("GET /api/v1/trainers", c -> Call.get("/api/v1/trainers"), 401, 403, 403, 403, 403, 200, 200, 403, 200));
    rows.add(row("GET /api/v1/trainers/{id}", c -> Call.get("/api/v1/trainers/" + t(c).trainer()), 401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("PUT /api/v1/trainers/{id}", c -> new Call("PUT", "/api/v1/trainers/" + t(c).trainer(), trainerDetails(t(c).trainer())),
        401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("POST /api/v1/trainers (in Indonesia)", c -> new Call("POST", "/api/v1/trainers", newTrainer()), 401, 403, 403, 403, 403, 201, 403, 403, 201));
    rows.add(row("POST /api/v1/trainers/{id}/qualifications", c -> new Call("POST", "/api/v1/trainers/" + freshTrainer() + "/qualifications", "{\"courseCode\":\"CYBER-101\"}"),
        401, 403, 403, 403, 403, 201, 403, 403, 201));
    rows.add(row("DELETE /api/v1/trainers/{id}/qualifications/{course}", c -> new Call("DELETE", "/api/v1/trainers/" + freshQualifiedTrainer() + "/qualifications/CYBER-101", null),
        401, 403, 403, 403, 403, 204, 403, 403, 204));
    rows.add(row("GET /api/v1/trainers/{id}/calendar.ics", c -> Call.get("/api/v1/trainers/" + t(c).trainer() + "/calendar.ics"), 401, 403, 403, 200, 403, 200, 403, 403, 200));
    rows.add(row("GET /api/v1/venues", c -> Call.get("/api/v1/venues"), 401, 403, 403, 403, 403, 200, 200, 403, 200));
    rows.add(row("GET /api/v1/venues/{id}", c -> Call.get("/api/v1/venues/" + t(c).venue()), 401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("PUT /api/v1/venues/{id}", c -> new Call("PUT", "/api/v1/venues/" + t(c).venue(), venueDetails(t(c).venue())), 401, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("POST /api/v1/venues (in Indonesia)", c -> new Call("POST", "/api/v1/venues", newVenue()), 401, 403, 403, 403, 403, 201, 403, 403, 201));

    // Inclusion statistics: donors for the commitments they fund, coordinators and admins.
    rows.add(row("GET /api/v1/inclusion/commitments", c -> Call.get("/api/v1/inclusion/commitments"), 401, 403, 403, 403, 403, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/inclusion", c -> Call.get("/api/v1/inclusion?commitment=" + commitment + "&by=gender"), 401, 403, 403, 403, 403, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/inclusion/summary", c -> Call.get("/api/v1/inclusion/summary?commitment=" + commitment), 401, 403, 403, 403, 403, 200, 200, 200, 200));
    rows.add(row("GET /api/v1/inclusion/export", c -> Call.get("/api/v1/inclusion/export?format=csv&commitment=" + commitment + "&by=gender"),
        401, 403, 403, 403, 403, 200, 200, 200, 200));

    // Administration.
    rows.add(row("POST /api/v1/admin/accounts", c -> new Call("POST", "/api/v1/admin/accounts", """
        {"email":"%s@example.org","password":"a long enough passphrase","fullName":"Matrix Admin","roles":["DONOR"],"organisation":"US-ASEAN-AI"}"""
        .formatted(unique("acct"))), 401, 403, 403, 403, 403, 403, 403, 403, 201));
    rows.add(row("GET /api/v1/admin/audit", c -> Call.get("/api/v1/admin/audit?size=1"), 401, 403, 403, 403, 403, 403, 403, 403, 200));
    rows.add(row("POST /api/v1/admin/catalogue/reload", c -> new Call("POST", "/api/v1/admin/catalogue/reload", "{}"), 401, 403, 403, 403, 403, 403, 403, 403, 200));
    // On PostgreSQL an admin is let through and told to use pg_dump (409), as BackupIT checks.
    rows.add(row("POST /api/v1/admin/backup", c -> new Call("POST", "/api/v1/admin/backup", ""), 401, 403, 403, 403, 403, 403, 403, 403,
        SharedTenaga.onPostgres() ? 409 : 201));
    rows.add(row("POST /api/v1/admin/inclusion/rebuild", c -> new Call("POST", "/api/v1/admin/inclusion/rebuild", "{}"), 401, 403, 403, 403, 403, 403, 403, 403, 200));

    // Pages: anonymous callers are sent to the login page (302); a wrong role is 403.
    rows.add(row("page /learner/index.xhtml", c -> Call.page("/learner/index.xhtml"), 302, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("page /learner/profile.xhtml", c -> Call.page("/learner/profile.xhtml"), 302, 200, 200, 403, 403, 403, 403, 403, 403));
    rows.add(row("file /certificates/{code}.pdf", c -> Call.page("/certificates/" + t(c).certificate() + ".pdf"), 302, 200, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("file /certificates/{code}.json", c -> Call.page("/certificates/" + t(c).certificate() + ".json"), 302, 200, 403, 403, 403, 403, 403, 403, 403));
    rows.add(row("page /trainer/index.xhtml", c -> Call.page("/trainer/index.xhtml"), 302, 403, 403, 200, 200, 200, 200, 403, 403));
    rows.add(row("page /trainer/cohort.xhtml?id=", c -> Call.page("/trainer/cohort.xhtml?id=" + t(c).cohort()), 302, 403, 403, 200, 403, 200, 403, 403, 403));
    for (String p : List.of("index", "calendar", "cohort-new", "trainers", "venues")) {
      rows.add(row("page /coordinator/" + p + ".xhtml", c -> Call.page("/coordinator/" + p + ".xhtml"), 302, 403, 403, 403, 403, 200, 200, 403, 200));
    }
    rows.add(row("page /coordinator/cohort.xhtml?id=", c -> Call.page("/coordinator/cohort.xhtml?id=" + t(c).cohort()), 302, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("page /coordinator/trainer.xhtml?id=", c -> Call.page("/coordinator/trainer.xhtml?id=" + t(c).trainer()), 302, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("page /coordinator/venue.xhtml?id=", c -> Call.page("/coordinator/venue.xhtml?id=" + t(c).venue()), 302, 403, 403, 403, 403, 200, 403, 403, 200));
    rows.add(row("page /donor/index.xhtml", c -> Call.page("/donor/index.xhtml"), 302, 403, 403, 403, 403, 200, 200, 200, 200));
    rows.add(row("page /donor/explorer.xhtml", c -> Call.page("/donor/explorer.xhtml?commitment=" + commitment), 302, 403, 403, 403, 403, 200, 200, 200, 200));
    rows.add(row("page /admin/index.xhtml", c -> Call.page("/admin/index.xhtml"), 302, 403, 403, 403, 403, 403, 403, 403, 200));
    rows.add(row("page /admin/audit.xhtml", c -> Call.page("/admin/audit.xhtml"), 302, 403, 403, 403, 403, 403, 403, 403, 200));
    return rows;
  }

  // --- fresh objects for calls that change what they name ---

  private static String sessionOf(String cohort) {
    JsonObject session = coordinator.get("/api/v1/cohorts/" + cohort).object().getJsonArray("sessions").getJsonObject(0);
    return "{\"start\":\"" + session.getString("start") + "\",\"end\":\"" + session.getString("end") + "\"}";
  }

  private static String freshDraft() {
    return TestCohorts.draft(coordinator, "GENAI-101", "ID", "ID-JK", trainerT001, 10);
  }

  /** A cohort of another trainer (T002) and course, in a year of its own: it clashes with nothing. */
  private static String newCohort() {
    int year = 2040 + fresh.incrementAndGet() % 20;
    return TestCohorts.body("CYBER-101", "ID", "ID-JK", trainerT002, 10, year, 5);
  }

  /** A learner's profile as they read it, to write back unchanged; others send what a learner would. */
  private static String profileOf(Caller c) {
    Api.Response own = API.get(c).get("/api/v1/me/profile");
    return own.status() == 200 ? own.body() : "{\"fullName\":\"Not A Learner\",\"country\":\"ID\"}";
  }

  private static String newTrainer() {
    String code = unique("TM").toUpperCase().replaceAll("[^A-Z0-9-]", "");
    return """
        {"code":"%s","fullName":"Matrix Trainer","email":"%s@example.org","phone":"+62 811 000 000","countries":["ID"],"languages":["id"]}"""
        .formatted(code.length() > 20 ? code.substring(code.length() - 20) : code, code.toLowerCase());
  }

  private static String freshTrainer() {
    Api.Response created = coordinator.post("/api/v1/trainers", newTrainer());
    assertEquals(201, created.status(), created::toString);
    return created.object().getString("id");
  }

  private static String freshQualifiedTrainer() {
    String id = freshTrainer();
    Api.Response q = coordinator.post("/api/v1/trainers/" + id + "/qualifications", "{\"courseCode\":\"CYBER-101\"}");
    assertEquals(201, q.status(), q::toString);
    return id;
  }

  private static String trainerDetails(String id) {
    return coordinator.get("/api/v1/trainers/" + id).body();
  }

  private static String newVenue() {
    return """
        {"code":"%s","name":"Matrix Hall","country":"ID","province":"ID-JK","locality":"URBAN","capacity":30,"accessibility":"Step-free entrance"}"""
        .formatted(unique("VM").toUpperCase());
  }

  private static String venueDetails(String id) {
    return coordinator.get("/api/v1/venues/" + id).body();
  }

  // --- running the table ---

  private static int status(Caller caller, Call call) {
    if (call.method().equals("PAGE")) {
      return PAGES.get(caller).get(call.path()).statusCode();
    }
    Api api = API.get(caller);
    if (call.method().equals("TOKEN")) {
      String[] credentials = CREDENTIALS.get(caller);
      api = credentials == null ? Api.as(base, "nobody@example.org", "not a password") : Api.as(base, credentials[0], credentials[1]);
      return api.post(call.path(), "").status();
    }
    if (call.method().equals("ERASE")) {
      if (caller == Caller.LEARNER_SELF || caller == Caller.LEARNER_OTHER) {
        String email = unique("erase") + "@example.org"; // erasing the fixture's learners would empty later rows
        Programmes.register(base, email, "Erased Learner");
        api = Api.bearer(base, Api.token(base, email, Programmes.PASSWORD));
      }
      return api.delete(call.path()).status();
    }
    return switch (call.method()) {
      case "GET" -> api.getText(call.path()).status();
      case "POST" -> api.post(call.path(), call.body()).status();
      case "CSV" -> api.post(call.path(), "text/csv", call.body()).status();
      case "PUT" -> api.put(call.path(), call.body()).status();
      case "DELETE" -> api.delete(call.path()).status();
      default -> throw new IllegalArgumentException(call.method());
    };
  }

  @Test
  void everyCallerGetsExactlyTheStatusTheirRoleAndTheObjectAllow() throws IOException {
    List<Row> rows = rows();
    StringBuilder table = new StringBuilder("| endpoint / page |");
    for (Caller c : Caller.values()) {
      table.append(' ').append(c.label).append(" |");
    }
    table.append("\n|---|").append("---:|".repeat(Caller.values().length)).append('\n');
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      table.append("| ").append(row.name()).append(" |");
      for (Caller c : Caller.values()) {
        int expected = row.expected()[c.ordinal()];
        if (expected < 0) {
          table.append(" – |");
          continue;
        }
        int got = status(c, row.call().apply(c));
        table.append(' ').append(got == expected ? String.valueOf(got) : got + "≠" + expected).append(" |");
        if (got != expected) {
          wrong.add(row.name() + " as " + c.label + ": " + got + ", expected " + expected);
        }
      }
      table.append('\n');
    }
    String report = "Authorisation matrix: " + rows.size() + " endpoints and pages × " + Caller.values().length + " callers\n\n" + table;
    System.out.println(report);
    Files.writeString(Files.createDirectories(Path.of("target")).resolve("authorisation-matrix.md"), report);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}

package org.tenaga.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.DatabaseChecksum;
import org.tenaga.support.Programmes;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.TestCohorts;

/**
 * Bad input on every kind of write: malformed JSON, wrong types, unknown enum values, missing
 * fields, megabyte strings, negative capacities, end before start, years 0 and 9999, CSV that is
 * not UTF-8, a 50 MB upload (declared and chunked). Each is refused with 400, 413 or 415 and a
 * message that names the problem, and a checksum of every table proves that nothing changed.
 */
@ExtendWith(SharedTenaga.class)
class BadInputIT {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /** One bad request: who sends it, where, what, and what the answer must say. */
  record Bad(String caller, String method, String path, String contentType, byte[] body, boolean chunked, int status, String names) {
    String endpoint() {
      return method + " " + path.replaceAll("/\\d+", "/{id}").replaceAll("\\?.*", "");
    }
  }

  private static Bad json(String caller, String method, String path, String body, int status, String names) {
    return new Bad(caller, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), false, status, names);
  }

  private static String repeat(char c, int n) {
    return String.valueOf(c).repeat(n);
  }

  @Test
  void everyBadInputIsRefusedNamingTheProblemAndChangesNothing() throws Exception {
    URI base = SharedTenaga.base();
    Api coordinatorBasic = Api.as(base, "coordinator@tenaga.test");
    String learnerEmail = "bad-input-" + System.nanoTime() + "@example.org";
    Programmes.register(base, learnerEmail, "Bad Input Learner");
    String cohort = TestCohorts.openGenAiInVietNam(coordinatorBasic, 10);
    // A running cohort with one learner, for results (recorded only while a cohort runs).
    String running = TestCohorts.openIn(coordinatorBasic, "GENAI-101", "VN", "VN-SG",
        coordinatorBasic.get("/api/v1/trainers?country=VN&course=GENAI-101").array().getJsonObject(0).getString("id"), 5, 2097);
    String placed = Api.as(base, learnerEmail, Programmes.PASSWORD).post("/api/v1/cohorts/" + running + "/enrolments", "").object().getString("id");
    assertEquals(200, coordinatorBasic.post("/api/v1/cohorts/" + running + "/status", "{\"status\":\"RUNNING\"}").status());
    String trainer = coordinatorBasic.get("/api/v1/trainers?country=VN&course=GENAI-101").array().getJsonObject(0).getString("id");
    String venue = coordinatorBasic.get("/api/v1/venues?country=VN").array().getJsonObject(0).getString("id");
    String certificate = Api.as(base, "learner@tenaga.test").get("/api/v1/me/certificates").array().getJsonObject(0).getString("code");
    Map<String, String> tokens = Map.of(
        "anonymous", "",
        "learner", Api.token(base, learnerEmail, Programmes.PASSWORD),
        "coordinator", Api.token(base, "coordinator@tenaga.test", Api.DEMO_PASSWORD),
        "admin", Api.token(base, "admin@tenaga.test", Api.DEMO_PASSWORD));

    String megabyte = repeat('x', 1024 * 1024);
    String validCohort = TestCohorts.body("GENAI-101", "VN", "VN-SG", trainer, 10, 2095, 2);
    List<Bad> bad = new ArrayList<>();
    // Registration (anyone).
    String reg = "/api/v1/learners";
    bad.add(json("anonymous", "POST", reg, "{\"email\":", 400, "JSON"));
    bad.add(json("anonymous", "POST", reg, "[1,2,3]", 400, "JSON"));
    bad.add(json("anonymous", "POST", reg, "", 400, ""));
    bad.add(json("anonymous", "POST", reg, "{}", 400, "email"));
    bad.add(json("anonymous", "POST", reg, "{\"email\":42,\"password\":true,\"fullName\":[],\"country\":\"VN\",\"consent\":true}", 400, "JSON"));
    bad.add(json("anonymous", "POST", reg, registration("\"gender\":\"ROBOT\""), 400, "gender"));
    bad.add(json("anonymous", "POST", reg, registration("\"birthDate\":\"0000-01-01\""), 400, "birthDate"));
    bad.add(json("anonymous", "POST", reg, registration("\"birthDate\":\"9999-12-31\""), 400, "birthDate"));
    bad.add(json("anonymous", "POST", reg, registration("\"birthDate\":\"31/12/1999\""), 400, "birthDate"));
    bad.add(json("anonymous", "POST", reg, registration("\"locality\":\"SUBURBAN\""), 400, "locality"));
    bad.add(json("anonymous", "POST", reg, registration("\"disability\":{\"seeing\":\"BLURRY\"}"), 400, "disability.seeing"));
    bad.add(json("anonymous", "POST", reg, registration("\"fullName\":\"" + repeat('N', 5000) + "\""), 400, "fullName"));
    bad.add(json("anonymous", "POST", reg, registration("\"fullName\":\"" + megabyte + "\""), 413, "too large"));
    bad.add(new Bad("anonymous", "POST", reg, "text/plain", "email=a@b.c".getBytes(StandardCharsets.UTF_8), false, 415, "Content-Type"));
    bad.add(json("anonymous", "POST", reg, registration("\"consent\":false"), 400, "consent"));
    // Cohorts (a coordinator).
    String cohorts = "/api/v1/cohorts";
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("\"capacity\":10", "\"capacity\":-5"), 400, "capacity"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("\"capacity\":10", "\"capacity\":\"ten\""), 400, "JSON"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("\"endDate\":\"2095-04-30\"", "\"endDate\":\"2095-03-01\""), 400, "endDate"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("2095-04-01\",\"endDate", "0000-04-01\",\"endDate"), 400, "startDate"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("\"endDate\":\"2095-04-30\"", "\"endDate\":\"9999-04-30\""), 400, "endDate"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("GENAI-101", "NO-SUCH-COURSE"), 400, "courseCode"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("T19:00:00+07:00", "T23:00:00+07:00"), 400, "sessions"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("\"capacity\":10", "\"capacity\":[10]"), 400, "JSON"));
    bad.add(json("coordinator", "POST", cohorts, "{\"courseCode\":\"GENAI-101\"}", 400, "country"));
    bad.add(json("coordinator", "POST", cohorts, validCohort.replace("\"language\":\"vi\"", "\"language\":\"" + repeat('v', 300) + "\""), 400, "language"));
    // A cohort's capacity, status, attendance, results, sessions.
    String c = "/api/v1/cohorts/" + cohort;
    bad.add(json("coordinator", "PUT", c + "/capacity", "{\"capacity\":-1}", 400, "capacity"));
    bad.add(json("coordinator", "PUT", c + "/capacity", "{}", 400, "capacity"));
    bad.add(json("coordinator", "PUT", c + "/capacity", "{\"capacity\":2147483648}", 400, "capacity"));
    bad.add(json("coordinator", "POST", c + "/status", "{\"status\":\"PAUSED\"}", 400, "status"));
    bad.add(json("coordinator", "POST", c + "/status", "{}", 400, "status"));
    bad.add(json("coordinator", "PUT", c + "/attendance", "{\"not\":\"a list\"}", 400, "JSON"));
    bad.add(json("coordinator", "PUT", "/api/v1/cohorts/" + running + "/results", "[{\"enrolmentId\":\"" + placed + "\",\"score\":101}]", 400, "score"));
    bad.add(json("coordinator", "PUT", c + "/sessions/0", "{\"start\":\"2095-04-02T21:00:00+07:00\",\"end\":\"2095-04-02T19:00:00+07:00\"}", 400, "end"));
    bad.add(json("coordinator", "PUT", c + "/sessions/0", "{\"start\":\"tomorrow\",\"end\":\"later\"}", 400, "start"));
    // Bulk enrolment CSV.
    String imp = c + "/enrolments/import?confirm=true";
    byte[] latin1 = "email,fullName,country\nana@example.org,Nguy\u1ec5n \u00c0nh,VN\n".getBytes(StandardCharsets.ISO_8859_1);
    latin1[latin1.length - 8] = (byte) 0xE0; // a lone Latin-1 byte: not UTF-8
    bad.add(new Bad("coordinator", "POST", imp, "text/csv", latin1, false, 400, "UTF-8"));
    bad.add(new Bad("coordinator", "POST", imp, "text/csv", new byte[0], false, 400, "empty"));
    bad.add(new Bad("coordinator", "POST", imp, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), false, 415, "Content-Type"));
    byte[] fifty = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(fifty, (byte) 'a');
    bad.add(new Bad("coordinator", "POST", imp, "text/csv", fifty, false, 413, "too large"));
    bad.add(new Bad("coordinator", "POST", imp, "text/csv", fifty, true, 413, "too large"));
    // People and places.
    bad.add(json("coordinator", "POST", "/api/v1/venues", "{\"code\":\"V-BAD\",\"name\":\"Hall\",\"country\":\"XX\",\"capacity\":-3}", 400, "country"));
    bad.add(json("coordinator", "PUT", "/api/v1/venues/" + venue, "{\"name\":\"\"}", 400, "name"));
    bad.add(json("coordinator", "POST", "/api/v1/trainers", "{\"code\":\"T-BAD\",\"fullName\":\"T\",\"email\":\"nope\",\"countries\":[\"ZZ\"]}", 400, "email"));
    bad.add(json("coordinator", "POST", "/api/v1/trainers/" + trainer + "/qualifications", "{\"courseCode\":\"NOPE-999\"}", 400, "courseCode"));
    // Certificates, profile, accounts, verification.
    bad.add(json("coordinator", "POST", "/api/v1/certificates/" + certificate + "/revoke", "{\"reason\":\"\"}", 400, "reason"));
    bad.add(json("learner", "PUT", "/api/v1/me/profile", "{\"fullName\":\"A\",\"country\":\"VN\",\"gender\":\"ROBOT\",\"consent\":true}", 400, "gender"));
    bad.add(json("admin", "POST", "/api/v1/admin/accounts", "{\"email\":\"x@example.org\",\"password\":\"a long enough passphrase\",\"fullName\":\"X\",\"roles\":[\"GOD\"]}", 400, "roles"));
    bad.add(json("anonymous", "POST", "/api/v1/credentials/verify", "{\"proof\":\"" + repeat('p', 100_000) + "\"}", 400, "credential"));
    // Queries.
    bad.add(json("coordinator", "GET", "/api/v1/cohorts?page=-1&size=100000", "", 400, "page"));
    bad.add(json("coordinator", "GET", "/api/v1/inclusion?stage=nope&from=2026-13", "", 400, "stage"));
    bad.add(json("admin", "GET", "/api/v1/admin/audit?from=yesterday", "", 400, "from"));

    Map<String, String> before;
    try (Connection db = SharedTenaga.database()) {
      before = DatabaseChecksum.of(db);
    }
    List<String> failures = new ArrayList<>();
    Set<String> endpoints = new LinkedHashSet<>();
    for (Bad b : bad) {
      endpoints.add(b.endpoint());
      String what = b.method() + " " + b.path().replaceAll("\\?confirm=true", "") + " [" + b.contentType() + ", " + b.body().length + " bytes"
          + (b.chunked() ? ", chunked" : "") + "]";
      HttpResponse<String> r;
      try {
        r = send(base, tokens.get(b.caller()), b);
      } catch (java.io.IOException noAnswer) {
        failures.add(what + ": no answer (" + noAnswer.getMessage() + ")");
        continue;
      }
      String body = r.body();
      if (r.statusCode() != b.status()) {
        failures.add(what + ": " + r.statusCode() + " instead of " + b.status() + " — " + abbreviate(body));
        continue;
      }
      JsonObject error;
      try {
        error = Json.createReader(new StringReader(body)).readObject();
      } catch (RuntimeException notJson) {
        failures.add(what + ": the answer is not a JSON error — " + abbreviate(body));
        continue;
      }
      if (!error.containsKey("message") || error.getString("message").isBlank()) {
        failures.add(what + ": no message — " + abbreviate(body));
      } else if (!body.toLowerCase(Locale.ROOT).contains(b.names().toLowerCase(Locale.ROOT))) {
        failures.add(what + ": the answer does not name '" + b.names() + "' — " + abbreviate(body));
      }
    }
    Map<String, String> after;
    try (Connection db = SharedTenaga.database()) {
      after = DatabaseChecksum.of(db);
    }
    System.out.printf("bad input: %d distinct bad requests on %d endpoints; %d tables unchanged%n", bad.size(), endpoints.size(), after.size());
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    for (String table : before.keySet()) {
      assertEquals(before.get(table), after.get(table), "table " + table + " changed although every request was refused");
    }
    assertEquals(before.keySet(), after.keySet());
  }

  private static String registration(String override) {
    String field = override.substring(1, override.indexOf('"', 1));
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("email", "\"reg-" + System.nanoTime() + "@example.org\"");
    fields.put("password", "\"" + Programmes.PASSWORD + "\"");
    fields.put("fullName", "\"Bad Input\"");
    fields.put("country", "\"VN\"");
    fields.put("consent", "true");
    fields.remove(field);
    StringBuilder json = new StringBuilder("{").append(override);
    fields.forEach((k, v) -> json.append(",\"").append(k).append("\":").append(v));
    return json.append('}').toString();
  }

  private static HttpResponse<String> send(URI base, String token, Bad b) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(b.path().substring(1))).timeout(Duration.ofMinutes(2))
        .header("Accept", "application/json");
    if (!token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    if (b.method().equals("GET")) {
      request.GET();
    } else {
      HttpRequest.BodyPublisher body = b.chunked()
          ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(b.body()))
          : HttpRequest.BodyPublishers.ofByteArray(b.body());
      // A large declared body is announced first, as curl does, so the server can refuse it before
      // it travels; a chunked one is just sent (the JDK client cannot read an early answer to both).
      request.header("Content-Type", b.contentType()).expectContinue(!b.chunked() && b.body().length > 1024 * 1024).method(b.method(), body);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}

package org.tenaga.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.CohortInvariants;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.PdfFiles;
import org.tenaga.support.TestCohorts;

/**
 * Learners through the API: registration with consent, enrolment and the FIFO waitlist under
 * heavy concurrency, withdrawal promoting the first in line, progress, and certificates that
 * anyone can verify.
 */
@ExtendWith(SharedTenaga.class)
class LearnerIT {

  URI base;
  Api coordinator;

  @BeforeEach
  void setUp() {
    base = SharedTenaga.base();
    coordinator = Api.as(base, "coordinator@tenaga.test");
  }

  private static String registration(String email, String extra) {
    return """
        {"email":"%s","password":"kopi susu di pagi hari","fullName":"Nguyen Van An","country":"VN","province":"VN-SG",
         "gender":"MALE","birthDate":"2001-07-15","locality":"URBAN","sector":"STUDENT",
         "disability":{"seeing":"NONE","hearing":"SOME"},"consent":true%s}
        """.formatted(email, extra);
  }

  private String register(String email) {
    Api.Response r = Api.anonymous(base).post("/api/v1/learners", registration(email, ""));
    assertEquals(201, r.status(), r::toString);
    return r.object().getString("id");
  }

  private String openCohort(int capacity) {
    return TestCohorts.openGenAiInVietNam(coordinator, capacity);
  }

  @Test
  void registrationNamesEveryBadFieldAndNeverRevealsWhoIsRegistered() {
    Api.Response bad = Api.anonymous(base).post("/api/v1/learners", """
        {"email":"nope","password":"short","fullName":"","country":"FR","gender":"ROBOT","birthDate":"2020-01-01",
         "disability":{"seeing":"BLURRY"},"consent":false}
        """);
    assertEquals(400, bad.status(), bad::toString);
    JsonObject fields = bad.object().getJsonObject("fields");
    for (String f : List.of("email", "password", "fullName", "country", "gender", "birthDate", "disability.seeing", "consent")) {
      assertTrue(fields.containsKey(f), () -> f + " missing from " + fields);
    }
    String email = "an-" + System.nanoTime() + "@example.org";
    register(email);
    Api.Response again = Api.anonymous(base).post("/api/v1/learners", registration(email.toUpperCase(), ""));
    assertEquals(409, again.status());
    assertEquals("email_taken", again.object().getString("error"));
    assertEquals("This email cannot be used to register.", again.object().getString("message"));
    // Every demographic question may be left out.
    Api.Response minimal = Api.anonymous(base).post("/api/v1/learners",
        "{\"email\":\"min-" + System.nanoTime() + "@example.org\",\"password\":\"kopi susu di pagi hari\",\"fullName\":\"Min\",\"country\":\"TL\",\"consent\":true}");
    assertEquals(201, minimal.status(), minimal::toString);
  }

  /**
   * 200 requests at once over HTTP: 30 learners each ask for a place in four cohorts of three
   * seats, and for 80 of those 120 places the learner withdraws again straight after. Each
   * learner's requests to one cohort are in order, everything else races. Afterwards every cohort
   * obeys every rule and holds exactly the places whose last request was an enrolment.
   */
  @Test
  void twoHundredConcurrentEnrolmentsAndWithdrawalsAtSmallCohortsKeepEveryRule() throws Exception {
    // Four cohorts of one course in four different years: a learner may hold a place in each.
    String trainer = coordinator.get("/api/v1/trainers?country=VN&course=GENAI-101").array().getJsonObject(0).getString("id");
    int firstYear = 2061 + (int) (System.nanoTime() % 36);
    List<String> cohorts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      cohorts.add(TestCohorts.openIn(coordinator, "GENAI-101", "VN", "VN-SG", trainer, 3, firstYear + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      long run = System.nanoTime();
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String email = "storm-" + run + "-" + i + "@example.org";
        tokens.add(pool.submit(() -> {
          register(email);
          return Api.token(base, email, "kopi susu di pagi hari");
        }));
      }
      List<Api> learners = new ArrayList<>();
      for (Future<String> t : tokens) {
        learners.add(Api.bearer(base, t.get()));
      }
      CountDownLatch go = new CountDownLatch(1);
      Map<String, Boolean> shouldHoldPlace = new HashMap<>(); // "learner/cohort" -> last request was enrol
      List<Future<Integer>> requests = new ArrayList<>();
      int pair = 0;
      for (int l = 0; l < learners.size(); l++) {
        for (String cohort : cohorts) {
          Api learner = learners.get(l);
          boolean withdraws = pair++ % 3 != 0; // 80 of 120
          shouldHoldPlace.put(l + "/" + cohort, !withdraws);
          requests.add(pool.submit(() -> {
            go.await();
            Api.Response enrolled = learner.post("/api/v1/cohorts/" + cohort + "/enrolments", "");
            assertEquals(201, enrolled.status(), enrolled::toString);
            if (!withdraws) {
              return 1;
            }
            Api.Response withdrawn = learner.delete("/api/v1/cohorts/" + cohort + "/enrolments/me");
            assertEquals(200, withdrawn.status(), withdrawn::toString);
            assertEquals("WITHDRAWN", withdrawn.object().getString("status"));
            return 2;
          }));
        }
      }
      go.countDown();
      int sent = 0;
      for (Future<Integer> f : requests) {
        sent += f.get();
      }
      assertEquals(200, sent);

      Map<String, String> learnerIds = new HashMap<>();
      for (int l = 0; l < learners.size(); l++) {
        for (var mine : learners.get(l).get("/api/v1/me/enrolments").array()) {
          JsonObject m = mine.asJsonObject();
          learnerIds.put(m.getString("id"), String.valueOf(l));
        }
      }
      int held = 0;
      for (String cohort : cohorts) {
        for (JsonObject place : CohortInvariants.check(coordinator, cohort)) {
          String learner = learnerIds.get(place.getString("enrolmentId"));
          assertTrue(shouldHoldPlace.get(learner + "/" + cohort), "learner " + learner + " withdrew from " + cohort + " but holds " + place);
          held++;
        }
      }
      assertEquals(40, held, "every place whose last request was an enrolment is held, and no other");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aHundredLearnersRaceForTwentySeatsAndTheWaitlistIsExactFifo() throws Exception {
    String cohort = openCohort(20);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> registered = new ArrayList<>();
      long run = System.nanoTime();
      for (int i = 0; i < 100; i++) {
        String email = "race-" + run + "-" + i + "@example.org";
        registered.add(pool.submit(() -> {
          register(email);
          return email;
        }));
      }
      List<String> emails = new ArrayList<>();
      for (Future<String> f : registered) {
        emails.add(f.get());
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Response>> requests = new ArrayList<>();
      for (String email : emails) {
        requests.add(pool.submit(() -> {
          go.await();
          return Api.as(base, email, "kopi susu di pagi hari").post("/api/v1/cohorts/" + cohort + "/enrolments", "");
        }));
      }
      go.countDown();
      int enrolled = 0;
      Set<Integer> positions = new HashSet<>();
      for (Future<Api.Response> f : requests) {
        Api.Response r = f.get();
        assertEquals(201, r.status(), r::toString);
        if (r.object().getString("status").equals("ENROLLED")) {
          enrolled++;
        } else {
          assertEquals("WAITLISTED", r.object().getString("status"));
          assertTrue(positions.add(r.object().getInt("position")), "no two learners share a position");
        }
      }
      assertEquals(20, enrolled);
      assertEquals(80, positions.size());
      for (int p = 1; p <= 80; p++) {
        assertTrue(positions.contains(p), "position " + p);
      }
      JsonObject c = Api.anonymous(base).get("/api/v1/cohorts/" + cohort).object();
      assertEquals(20, c.getInt("enrolled"));
      assertEquals(80, c.getInt("waitlisted"));

      // A second request by the same learner is refused, and changes nothing.
      Api.Response twice = Api.as(base, emails.get(0), "kopi susu di pagi hari").post("/api/v1/cohorts/" + cohort + "/enrolments", "");
      assertEquals(409, twice.status());
      assertEquals("already_enrolled", twice.object().getString("error"));

      // An enrolled learner withdraws: position 1 takes the seat, everyone moves up.
      String leaver = null;
      String first = null;
      for (var line : coordinator.get("/api/v1/cohorts/" + cohort + "/roster?size=500").array()) {
        JsonObject l = line.asJsonObject();
        if (leaver == null && l.getString("status").equals("ENROLLED")) {
          leaver = l.getString("learnerId");
        }
        if (l.getString("status").equals("WAITLISTED") && l.getInt("position") == 1) {
          first = l.getString("enrolmentId");
        }
      }
      String leaverEmail = null;
      for (String email : emails) {
        JsonObject mine = Api.as(base, email, "kopi susu di pagi hari").get("/api/v1/me/enrolments").array().getJsonObject(0);
        if (mine.getString("status").equals("ENROLLED")) {
          leaverEmail = email;
          break;
        }
      }
      Api.Response withdrawn = Api.as(base, leaverEmail, "kopi susu di pagi hari").delete("/api/v1/cohorts/" + cohort + "/enrolments/me");
      assertEquals(200, withdrawn.status(), withdrawn::toString);
      assertEquals("WITHDRAWN", withdrawn.object().getString("status"));
      boolean promoted = false;
      Set<Integer> after = new HashSet<>();
      for (var line : coordinator.get("/api/v1/cohorts/" + cohort + "/roster?size=500").array()) {
        JsonObject l = line.asJsonObject();
        if (l.getString("enrolmentId").equals(first)) {
          promoted = l.getString("status").equals("ENROLLED");
        }
        if (l.getString("status").equals("WAITLISTED")) {
          after.add(l.getInt("position"));
        }
      }
      assertTrue(promoted, "position 1 took the freed seat");
      assertEquals(79, after.size());
      assertTrue(after.contains(1) && after.contains(79) && !after.contains(80), "the waitlist closed up: " + after);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLearnerSeesTheirProgressAndCertificatesAndAnyoneCanVerifyOne() {
    Api siti = Api.as(base, "learner@tenaga.test");
    Api.Response mine = siti.get("/api/v1/me/enrolments");
    assertEquals(200, mine.status(), mine::toString);
    assertTrue(mine.array().size() >= 3);
    Api.Response certificates = siti.get("/api/v1/me/certificates");
    assertEquals(200, certificates.status());
    assertFalse(certificates.array().isEmpty(), "the demo learner holds a certificate");
    // Other tests may have revoked one issued to her in their own cohorts: take one still valid.
    JsonObject certificate = certificates.array().stream().map(c -> c.asJsonObject())
        .filter(c -> c.getString("status").equals("VALID")).findFirst().orElseThrow();
    assertTrue(certificate.getString("code").matches("[a-z2-7]{32}"), "160 random bits");

    Api.Response verified = Api.anonymous(base).get("/api/v1/certificates/" + certificate.getString("code"));
    assertEquals(200, verified.status(), verified::toString);
    JsonObject v = verified.object();
    assertEquals("Siti Rahmawati", v.getString("holderName"));
    assertEquals(certificate.getString("serial"), v.getString("serial"));
    assertEquals("VALID", v.getString("status"));
    assertFalse(v.toString().contains("learner@tenaga.test"), "no other personal data");
    assertFalse(v.containsKey("birthDate"));

    Api.Response page = Api.anonymous(base).getText("/verify/" + certificate.getString("code"));
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Siti Rahmawati") && page.body().contains("This certificate is valid."), page::body);
    assertTrue(Api.anonymous(base).getText("/verify/unknowncode").body().contains("No certificate has this verification code."));

    assertEquals(404, Api.anonymous(base).get("/api/v1/certificates/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").status());
    assertEquals(404, Api.anonymous(base).get("/api/v1/certificates/not-a-code").status());
    assertEquals(401, Api.anonymous(base).get("/api/v1/me/enrolments").status());
    assertEquals(403, coordinator.get("/api/v1/me/certificates").status());
  }

  @Test
  void aCertificatePdfGoesToItsHolderAndToCoordinatorsOfItsCountryOnly() throws Exception {
    Api siti = Api.as(base, "learner@tenaga.test");
    JsonObject certificate = siti.get("/api/v1/me/certificates").array().getJsonObject(0);
    String code = certificate.getString("code");
    String pdf = "/api/v1/certificates/" + code + "/pdf";

    Api.Download holder = siti.download(pdf);
    assertEquals(200, holder.status(), holder::toString);
    assertEquals("application/pdf", holder.header("Content-Type"));
    assertEquals("attachment; filename=\"" + certificate.getString("serial") + ".pdf\"", holder.header("Content-Disposition"));
    assertEquals(1, PdfFiles.pages(holder.body()));
    String text = PdfFiles.text(holder.body());
    assertTrue(text.contains("Siti Rahmawati") && text.contains(certificate.getString("serial")) && text.contains(certificate.getString("courseTitle")), text);
    // The configured public address (TENAGA_PUBLIC_URL, here its default), whatever Host the request named.
    assertEquals("http://localhost:8080/verify/" + code, PdfFiles.qrCode(holder.body()));

    Api.Download coordinatorOfIndonesia = coordinator.download(pdf);
    assertEquals(200, coordinatorOfIndonesia.status(), coordinatorOfIndonesia::toString);
    assertEquals("application/pdf", coordinatorOfIndonesia.header("Content-Type"));

    assertEquals(401, Api.anonymous(base).download(pdf).status());
    String other = "other-" + System.nanoTime() + "@example.org";
    register(other);
    Api.Download anotherLearner = Api.as(base, other, "kopi susu di pagi hari").download(pdf);
    assertEquals(403, anotherLearner.status(), anotherLearner::toString);
    assertEquals(403, Api.as(base, "coordinator.th@tenaga.test").download(pdf).status(), "a coordinator of other countries");
    assertEquals(403, Api.as(base, "donor@tenaga.test").download(pdf).status());
    assertEquals(404, siti.download("/api/v1/certificates/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/pdf").status());
    assertEquals(404, coordinator.download("/api/v1/certificates/not-a-code/pdf").status());
  }

  @Test
  void aLearnerEditsTheirProfileAndPastEnrolmentsKeepTheSnapshotTakenWhenTheyEnrolled() {
    String email = "profile-" + System.nanoTime() + "@example.org";
    register(email);
    Api learner = Api.as(base, email, "kopi susu di pagi hari");
    String cohort = openCohort(5);
    assertEquals(201, learner.post("/api/v1/cohorts/" + cohort + "/enrolments", "").status());
    JsonObject snapshot = snapshotOfOnlyEnrolment(learner);
    assertEquals("MALE", snapshot.getString("gender"));
    JsonObject registered = learner.get("/api/v1/me/profile").object();
    assertEquals("Nguyen Van An", registered.getString("fullName"));
    assertEquals("SOME", registered.getJsonObject("disability").getString("hearing"));

    // Bad input: 400 naming each field, and nothing changed.
    Api.Response bad = learner.put("/api/v1/me/profile", """
        {"email":"nope","fullName":"","country":"VN","province":"ID-JK","gender":"ROBOT","birthDate":"2020-01-01",
         "disability":{"walking":"LIMPING"}}
        """);
    assertEquals(400, bad.status(), bad::toString);
    JsonObject fields = bad.object().getJsonObject("fields");
    for (String f : List.of("email", "fullName", "province", "gender", "birthDate", "disability.walking")) {
      assertTrue(fields.containsKey(f), () -> f + " missing from " + fields);
    }
    assertEquals(registered, learner.get("/api/v1/me/profile").object(), "nothing changed");
    assertEquals(400, learner.put("/api/v1/me/profile", "").status(), "a body is required");

    // Someone else's email: 409, saying nothing more.
    Api.Response taken = learner.put("/api/v1/me/profile", profile("learner@tenaga.test"));
    assertEquals(409, taken.status(), taken::toString);
    assertEquals("email_taken", taken.object().getString("error"));
    assertEquals(registered, learner.get("/api/v1/me/profile").object(), "nothing changed");

    // A good edit, with a new email that is the login from now on.
    String newEmail = "edited-" + System.nanoTime() + "@example.org";
    Api.Response edited = learner.put("/api/v1/me/profile", profile(newEmail.toUpperCase()));
    assertEquals(200, edited.status(), edited::toString);
    assertEquals(newEmail, edited.object().getString("email"));
    assertEquals("FEMALE", edited.object().getString("gender"));
    assertEquals("VN-HN", edited.object().getString("province"));
    assertEquals("A_LOT", edited.object().getJsonObject("disability").getString("walking"));
    assertTrue(!edited.object().containsKey("sector") || edited.object().isNull("sector"), "left out: prefer not to say");
    assertEquals(401, learner.get("/api/v1/me/profile").status(), "the old email no longer logs in");
    Api renamed = Api.as(base, newEmail, "kopi susu di pagi hari");
    assertEquals(edited.object(), renamed.get("/api/v1/me/profile").object());

    // The enrolment keeps what the learner said when enrolling; the history records which fields changed.
    assertEquals(snapshot, snapshotOfOnlyEnrolment(renamed));
    JsonObject data = renamed.get("/api/v1/me/data").object();
    assertEquals("Nguyen Thi An", data.getJsonObject("account").getString("fullName"));
    String activity = data.getJsonArray("activity").toString();
    assertTrue(activity.contains("Profile edited: email, fullName, province, gender, birthDate, locality, sector, disability"), activity);
    assertFalse(activity.contains(email), "the history follows the new email and holds no old one: " + activity);

    assertEquals(401, Api.anonymous(base).put("/api/v1/me/profile", profile(newEmail)).status());
    assertEquals(403, coordinator.put("/api/v1/me/profile", profile("coordinator@tenaga.test")).status());
  }

  private static String profile(String email) {
    return """
        {"email":"%s","fullName":"Nguyen Thi An","country":"VN","province":"VN-HN","gender":"FEMALE","birthDate":"1985-02-03",
         "locality":"RURAL","disability":{"seeing":"NONE","hearing":"NONE","walking":"A_LOT","cognition":"NONE","selfCare":"NONE",
         "communication":"NONE"}}
        """.formatted(email);
  }

  private static JsonObject snapshotOfOnlyEnrolment(Api learner) {
    var enrolments = learner.get("/api/v1/me/data").object().getJsonArray("enrolments");
    assertEquals(1, enrolments.size());
    return enrolments.getJsonObject(0).getJsonObject("snapshotAtEnrolment");
  }

  @Test
  void aLearnerDownloadsTheirDataAndThenErasesIt() {
    String email = "rights-" + System.nanoTime() + "@example.org";
    register(email);
    Api learner = Api.as(base, email, "kopi susu di pagi hari");
    Api.Response data = learner.get("/api/v1/me/data");
    assertEquals(200, data.status(), data::toString);
    assertEquals(email, data.object().getJsonObject("profile").getString("email"));
    assertEquals("2025-01", data.object().getJsonObject("profile").getString("consentPolicyVersion"));
    assertEquals(403, coordinator.get("/api/v1/me/data").status());

    assertEquals(204, learner.delete("/api/v1/me").status());
    assertEquals(401, learner.get("/api/v1/me/data").status(), "the account is gone");
    Api.Response again = Api.anonymous(base).post("/api/v1/learners", registration(email, ""));
    assertEquals(201, again.status(), "the email is free again: " + again);
  }

  @Test
  void enrolmentIsRefusedWhenTheCohortIsNotOpenOrAPrerequisiteIsMissing() {
    String email = "refused-" + System.nanoTime() + "@example.org";
    register(email);
    Api learner = Api.as(base, email, "kopi susu di pagi hari");
    String completed = coordinator.get("/api/v1/cohorts?status=COMPLETED&country=VN&size=1").array().getJsonObject(0).getString("id");
    Api.Response notOpen = learner.post("/api/v1/cohorts/" + completed + "/enrolments", "");
    assertEquals(422, notOpen.status(), notOpen::toString);
    assertEquals("not_open", notOpen.object().getString("error"));
    for (var c : Api.anonymous(base).get("/api/v1/cohorts?status=OPEN&course=TOT-AI-MSME&size=5").array()) {
      Api.Response r = learner.post("/api/v1/cohorts/" + c.asJsonObject().getString("id") + "/enrolments", "");
      assertEquals(409, r.status(), r::toString);
      assertEquals("prerequisites_not_met", r.object().getString("error"));
    }
    assertEquals(404, learner.delete("/api/v1/cohorts/" + completed + "/enrolments/me").status());
  }
}

package org.tenaga.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.SharedTenaga;

/**
 * Coordinators scheduling and running cohorts through the API: plans checked field by field,
 * sessions from a pattern, clashes refused (also when two saves race), scope, status, roster,
 * attendance, results and completion with certificates.
 */
@ExtendWith(SharedTenaga.class)
class SchedulingIT {

  /** Each test plans in its own year, so that tests never clash with each other or the demo data. */
  private static final AtomicInteger YEAR = new AtomicInteger(2040 + (int) (System.nanoTime() % 20) * 2);

  URI base;
  Api coordinator;

  @BeforeEach
  void setUp() {
    base = SharedTenaga.base();
    coordinator = Api.as(base, "coordinator@tenaga.test");
  }

  private String trainer(String country, String course, int which) {
    JsonArray trainers = coordinator.get("/api/v1/trainers?country=" + country + "&course=" + course).array();
    assertTrue(trainers.size() > which, "demo data has trainers for " + course + " in " + country);
    return trainers.getJsonObject(which).getString("id");
  }

  private JsonObject venue(String country) {
    return coordinator.get("/api/v1/venues?country=" + country).array().getJsonObject(0);
  }

  private static String plan(String venueId, String province, String trainerId, int year, String days, int weeks) {
    return """
        {"courseCode":"AI-MSME-101","country":"ID","province":"%s","venueId":"%s","online":false,"language":"id",
         "startDate":"%d-03-02","endDate":"%d-06-30","capacity":20,"trainerIds":["%s"],
         "pattern":{"days":[%s],"start":"09:00","end":"12:00","weeks":%d}}
        """.formatted(province, venueId, year, year, trainerId, days, weeks);
  }

  @Test
  void aCoordinatorSchedulesACohortFromAWeeklyPattern() {
    JsonObject venue = venue("ID");
    int year = YEAR.getAndIncrement();
    Api.Response r = coordinator.post("/api/v1/cohorts", plan(venue.getString("id"), venue.getString("province"), trainer("ID", "AI-MSME-101", 0), year, "\"TUE\",\"THU\"", 4));
    assertEquals(201, r.status(), r::toString);
    JsonObject cohort = r.object();
    assertEquals("DRAFT", cohort.getString("status"));
    JsonArray sessions = cohort.getJsonArray("sessions");
    assertEquals(8, sessions.size(), "Tue and Thu for 4 weeks");
    // 2 March of that year onwards, at 09:00 Jakarta time.
    assertTrue(sessions.getJsonObject(0).getString("start").endsWith("T09:00:00+07:00") || sessions.getJsonObject(0).getString("start").endsWith("T09:00+07:00"),
        sessions.getJsonObject(0)::toString);
    assertTrue(r.header("Location").endsWith("/api/v1/cohorts/" + cohort.getString("id")));
  }

  @Test
  void aBadPlanIsRefusedNamingEveryField() {
    Api.Response r = coordinator.post("/api/v1/cohorts", """
        {"courseCode":"AI-MSME-101","country":"ID","province":"ID-JK","online":true,"language":"my",
         "startDate":"2041-05-01","endDate":"2041-04-01","capacity":-5,"trainerIds":[],
         "pattern":{"days":["FUNDAY"],"start":"09:00","end":"08:00","weeks":0}}
        """);
    assertEquals(400, r.status(), r::toString);
    JsonObject fields = r.object().getJsonObject("fields");
    for (String f : List.of("language", "endDate", "capacity", "trainerIds", "pattern.days", "pattern.weeks", "pattern.end")) {
      assertTrue(fields.containsKey(f), () -> f + " missing from " + fields);
    }
    assertEquals(400, coordinator.post("/api/v1/cohorts", "{\"courseCode\":\"NOPE\",\"startDate\":\"0000-01-01\"}").status());
    assertEquals(400, coordinator.post("/api/v1/cohorts", "{\"capacity\":\"many\"}").status(), "a wrong type is a 400");
  }

  @Test
  void aCoordinatorCannotScheduleOutsideTheirCountries() {
    Api.Response r = coordinator.post("/api/v1/cohorts", """
        {"courseCode":"AI-MSME-101","country":"TH","province":"TH-10","online":true,"language":"th",
         "startDate":"2041-05-01","endDate":"2041-06-01","capacity":20,"trainerIds":["1"],
         "pattern":{"days":["MON"],"start":"09:00","end":"12:00","weeks":2}}
        """);
    assertEquals(403, r.status(), r::toString);
    assertEquals(401, Api.anonymous(base).post("/api/v1/cohorts", "{}").status());
    assertEquals(403, Api.as(base, "learner@tenaga.test").post("/api/v1/cohorts", "{}").status());
  }

  @Test
  void aTrainerCannotTeachTwoOverlappingSessionsAndTheClashIsNamed() {
    JsonObject venue = venue("ID");
    String trainer = trainer("ID", "AI-MSME-101", 0);
    int year = YEAR.getAndIncrement();
    Api.Response first = coordinator.post("/api/v1/cohorts", plan(venue.getString("id"), venue.getString("province"), trainer, year, "\"TUE\"", 2));
    assertEquals(201, first.status(), first::toString);
    String firstCode = first.object().getString("code");
    String firstDay = first.object().getJsonArray("sessions").getJsonObject(0).getString("start").substring(0, 10);

    // Same trainer, online, 10:00–11:00 on the day of the first session (09:00–12:00).
    Api.Response clash = coordinator.post("/api/v1/cohorts", """
        {"courseCode":"AI-MSME-101","country":"ID","province":"%s","online":true,"language":"id",
         "startDate":"%d-03-01","endDate":"%d-06-30","capacity":30,"trainerIds":["%s"],
         "sessions":[{"start":"%sT10:00:00+07:00","end":"%sT11:00:00+07:00"}]}
        """.formatted(venue.getString("province"), year, year, trainer, firstDay, firstDay));
    assertEquals(409, clash.status(), clash::toString);
    assertEquals("trainer_conflict", clash.object().getString("error"));
    String message = clash.object().getString("message");
    assertTrue(message.contains(firstCode) && message.contains("AI-MSME-101") && message.contains("09:00–12:00"), message);

    // The same venue, another trainer, at the same time: the venue clashes.
    String otherTrainer = trainer("ID", "AI-MSME-101", 1);
    Api.Response venueClash = coordinator.post("/api/v1/cohorts", plan(venue.getString("id"), venue.getString("province"), otherTrainer, year, "\"TUE\"", 1));
    assertEquals(409, venueClash.status(), venueClash::toString);
    assertEquals("venue_conflict", venueClash.object().getString("error"));
    assertTrue(venueClash.object().getString("message").contains(venue.getString("name")));
  }

  @Test
  void twoConcurrentSavesCannotDoubleBookATrainer() throws Exception {
    String trainer = trainer("ID", "AI-MSME-101", 0);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        int year = YEAR.getAndIncrement();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> saves = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          String body = """
              {"courseCode":"AI-MSME-101","country":"ID","province":"ID-JK","online":true,"language":"id",
               "startDate":"%d-03-01","endDate":"%d-03-31","capacity":30,"trainerIds":["%s"],
               "sessions":[{"start":"%d-03-03T09:00:00+07:00","end":"%d-03-03T12:00:00+07:00"}]}
              """.formatted(year, year, trainer, year, year);
          Callable<Api.Response> save = () -> {
            go.await();
            return coordinator.post("/api/v1/cohorts", body);
          };
          saves.add(pool.submit(save));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> f : saves) {
          statuses.add(f.get().status());
        }
        statuses.sort(null);
        assertEquals(List.of(201, 409), statuses, "round " + round + ": exactly one save wins");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCohortMovesFromDraftToOpenAndCancellingNeedsAReason() {
    JsonObject venue = venue("ID");
    int year = YEAR.getAndIncrement();
    String id = coordinator.post("/api/v1/cohorts", plan(venue.getString("id"), venue.getString("province"), trainer("ID", "AI-MSME-101", 0), year, "\"WED\"", 2)).object().getString("id");
    Api.Response open = coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}");
    assertEquals(200, open.status(), open::toString);
    assertEquals("OPEN", open.object().getString("status"));
    assertEquals(422, coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"COMPLETED\"}").status(), "must run first");
    Api.Response noReason = coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"CANCELLED\"}");
    assertEquals(400, noReason.status());
    assertTrue(noReason.object().getJsonObject("fields").containsKey("reason"));
    Api.Response cancelled = coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"CANCELLED\",\"reason\":\"Venue flooded\"}");
    assertEquals("CANCELLED", cancelled.object().getString("status"));
    assertEquals("Venue flooded", cancelled.object().getString("cancelReason"));
    assertEquals(400, coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"SOMEDAY\"}").status());
    assertEquals(404, coordinator.post("/api/v1/cohorts/999999999/status", "{\"status\":\"OPEN\"}").status());
  }

  private JsonObject runningCohortIn(String country) {
    JsonArray running = coordinator.get("/api/v1/cohorts?status=RUNNING&country=" + country).array();
    assertFalse(running.isEmpty(), "the demo data has running cohorts in " + country);
    return running.getJsonObject(0);
  }

  @Test
  void theRosterIsPagedAndForItsCoordinatorsAndTrainersOnly() {
    JsonObject cohort = runningCohortIn("PH");
    String id = cohort.getString("id");
    Api.Response page = coordinator.get("/api/v1/cohorts/" + id + "/roster?page=0&size=5");
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.array().size() <= 5);
    assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= cohort.getInt("enrolled"));
    JsonObject first = page.array().getJsonObject(0);
    for (String f : List.of("enrolmentId", "learnerId", "fullName", "status", "attendancePercent")) {
      assertTrue(first.containsKey(f), f);
    }
    assertEquals(403, Api.as(base, "coordinator.th@tenaga.test").get("/api/v1/cohorts/" + id + "/roster").status());
    assertEquals(403, Api.as(base, "learner@tenaga.test").get("/api/v1/cohorts/" + id + "/roster").status());
    assertEquals(403, Api.as(base, "donor@tenaga.test").get("/api/v1/cohorts/" + id + "/roster").status());
    assertEquals(400, coordinator.get("/api/v1/cohorts/" + id + "/roster?size=501").status());
  }

  @Test
  void attendanceAndResultsAreSavedInCheckedBatchesAndCompletionIssuesCertificates() {
    JsonObject cohort = runningCohortIn("VN");
    String id = cohort.getString("id");
    int sessions = coordinator.get("/api/v1/cohorts/" + id).object().getJsonArray("sessions").size();
    JsonArray roster = coordinator.get("/api/v1/cohorts/" + id + "/roster?size=500").array();
    List<String> enrolled = new ArrayList<>();
    for (var v : roster) {
      if (v.asJsonObject().getString("status").equals("ENROLLED")) {
        enrolled.add(v.asJsonObject().getString("enrolmentId"));
      }
    }
    assertTrue(enrolled.size() >= 2);
    // A batch with one bad mark changes nothing and names the bad one.
    Api.Response bad = coordinator.put("/api/v1/cohorts/" + id + "/attendance",
        "[{\"enrolmentId\":\"" + enrolled.get(0) + "\",\"sessionIndex\":0,\"present\":true},{\"enrolmentId\":\"" + enrolled.get(1) + "\",\"sessionIndex\":" + sessions + ",\"present\":true}]");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.object().getJsonObject("fields").containsKey("[1].sessionIndex"));

    // The first learner attends every session and passes; the second attends none.
    StringBuilder marks = new StringBuilder("[");
    for (int s = 0; s < sessions; s++) {
      marks.append(s == 0 ? "" : ",").append("{\"enrolmentId\":\"").append(enrolled.get(0)).append("\",\"sessionIndex\":").append(s).append(",\"present\":true}")
          .append(",{\"enrolmentId\":\"").append(enrolled.get(1)).append("\",\"sessionIndex\":").append(s).append(",\"present\":false}");
    }
    marks.append("]");
    Api.Response saved = coordinator.put("/api/v1/cohorts/" + id + "/attendance", marks.toString());
    assertEquals(200, saved.status(), saved::toString);
    assertEquals(2 * sessions, saved.object().getInt("recorded"));
    Api.Response results = coordinator.put("/api/v1/cohorts/" + id + "/results",
        "[{\"enrolmentId\":\"" + enrolled.get(0) + "\",\"score\":95},{\"enrolmentId\":\"" + enrolled.get(1) + "\",\"score\":40}]");
    assertEquals(200, results.status(), results::toString);
    assertEquals(400, coordinator.put("/api/v1/cohorts/" + id + "/results", "[{\"enrolmentId\":\"" + enrolled.get(0) + "\",\"score\":101}]").status());

    JsonObject line = line(id, enrolled.get(0));
    assertEquals(100, line.getInt("attendancePercent"));
    assertEquals(95, line.getInt("score"));
    assertEquals(0, line(id, enrolled.get(1)).getInt("attendancePercent"));

    Api.Response completed = coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"COMPLETED\"}");
    assertEquals(200, completed.status(), completed::toString);
    assertEquals("COMPLETED", line(id, enrolled.get(0)).getString("status"));
    assertEquals("NOT_COMPLETED", line(id, enrolled.get(1)).getString("status"));
    assertEquals(422, coordinator.put("/api/v1/cohorts/" + id + "/attendance",
        "[{\"enrolmentId\":\"" + enrolled.get(0) + "\",\"sessionIndex\":0,\"present\":false}]").status(), "a completed cohort's attendance is closed");
  }

  @Test
  void aTrainerRecordsAttendanceForOwnCohortsOnly() {
    Api trainer = Api.as(base, "trainer@tenaga.test");
    JsonArray running = coordinator.get("/api/v1/cohorts?status=RUNNING&country=ID&size=500").array();
    String own = null;
    String other = null;
    for (var v : running) {
      String id = v.asJsonObject().getString("id");
      int status = trainer.get("/api/v1/cohorts/" + id + "/roster?size=1").status();
      if (status == 200 && own == null) {
        own = id;
      } else if (status == 403 && other == null) {
        other = id;
      }
    }
    assertTrue(own != null, "the demo trainer runs a cohort in Indonesia");
    JsonArray roster = trainer.get("/api/v1/cohorts/" + own + "/roster?size=500").array();
    String enrolment = null;
    for (var v : roster) {
      if (v.asJsonObject().getString("status").equals("ENROLLED")) {
        enrolment = v.asJsonObject().getString("enrolmentId");
        break;
      }
    }
    Api.Response r = trainer.put("/api/v1/cohorts/" + own + "/attendance", "[{\"enrolmentId\":\"" + enrolment + "\",\"sessionIndex\":0,\"present\":true}]");
    assertEquals(200, r.status(), r::toString);
    if (other != null) {
      assertEquals(403, trainer.put("/api/v1/cohorts/" + other + "/attendance", "[{\"enrolmentId\":\"1\",\"sessionIndex\":0,\"present\":true}]").status());
    }
  }

  @Test
  void aCsvWithBadRowsIsReportedByRowAndFieldAndNothingIsImportedUntilConfirmed() {
    JsonObject venue = venue("ID");
    int year = YEAR.getAndIncrement();
    String id = coordinator.post("/api/v1/cohorts", plan(venue.getString("id"), venue.getString("province"), trainer("ID", "AI-MSME-101", 0), year, "\"FRI\"", 2))
        .object().getString("id");
    assertEquals(200, coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}").status());
    String newcomer = "new-" + System.nanoTime() + "@example.org";
    String csv = "email,fullName,country,province,gender,birthDate,locality,sector,consent\n"
        + "learner@tenaga.test,,,,,,,,\n"
        + newcomer + ",Dewi Lestari,ID,ID-JK,FEMALE,1999-05-01,URBAN,MSME,yes\n"
        + "not-an-email,,,,,,,,\n"
        + "someone-" + System.nanoTime() + "@example.org,Budi,XX,,MALE,2020-01-01,URBAN,MSME,no\n"
        + "learner@tenaga.test,,,,,,,,\n";
    Api.Response checked = coordinator.post("/api/v1/cohorts/" + id + "/enrolments/import", "text/csv", csv);
    assertEquals(200, checked.status(), checked::toString);
    JsonObject report = checked.object();
    assertFalse(report.getBoolean("valid"));
    assertEquals(2, report.getInt("validRows"));
    List<String> problems = new ArrayList<>();
    for (var p : report.getJsonArray("rows")) {
      problems.add(p.asJsonObject().getInt("row") + ":" + p.asJsonObject().getString("field"));
    }
    assertTrue(problems.containsAll(List.of("3:email", "4:country", "4:birthDate", "4:consent", "5:email")), problems::toString);
    assertEquals(0, coordinator.get("/api/v1/cohorts/" + id + "/roster").array().size(), "checking imports nothing");

    Api.Response imported = coordinator.post("/api/v1/cohorts/" + id + "/enrolments/import?confirm=true", "text/csv", csv);
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(2, imported.object().getInt("imported"));
    assertEquals(2, coordinator.get("/api/v1/cohorts/" + id + "/roster").array().size());

    Api.Response notUtf8 = Api.as(base, "coordinator@tenaga.test").post("/api/v1/cohorts/" + id + "/enrolments/import", "text/csv",
        new byte[] {'e', 'm', 'a', 'i', 'l', '\n', (byte) 0xC3, (byte) 0x28});
    assertEquals(400, notUtf8.status(), notUtf8::toString);
    assertEquals(400, coordinator.post("/api/v1/cohorts/" + id + "/enrolments/import", "text/csv", "name,shoe size\nx,42\n").status());
    assertEquals(403, Api.as(base, "coordinator.th@tenaga.test").post("/api/v1/cohorts/" + id + "/enrolments/import", "text/csv", csv).status());
  }

  @Test
  void aSessionIsMovedOneByOneAndAClashIsRefused() {
    String trainerId = trainer("ID", "AI-MSME-101", 0);
    int year = YEAR.getAndIncrement();
    String body = """
        {"courseCode":"AI-MSME-101","country":"ID","province":"ID-JK","online":true,"language":"id",
         "startDate":"%d-03-01","endDate":"%d-03-31","capacity":30,"trainerIds":["%s"],
         "sessions":[{"start":"%d-03-03T09:00:00+07:00","end":"%d-03-03T12:00:00+07:00"},{"start":"%d-03-05T09:00:00+07:00","end":"%d-03-05T12:00:00+07:00"}]}
        """.formatted(year, year, trainerId, year, year, year, year);
    JsonObject cohort = coordinator.post("/api/v1/cohorts", body).object();
    String id = cohort.getString("id");
    Api.Response moved = coordinator.put("/api/v1/cohorts/" + id + "/sessions/1", "{\"start\":\"%d-03-06T14:00:00+07:00\",\"end\":\"%d-03-06T17:00:00+07:00\"}".formatted(year, year));
    assertEquals(200, moved.status(), moved::toString);
    assertTrue(moved.object().getJsonArray("sessions").getJsonObject(1).getString("start").startsWith(year + "-03-06T14:00"));
    // Onto its own other session: the trainer cannot be there twice.
    Api.Response clash = coordinator.put("/api/v1/cohorts/" + id + "/sessions/1", "{\"start\":\"%d-03-03T10:00:00+07:00\",\"end\":\"%d-03-03T11:00:00+07:00\"}".formatted(year, year));
    assertEquals(409, clash.status(), clash::toString);
    assertEquals("trainer_conflict", clash.object().getString("error"));
    assertEquals(400, coordinator.put("/api/v1/cohorts/" + id + "/sessions/0", "{\"start\":\"tomorrow\",\"end\":\"later\"}").status());
    assertEquals(404, coordinator.put("/api/v1/cohorts/" + id + "/sessions/7", "{\"start\":\"%d-03-06T14:00:00+07:00\",\"end\":\"%d-03-06T17:00:00+07:00\"}".formatted(year, year)).status());
  }

  @Test
  void raisingTheCapacityPromotesTheWaitlistInOrderAndItNeverDropsBelowTheSeatsTaken() {
    int year = YEAR.getAndIncrement();
    String body = """
        {"courseCode":"AI-MSME-101","country":"PH","province":"PH-00","online":true,"language":"en",
         "startDate":"%d-05-01","endDate":"%d-05-31","capacity":1,"trainerIds":["%s"],
         "sessions":[{"start":"%d-05-04T09:00:00+08:00","end":"%d-05-04T12:00:00+08:00"}]}
        """.formatted(year, year, trainer("PH", "AI-MSME-101", 0), year, year);
    Api.Response created = coordinator.post("/api/v1/cohorts", body);
    assertEquals(201, created.status(), created::toString);
    String id = created.object().getString("id");
    coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}");
    Api.Response imported = coordinator.post("/api/v1/cohorts/" + id + "/enrolments/import?confirm=true", "text/csv",
        "email\nilham.ndun.0004@learners.tenaga.test\nwahyuni.sitompul.0005@learners.tenaga.test\n");
    assertEquals(2, imported.object().getInt("imported"), imported::toString);
    JsonObject before = coordinator.get("/api/v1/cohorts/" + id).object();
    assertEquals(1, before.getInt("enrolled"));
    assertEquals(1, before.getInt("waitlisted"));

    Api.Response raised = coordinator.put("/api/v1/cohorts/" + id + "/capacity", "{\"capacity\":2}");
    assertEquals(200, raised.status(), raised::toString);
    assertEquals(2, raised.object().getInt("enrolled"));
    assertEquals(0, raised.object().getInt("waitlisted"));
    Api.Response tooLow = coordinator.put("/api/v1/cohorts/" + id + "/capacity", "{\"capacity\":1}");
    assertEquals(400, tooLow.status());
    assertTrue(tooLow.object().getJsonObject("fields").getString("capacity").contains("2 seats already taken"));
    assertEquals(403, Api.as(base, "coordinator.th@tenaga.test").put("/api/v1/cohorts/" + id + "/capacity", "{\"capacity\":5}").status());
  }

  private JsonObject line(String cohortId, String enrolmentId) {
    for (var v : coordinator.get("/api/v1/cohorts/" + cohortId + "/roster?size=500").array()) {
      if (v.asJsonObject().getString("enrolmentId").equals(enrolmentId)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("no roster line " + enrolmentId);
  }
}

package org.tenaga.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;

/** Test set-up through the public API: cohorts of one's own and learners who complete them. */
public final class Programmes {

  public static final String PASSWORD = "kopi susu di pagi hari";

  private Programmes() {}

  /** An OPEN online cohort of GENAI-101 in Viet Nam with one evening session, in a year of its own. */
  public static String openCohort(Api coordinator, int capacity) {
    String trainer = coordinator.get("/api/v1/trainers?country=VN&course=GENAI-101").array().getJsonObject(0).getString("id");
    for (int attempt = 0; attempt < 20; attempt++) {
      long n = System.nanoTime();
      int year = 2100 - (int) (n % 40);
      int day = 1 + (int) (n / 7 % 9);
      Api.Response created = coordinator.post("/api/v1/cohorts", """
          {"courseCode":"GENAI-101","country":"VN","province":"VN-SG","online":true,"language":"vi",
           "startDate":"%d-04-01","endDate":"%d-04-30","capacity":%d,"trainerIds":["%s"],
           "sessions":[{"start":"%d-04-0%dT19:00:00+07:00","end":"%d-04-0%dT21:00:00+07:00"}]}
          """.formatted(year, year, capacity, trainer, year, day, year, day));
      if (created.status() == 409) {
        continue; // another test's cohort holds that trainer's evening: try another
      }
      assertEquals(201, created.status(), created::toString);
      String id = created.object().getString("id");
      assertEquals(200, coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}").status());
      return id;
    }
    throw new AssertionError("no free evening for a test cohort");
  }

  /** Registers a learner (password {@link #PASSWORD}) and returns their id. */
  public static String register(URI base, String email, String fullName) {
    Api.Response r = Api.anonymous(base).post("/api/v1/learners", """
        {"email":"%s","password":"%s","fullName":"%s","country":"VN","province":"VN-SG",
         "gender":"FEMALE","birthDate":"1999-02-11","locality":"RURAL","sector":"MSME","consent":true}
        """.formatted(email, PASSWORD, fullName));
    assertEquals(201, r.status(), r::toString);
    return r.object().getString("id");
  }

  /** Runs the cohort: every ENROLLED learner attends every session and scores 90; then COMPLETED. */
  public static void completeWithEveryonePassing(Api coordinator, String cohort) {
    assertEquals(200, coordinator.post("/api/v1/cohorts/" + cohort + "/status", "{\"status\":\"RUNNING\"}").status());
    int sessions = coordinator.get("/api/v1/cohorts/" + cohort).object().getJsonArray("sessions").size();
    JsonArray roster = coordinator.get("/api/v1/cohorts/" + cohort + "/roster?size=500").array();
    StringBuilder marks = new StringBuilder("[");
    StringBuilder scores = new StringBuilder("[");
    for (var line : roster) {
      JsonObject l = line.asJsonObject();
      if (!l.getString("status").equals("ENROLLED")) {
        continue;
      }
      String enrolment = l.getString("enrolmentId");
      for (int s = 0; s < sessions; s++) {
        marks.append(marks.length() > 1 ? "," : "").append("{\"enrolmentId\":\"").append(enrolment)
            .append("\",\"sessionIndex\":").append(s).append(",\"present\":true}");
      }
      scores.append(scores.length() > 1 ? "," : "").append("{\"enrolmentId\":\"").append(enrolment).append("\",\"score\":90}");
    }
    assertEquals(200, coordinator.put("/api/v1/cohorts/" + cohort + "/attendance", marks.append("]").toString()).status());
    assertEquals(200, coordinator.put("/api/v1/cohorts/" + cohort + "/results", scores.append("]").toString()).status());
    Api.Response done = coordinator.post("/api/v1/cohorts/" + cohort + "/status", "{\"status\":\"COMPLETED\"}");
    assertEquals(200, done.status(), done::toString);
  }
}

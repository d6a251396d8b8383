package org.tenaga.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;

/** Test set-up through the public API: learners of one's own who complete a cohort (see {@link TestCohorts}). */
public final class Programmes {

  public static final String PASSWORD = "kopi susu di pagi hari";

  private Programmes() {}

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

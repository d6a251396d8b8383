package org.tenaga.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cohorts that tests need, scheduled and opened through the API by a coordinator. */
public final class TestCohorts {

  private TestCohorts() {}

  /**
   * An OPEN online cohort of GENAI-101 (no prerequisites, no assessment: attending 75% completes
   * it) in Viet Nam with one evening session, in a far year of its own so that it clashes with
   * nothing; the coordinator must act in Viet Nam.
   *
   * @return the cohort's id
   */
  public static String openGenAiInVietNam(Api coordinator, int capacity) {
    String trainer = coordinator.get("/api/v1/trainers?country=VN&course=GENAI-101").array().getJsonObject(0).getString("id");
    for (int attempt = 0; attempt < 20; attempt++) {
      int year = 2100 - (int) (System.nanoTime() % 40);
      int day = 1 + (int) (System.nanoTime() % 9);
      Api.Response created = coordinator.post("/api/v1/cohorts", """
          {"courseCode":"GENAI-101","country":"VN","province":"VN-SG","online":true,"language":"vi",
           "startDate":"%d-04-01","endDate":"%d-04-30","capacity":%d,"trainerIds":["%s"],
           "sessions":[{"start":"%d-04-0%dT19:00:00+07:00","end":"%d-04-0%dT21:00:00+07:00"}]}
          """.formatted(year, year, capacity, trainer, year, day, year, day));
      if (created.status() == 409) {
        continue; // another test's cohort took that slot: pick another year
      }
      assertEquals(201, created.status(), created::toString);
      String id = created.object().getString("id");
      Api.Response opened = coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}");
      assertEquals(200, opened.status(), opened::toString);
      return id;
    }
    throw new AssertionError("no free evening for a test cohort in 20 attempts");
  }
}

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
    return open(coordinator, "GENAI-101", "VN", "VN-SG", trainer, capacity);
  }

  /**
   * An OPEN online cohort of a course taught by the given trainer, in a far year of its own so
   * that it clashes with nothing.
   *
   * @return the cohort's id
   */
  public static String open(Api coordinator, String course, String country, String province, String trainer, int capacity) {
    String id = draft(coordinator, course, country, province, trainer, capacity);
    Api.Response opened = coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}");
    assertEquals(200, opened.status(), opened::toString);
    return id;
  }

  /** The same cohort left as a DRAFT. */
  public static String draft(Api coordinator, String course, String country, String province, String trainer, int capacity) {
    for (int attempt = 0; attempt < 20; attempt++) {
      int year = 2100 - (int) (System.nanoTime() % 40);
      int day = 1 + (int) (System.nanoTime() % 9);
      Api.Response created = coordinator.post("/api/v1/cohorts", body(course, country, province, trainer, capacity, year, day));
      if (created.status() == 409) {
        continue; // another test's cohort took that slot: pick another year
      }
      assertEquals(201, created.status(), created::toString);
      return created.object().getString("id");
    }
    throw new AssertionError("no free evening for a test cohort in 20 attempts");
  }

  /**
   * An OPEN cohort like {@link #open} in the given year (April), on the first free evening: cohorts
   * of one course in different years never overlap, so one learner may hold a place in each.
   */
  public static String openIn(Api coordinator, String course, String country, String province, String trainer, int capacity, int year) {
    for (int day = 1; day <= 9; day++) {
      Api.Response created = coordinator.post("/api/v1/cohorts", body(course, country, province, trainer, capacity, year, day));
      if (created.status() == 409) {
        continue;
      }
      assertEquals(201, created.status(), created::toString);
      String id = created.object().getString("id");
      Api.Response opened = coordinator.post("/api/v1/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}");
      assertEquals(200, opened.status(), opened::toString);
      return id;
    }
    throw new AssertionError("no free evening in April " + year);
  }

  /** The JSON of a new online cohort with one evening session on day {@code day} of April {@code year}. */
  public static String body(String course, String country, String province, String trainer, int capacity, int year, int day) {
    return """
        {"courseCode":"%s","country":"%s","province":"%s","online":true,"language":"%s",
         "startDate":"%d-04-01","endDate":"%d-04-30","capacity":%d,"trainerIds":["%s"],
         "sessions":[{"start":"%d-04-0%dT19:00:00+07:00","end":"%d-04-0%dT21:00:00+07:00"}]}
        """.formatted(course, country, province, country.equals("VN") ? "vi" : "en", year, year, capacity, trainer, year, day, year, day);
  }
}

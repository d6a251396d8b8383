package org.tenaga.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The enrolment rules of a cohort as seen through the API after any storm of requests: seats
 * never exceed capacity, the waitlist is numbered 1..n without gaps or repeats, a learner holds at
 * most one place, and the cohort's counters agree with its roster.
 */
public final class CohortInvariants {

  private CohortInvariants() {}

  /** Checks every rule; returns the roster's lines that hold a place (enrolled or waitlisted). */
  public static List<JsonObject> check(Api coordinator, String cohort) {
    JsonObject c = coordinator.get("/api/v1/cohorts/" + cohort).object();
    int capacity = c.getInt("capacity");
    Api.Response roster = coordinator.get("/api/v1/cohorts/" + cohort + "/roster?size=500");
    assertEquals(200, roster.status(), roster::toString);
    assertTrue(Integer.parseInt(roster.header("X-Total-Count")) <= 500, "roster fits one page");
    List<JsonObject> places = new ArrayList<>();
    Set<String> learners = new HashSet<>();
    Set<Integer> positions = new HashSet<>();
    int enrolled = 0;
    for (var line : roster.array()) {
      JsonObject l = line.asJsonObject();
      String status = l.getString("status");
      if (!status.equals("ENROLLED") && !status.equals("WAITLISTED")) {
        continue;
      }
      places.add(l);
      assertTrue(learners.add(l.getString("learnerId")), () -> "one place per learner in " + cohort + ": " + l);
      if (status.equals("ENROLLED")) {
        enrolled++;
      } else {
        assertTrue(positions.add(l.getInt("position")), () -> "waitlist position repeated in " + cohort + ": " + l);
      }
    }
    assertTrue(enrolled <= capacity, "cohort " + cohort + " has " + enrolled + " seats taken of " + capacity);
    for (int p = 1; p <= positions.size(); p++) {
      assertTrue(positions.contains(p), "waitlist of " + cohort + " has a gap at " + p + ": " + positions);
    }
    if (!positions.isEmpty()) {
      assertEquals(capacity, enrolled, "no one waits while a seat is free in " + cohort);
    }
    assertEquals(enrolled, c.getInt("enrolled"), "the cohort's seat counter agrees with its roster");
    assertEquals(positions.size(), c.getInt("waitlisted"), "the cohort's waitlist counter agrees with its roster");
    return places;
  }
}

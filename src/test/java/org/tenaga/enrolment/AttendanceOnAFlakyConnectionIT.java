package org.tenaga.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenaga.support.Api;
import org.tenaga.support.Browser;
import org.tenaga.support.Programmes;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.TestCohorts;

/**
 * A trainer's connection drops while saving attendance: the ticks stay on the page, a status
 * message says it was not saved and will be retried, and once the network is back the grid is
 * saved without another click, exactly as ticked.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class AttendanceOnAFlakyConnectionIT {

  private static final List<String> LEARNERS = List.of("Ani Wulandari", "Bagus Pratama", "Citra Maharani");
  /** Ani and Citra were there; Bagus was not. */
  private static final List<String> PRESENT = List.of("Ani Wulandari", "Citra Maharani");

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aSaveWithoutNetworkKeepsTheTicksAndIsRetriedUntilItArrives() {
    URI base = SharedTenaga.base();
    Api coordinator = Api.as(base, "coordinator@tenaga.test");
    String cohort = TestCohorts.openGenAiInVietNam(coordinator, 5);
    for (String name : LEARNERS) {
      String email = "flaky-" + System.nanoTime() + "@example.org";
      Programmes.register(base, email, name);
      assertEquals(201, Api.as(base, email, Programmes.PASSWORD).post("/api/v1/cohorts/" + cohort + "/enrolments", "").status());
    }
    assertEquals(200, coordinator.post("/api/v1/cohorts/" + cohort + "/status", "{\"status\":\"RUNNING\"}").status());

    browser = new Browser(base);
    browser.login("coordinator@tenaga.test");
    browser.open("/coordinator/cohort.xhtml?id=" + cohort);
    browser.waitFor(By.id("attendance"));
    PRESENT.forEach(name -> box(name).click());

    browser.offline(true);
    browser.driver().findElement(By.id("attendance:save-attendance")).click();
    browser.waitUntil(d -> note().startsWith("Not saved yet"));
    assertEquals(PRESENT, ticked(), "the ticks stay on the page");
    assertEquals(Map.of("Ani Wulandari", 0, "Bagus Pratama", 0, "Citra Maharani", 0), attendance(coordinator, cohort), "nothing reached the server");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'center'})", browser.driver().findElement(By.id("attendance:attendance-note")));
    browser.screenshot("screenshots", "attendance-offline");

    browser.offline(false);
    browser.waitUntil(d -> note().startsWith("Attendance saved"));
    assertEquals(Map.of("Ani Wulandari", 100, "Bagus Pratama", 0, "Citra Maharani", 100), attendance(coordinator, cohort));
    assertEquals(PRESENT, ticked());

    // A reload shows what was stored.
    browser.open("/coordinator/cohort.xhtml?id=" + cohort);
    browser.waitFor(By.id("attendance"));
    assertEquals(PRESENT, ticked());
    browser.assertNoScriptErrors();
  }

  private static WebElement box(String learner) {
    return browser.driver().findElement(By.xpath(
        "//form[@id='attendance']//tr[th[normalize-space()='" + learner + "']]//input[@type='checkbox']"));
  }

  private static List<String> ticked() {
    return LEARNERS.stream().filter(name -> box(name).isSelected()).toList();
  }

  private static String note() {
    return browser.driver().findElement(By.id("attendance:attendance-note")).getText();
  }

  /** Attendance percent by learner, as the API reports the roster. */
  private static Map<String, Integer> attendance(Api coordinator, String cohort) {
    return coordinator.get("/api/v1/cohorts/" + cohort + "/roster").array().stream()
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(l -> l.getString("fullName"), l -> l.getJsonNumber("attendancePercent").intValue()));
  }
}

package org.tenaga.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tenaga.support.Api;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.Browser;

/**
 * A coordinator's day in Chromium: schedule a cohort from a weekly pattern, meet a trainer
 * clash named on the page, fix it, open the cohort, enrol learners, start it, record attendance
 * and results, complete it and see the certificates issued.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class CoordinatorJourneyIT {

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCoordinatorSchedulesRunsAndCompletesACohort() {
    URI base = SharedTenaga.base();
    Api coordinator = Api.as(base, "coordinator@tenaga.test");
    // A trainer qualified for AI-MSME-101 in Indonesia, already teaching on Tuesday mornings of a far year.
    int year = 2090 + (int) (System.nanoTime() % 9);
    LocalDate firstTuesday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    JsonObject trainer = coordinator.get("/api/v1/trainers?country=ID&course=AI-MSME-101").array().getJsonObject(0);
    Api.Response busy = coordinator.post("/api/v1/cohorts", """
        {"courseCode":"AI-MSME-101","country":"ID","province":"ID-JK","online":true,"language":"id",
         "startDate":"%s","endDate":"%s","capacity":30,"trainerIds":["%s"],
         "sessions":[{"start":"%sT09:00:00+07:00","end":"%sT12:00:00+07:00"}]}
        """.formatted(firstTuesday, firstTuesday, trainer.getString("id"), firstTuesday, firstTuesday));
    assertEquals(201, busy.status(), busy::toString);
    String busyCode = busy.object().getString("code");

    if (browser == null) {
      browser = new Browser(base);
    }
    browser.driver().manage().deleteAllCookies();
    Browser b = browser.login("coordinator@tenaga.test");
    b.waitFor(By.id("new-cohort")).click();

    // Tue and Thu 09:00–12:00 for 2 weeks, online, with the busy trainer.
    select(b, "plan:course", "AI-MSME-101 · AI Literacy for Micro, Small and Medium Enterprises");
    b.waitUntil(d -> d.findElements(By.cssSelector("#plan\\:trainers input")).size() > 0);
    select(b, "plan:country", "ID");
    b.waitUntil(d -> new Select(d.findElement(By.id("plan:province"))).getOptions().size() > 1);
    new Select(b.driver().findElement(By.id("plan:province"))).selectByIndex(1);
    b.driver().findElement(By.id("plan:online")).click();
    select(b, "plan:language", "Bahasa Indonesia");
    setDate(b, "plan:start", firstTuesday);
    setDate(b, "plan:end", firstTuesday.plusWeeks(2));
    WebElement capacity = b.driver().findElement(By.id("plan:capacity"));
    capacity.clear();
    capacity.sendKeys("2");
    WebElement weeks = b.driver().findElement(By.id("plan:weeks"));
    weeks.clear();
    weeks.sendKeys("2");
    b.waitFor(By.xpath("//fieldset//label[normalize-space()='" + trainer.getString("fullName") + "']")).click();
    b.driver().findElement(By.id("plan:save")).click();

    // Refused, naming the trainer and the other cohort.
    String refusal = b.waitFor(By.cssSelector("#messages li")).getText();
    assertTrue(refusal.contains(trainer.getString("fullName")) && refusal.contains(busyCode), refusal);
    b.screenshot("screenshots", "coordinator-conflict");

    // Move the sessions to the afternoon: saved.
    WebElement from = b.driver().findElement(By.id("plan:from"));
    setTime(b, from, "14:00");
    setTime(b, b.driver().findElement(By.id("plan:to")), "17:00");
    b.driver().findElement(By.id("plan:save")).click();
    b.waitFor(By.id("cohort-title"));
    assertEquals("Draft", b.driver().findElement(By.id("cohort-status")).getText());
    assertEquals(4, b.driver().findElements(By.cssSelector("#sessions tbody tr")).size(), "Tue and Thu for 2 weeks");

    b.driver().findElement(By.id("status:open")).click();
    b.waitUntil(d -> d.findElement(By.id("cohort-status")).getText().equals("Open"));

    // Enrol two learners; a third goes on the waitlist (capacity 2).
    for (String email : List.of("learner@tenaga.test", "ilham.ndun.0004@learners.tenaga.test", "wahyuni.sitompul.0005@learners.tenaga.test")) {
      WebElement field = b.waitFor(By.id("enrol:email"));
      field.clear();
      field.sendKeys(email);
      b.driver().findElement(By.id("enrol:enrol-learner")).click();
      b.waitUntil(d -> d.findElement(By.id("messages")).getText().contains(email));
    }
    assertTrue(b.driver().findElement(By.id("messages")).getText().contains("Waitlisted"));

    b.driver().findElement(By.id("status:start")).click();
    b.waitUntil(d -> d.findElement(By.id("cohort-status")).getText().equals("Running"));

    // Siti attends all four sessions and scores 88; the other attends one and scores 30.
    List<WebElement> rows = b.driver().findElements(By.cssSelector("#attendance table tbody tr"));
    assertEquals(2, rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<WebElement> boxes = rows.get(r).findElements(By.cssSelector("input[type=checkbox]"));
      boolean siti = rows.get(r).getText().contains("Siti Rahmawati");
      for (int i = 0; i < boxes.size(); i++) {
        if (siti || i == 0) {
          boxes.get(i).click();
        }
      }
      WebElement score = rows.get(r).findElement(By.cssSelector("input[type=number]"));
      score.clear();
      score.sendKeys(siti ? "88" : "30");
    }
    b.driver().findElement(By.id("attendance:save-attendance")).click();
    b.waitUntil(d -> d.findElement(By.id("attendance:attendance-note")).getText().contains("Attendance saved"));
    b.driver().findElement(By.id("attendance:save-results")).click();
    b.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Results saved"));
    String roster = b.driver().findElement(By.id("roster:lines")).getText();
    assertTrue(roster.contains("100%") && roster.contains("25%"), roster);

    b.driver().findElement(By.id("status:complete")).click();
    b.waitUntil(d -> d.findElement(By.id("cohort-status")).getText().equals("Completed"));
    String certificates = b.waitFor(By.id("certs:certificates")).getText();
    assertTrue(certificates.contains("Siti Rahmawati") && certificates.contains("TNG-"), certificates);
    assertFalse(certificates.contains("Ilham"), "the learner who missed sessions gets no certificate");
    assertTrue(b.driver().findElement(By.id("history")).getText().contains("Completed"), "the history tab records the completion");
    b.screenshot("screenshots", "coordinator-completed");

    // A certificate is revoked with a reason; the table says so at once.
    b.driver().findElement(By.id("certs:certificates:0:revoke")).click();
    b.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("reason"));
    b.driver().findElement(By.id("certs:certificates:0:reason")).sendKeys("Attendance sheet <b>forged</b>");
    b.driver().findElement(By.id("certs:certificates:0:revoke")).click();
    b.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("is revoked"));
    String revoked = b.waitFor(By.id("certs:certificates")).getText();
    assertTrue(revoked.contains("Revoked: Attendance sheet <b>forged</b>"), "shown as text, not markup: " + revoked);
    assertTrue(b.driver().findElements(By.id("certs:certificates:0:revoke")).isEmpty(), "no second revocation offered");
    b.assertNoScriptErrors();
  }

  @Test
  void theCalendarShowsTheSessionsOfTheCoordinatorsCountriesAndLinksToTheirCohorts() {
    URI base = SharedTenaga.base();
    if (browser == null) {
      browser = new Browser(base);
    }
    browser.driver().manage().deleteAllCookies();
    Browser b = browser.login("coordinator@tenaga.test");
    b.open("/coordinator/calendar.xhtml");
    b.waitUntil(d -> !d.findElements(By.cssSelector("#calendar\\:schedule a.fc-event")).isEmpty());
    List<WebElement> events = b.driver().findElements(By.cssSelector("#calendar\\:schedule a.fc-event"));
    for (WebElement e : events) {
      assertTrue(e.getAttribute("href").contains("cohort.xhtml?id="), e.getAttribute("href"));
      assertTrue(e.getText().matches("(?s).*C20\\d\\d-(ID|PH|VN)-.*"), "only the coordinator's countries: " + e.getText());
    }
    b.screenshot("screenshots", "coordinator-calendar");
    // Filter by the country of an event in view, so that the filtered view has one to open.
    java.util.regex.Matcher shown = java.util.regex.Pattern.compile("C20\\d\\d-(ID|PH|VN)-").matcher(events.get(0).getText());
    assertTrue(shown.find(), events.get(0).getText());
    String country = shown.group(1);
    new Select(b.driver().findElement(By.id("calendar:country"))).selectByValue(country);
    // The schedule is re-rendered: wait for the new events (none at all is the moment in between).
    b.waitUntil(d -> {
      List<WebElement> now = d.findElements(By.cssSelector("#calendar\\:schedule a.fc-event"));
      return !now.isEmpty() && now.stream().allMatch(e -> e.getText().contains("-" + country + "-"));
    });
    b.driver().findElements(By.cssSelector("#calendar\\:schedule a.fc-event")).get(0).click();
    b.waitFor(By.id("cohort-title"));
  }

  private static void select(Browser b, String id, String label) {
    new Select(b.driver().findElement(By.id(id))).selectByVisibleText(label);
  }

  /** Date inputs take the date as the browser's locale types it; set it through the DOM instead. */
  private static void setDate(Browser b, String id, LocalDate date) {
    ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
  }

  private static void setTime(Browser b, WebElement input, String time) {
    ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", input, time);
  }
}

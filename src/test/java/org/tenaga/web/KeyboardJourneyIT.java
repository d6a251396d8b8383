package org.tenaga.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenaga.support.Api;
import org.tenaga.support.Browser;
import org.tenaga.support.SharedTenaga;

/**
 * A learner who cannot use a mouse: from the home page to a confirmed place in a cohort with Tab,
 * Enter, Space and typing only. Every element the learner acts on must show where the focus is.
 * Nothing here clicks; the keys go to whatever element has the focus, as they would for a person.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class KeyboardJourneyIT {

  private static final int MOST_TABS_PER_STEP = 150;

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aLearnerFindsACohortAndEnrolsWithTheKeyboardAlone() {
    URI base = SharedTenaga.base();
    String email = "keyboard-" + System.nanoTime() + "@example.org";
    String password = "tab tab enter space";
    Api.Response registered = Api.anonymous(base).post("/api/v1/learners", "{\"email\":\"" + email + "\",\"password\":\""
        + password + "\",\"fullName\":\"Siti Keyboard\",\"country\":\"ID\",\"gender\":\"FEMALE\",\"consent\":true}");
    assertEquals(201, registered.status(), registered::toString);

    browser = new Browser(base);
    browser.open("/index.xhtml");
    browser.waitFor(By.id("main"));

    // The first Tab reaches "skip to content", and Enter moves the focus into the page's main part.
    press(Keys.TAB);
    assertTrue(focused().getAttribute("class").contains("skip-link"), "first tab stop: " + describe(focused()));
    assertFocusVisible();
    press(Keys.ENTER);
    browser.waitUntil(d -> "main".equals(focused().getAttribute("id")));

    tabTo("the log-in link", e -> "login-link".equals(e.getAttribute("id")));
    press(Keys.ENTER);
    browser.waitFor(By.id("email"));
    tabTo("the email field", e -> "email".equals(e.getAttribute("id")));
    type(email);
    press(Keys.TAB);
    assertEquals("password", focused().getAttribute("id"));
    type(password);
    press(Keys.ENTER);
    assertEquals("Siti Keyboard", browser.waitFor(By.id("current-user")).getText());

    tabTo("Find a cohort", e -> "find-cohorts".equals(e.getAttribute("id")));
    press(Keys.ENTER);
    browser.waitFor(By.id("find:country"));
    tabTo("the country filter", e -> "find:country".equals(e.getAttribute("id")));
    WebElement unfiltered = browser.driver().findElement(By.id("find:results"));
    type("Indonesia"); // a closed select takes typed text as its choice and fires its change
    browser.waitUntil(ExpectedConditions.stalenessOf(unfiltered)::apply);
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#find\\:results tbody tr a")).isEmpty()
        && d.findElements(By.cssSelector("#find\\:results tbody tr")).stream().allMatch(r -> r.getText().contains("ID")));
    tabTo("seats left only", e -> "find:seats".equals(e.getAttribute("id")));
    WebElement before = browser.driver().findElement(By.id("find:results"));
    press(Keys.SPACE);
    browser.waitUntil(ExpectedConditions.stalenessOf(before)::apply); // the results were drawn again
    assertTrue(browser.driver().findElement(By.id("find:seats")).isSelected());
    assertEquals("find:seats", focused().getAttribute("id"), "the focus stays on the box after the results change");
    // A course without prerequisites: neither a train-the-trainer nor an advanced course.
    String course = tabTo("a cohort without prerequisites", e -> "a".equals(e.getTagName())
        && (boolean) js("return arguments[0].closest('#find\\\\:results tbody') != null", e)
        && !e.getText().startsWith("Train-the-Trainer") && !e.getText().startsWith("Advanced")).getText();
    press(Keys.ENTER);
    assertEquals(course, browser.waitFor(By.id("cohort-title")).getText());

    tabTo("Enrol", e -> "place:enrol".equals(e.getAttribute("id")));
    press(Keys.ENTER);
    browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("You are enrolled"));
    assertTrue(browser.driver().findElement(By.id("place:my-status")).getText().contains("Enrolled"));

    tabTo("My learning", e -> "a".equals(e.getTagName()) && e.getAttribute("href").endsWith("/learner/index.xhtml"));
    press(Keys.ENTER);
    String mine = browser.waitFor(By.id("enrolments")).getText();
    assertTrue(mine.contains(course) && mine.contains("Enrolled"), mine);
    browser.assertNoScriptErrors();
  }

  /**
   * Presses Tab until the focused element is the one wanted (and fails after too many presses,
   * naming the path the focus took); checks that the element shows its focus.
   */
  private WebElement tabTo(String what, Predicate<WebElement> wanted) {
    List<String> path = new ArrayList<>();
    for (int i = 0; i < MOST_TABS_PER_STEP; i++) {
      press(Keys.TAB);
      WebElement now = focused();
      if (wanted.test(now)) {
        assertFocusVisible();
        return now;
      }
      path.add(describe(now));
    }
    throw new AssertionError(what + " was not reached by Tab; the focus went " + path);
  }

  private void assertFocusVisible() {
    String outline = (String) js("var s = getComputedStyle(document.activeElement);"
        + " return s.outlineStyle + ' ' + s.outlineWidth + ' / ' + s.boxShadow;");
    assertNotEquals("none", outline.split(" ")[0], "no visible focus on " + describe(focused()) + ": " + outline);
  }

  private void press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  private void type(String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
  }

  private WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  private static String describe(WebElement e) {
    String id = e.getAttribute("id");
    return e.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + "[" + e.getText().strip().lines().findFirst().orElse("") + "]";
  }
}

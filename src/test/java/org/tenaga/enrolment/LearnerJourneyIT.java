package org.tenaga.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.tenaga.platform.Deployments;
import org.tenaga.support.Api;
import org.tenaga.support.Browser;

/** A learner in Chromium: registers, finds an open cohort, enrols, and sees it in My learning. */
@ExtendWith({ArquillianExtension.class, Browser.ScreenshotOnFailure.class})
@RunAsClient
class LearnerJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tenaga();
  }

  @ArquillianResource URL deploymentUrl;
  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aNewLearnerRegistersFindsACohortAndEnrols() {
    URI base = Api.localBase(deploymentUrl);
    browser = new Browser(base);
    Browser b = browser.open("/register.xhtml");
    String email = "journey-" + System.nanoTime() + "@example.org";
    b.waitFor(By.id("reg:email")).sendKeys(email);
    b.driver().findElement(By.id("reg:password")).sendKeys("nasi goreng setiap hari");
    b.driver().findElement(By.id("reg:name")).sendKeys("Ratna Dewi");
    new Select(b.driver().findElement(By.id("reg:country"))).selectByVisibleText("Indonesia");
    b.waitUntil(d -> new Select(d.findElement(By.id("reg:province"))).getOptions().size() > 1);
    new Select(b.driver().findElement(By.id("reg:gender"))).selectByVisibleText("Female");
    new Select(b.driver().findElement(By.id("reg:locality"))).selectByVisibleText("Rural");
    // Without consent the registration is refused, naming the field.
    b.driver().findElement(By.id("reg:submit")).click();
    assertTrue(b.waitFor(By.cssSelector("#messages li")).getText().startsWith("consent"));
    b.driver().findElement(By.id("reg:password")).sendKeys("nasi goreng setiap hari");
    b.driver().findElement(By.id("reg:consent")).click();
    b.driver().findElement(By.id("reg:submit")).click();
    assertEquals("Ratna Dewi", b.waitFor(By.id("current-user")).getText());
    assertTrue(b.driver().getCurrentUrl().contains("/learner/"));

    b.driver().findElement(By.id("find-cohorts")).click();
    new Select(b.waitFor(By.id("find:country"))).selectByVisibleText("Indonesia");
    b.driver().findElement(By.id("find:seats")).click();
    b.waitUntil(d -> d.findElements(By.cssSelector("#find\\:results tbody tr a")).size() > 0
        && d.findElements(By.cssSelector("#find\\:results tbody tr")).stream().allMatch(r -> r.getText().contains("ID")));
    b.screenshot("screenshots", "learner-cohorts");
    // A course without prerequisites (not a train-the-trainer or advanced course).
    b.driver().findElements(By.cssSelector("#find\\:results tbody tr a")).stream()
        .filter(a -> !a.getText().startsWith("Train-the-Trainer") && !a.getText().startsWith("Advanced"))
        .findFirst().orElseThrow().click();
    String course = b.waitFor(By.id("cohort-title")).getText();
    b.driver().findElement(By.id("place:enrol")).click();
    b.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("You are enrolled"));
    assertTrue(b.driver().findElement(By.id("place:my-status")).getText().contains("ENROLLED"));
    b.open("/learner/index.xhtml");
    String mine = b.waitFor(By.id("enrolments")).getText();
    assertTrue(mine.contains(course) && mine.contains("ENROLLED"), mine);
    b.screenshot("screenshots", "learner-my-learning");
  }
}

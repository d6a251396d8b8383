package org.tenaga.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tenaga.support.Api;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.Browser;
import org.tenaga.support.PdfFiles;
import org.tenaga.support.Programmes;
import org.tenaga.support.TestCohorts;

/**
 * A learner in Chromium: registers, finds an open cohort, enrols, and sees it in My learning;
 * waits on a full cohort's waitlist until a seat frees up, completes, downloads the certificate
 * PDF and follows its QR code to the verification page.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class LearnerJourneyIT {

  private static final String PASSWORD = "nasi goreng setiap hari";

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private Browser freshBrowser(URI base) {
    if (browser == null) {
      browser = new Browser(base);
    }
    browser.driver().manage().deleteAllCookies();
    return browser;
  }

  /** Registers through the registration page (first refused without consent); returns the email. */
  private static String registerInBrowser(Browser b, String fullName) {
    b.open("/register.xhtml");
    String email = "journey-" + System.nanoTime() + "@example.org";
    b.waitFor(By.id("reg:email")).sendKeys(email);
    b.driver().findElement(By.id("reg:password")).sendKeys(PASSWORD);
    b.driver().findElement(By.id("reg:name")).sendKeys(fullName);
    new Select(b.driver().findElement(By.id("reg:country"))).selectByVisibleText("Indonesia");
    b.waitUntil(d -> new Select(d.findElement(By.id("reg:province"))).getOptions().size() > 1);
    new Select(b.driver().findElement(By.id("reg:gender"))).selectByVisibleText("Female");
    new Select(b.driver().findElement(By.id("reg:locality"))).selectByVisibleText("Rural");
    // Without consent the registration is refused, naming the field.
    b.driver().findElement(By.id("reg:submit")).click();
    assertTrue(b.waitFor(By.cssSelector("#messages li")).getText().startsWith("Consent"));
    b.driver().findElement(By.id("reg:password")).sendKeys(PASSWORD);
    b.driver().findElement(By.id("reg:consent")).click();
    b.driver().findElement(By.id("reg:submit")).click();
    assertEquals(fullName, b.waitFor(By.id("current-user")).getText());
    assertTrue(b.driver().getCurrentUrl().contains("/learner/"));
    return email;
  }

  @Test
  void aNewLearnerRegistersFindsACohortAndEnrols() {
    URI base = SharedTenaga.base();
    Browser b = freshBrowser(base);
    registerInBrowser(b, "Ratna Dewi");

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
    assertTrue(b.driver().findElement(By.id("place:my-status")).getText().contains("Enrolled"));
    b.open("/learner/index.xhtml");
    String mine = b.waitFor(By.id("enrolments")).getText();
    assertTrue(mine.contains(course) && mine.contains("Enrolled"), mine);
    b.screenshot("screenshots", "learner-my-learning");

    // The profile page: the registration's questions, answered again.
    b.driver().findElement(By.id("edit-profile")).click();
    WebElement name = b.waitFor(By.id("profile:name"));
    assertEquals("Rural", new Select(b.driver().findElement(By.id("profile:locality"))).getFirstSelectedOption().getText());
    name.clear();
    name.sendKeys("Ratna Dewi Lestari");
    new Select(b.driver().findElement(By.id("profile:locality"))).selectByVisibleText("Urban");
    b.driver().findElement(By.id("profile:save")).click();
    b.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Your profile is saved."));
    assertEquals("Ratna Dewi Lestari", b.driver().findElement(By.id("current-user")).getText());
    assertEquals("Urban", new Select(b.driver().findElement(By.id("profile:locality"))).getFirstSelectedOption().getText());
    b.screenshot("screenshots", "learner-profile");
  }

  @Test
  void aWaitlistedLearnerIsPromotedCompletesAndVerifiesTheCertificateThroughItsQrCode() throws Exception {
    URI base = SharedTenaga.base();
    Api coordinator = Api.as(base, "coordinator@tenaga.test");
    // A cohort of one seat, taken by a learner registered through the API.
    String cohort = TestCohorts.openGenAiInVietNam(coordinator, 1);
    String first = "first-" + System.nanoTime() + "@example.org";
    Api.Response registered = Api.anonymous(base).post("/api/v1/learners",
        "{\"email\":\"" + first + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"Tran Minh Khoa\",\"country\":\"VN\",\"consent\":true}");
    assertEquals(201, registered.status(), registered::toString);
    Api firstLearner = Api.as(base, first, PASSWORD);
    assertEquals("ENROLLED", firstLearner.post("/api/v1/cohorts/" + cohort + "/enrolments", "").object().getString("status"));

    // Our learner registers in Chromium and joins the full cohort's waitlist.
    Browser b = freshBrowser(base);
    String email = registerInBrowser(b, "Putri Handayani");
    b.open("/cohort.xhtml?id=" + cohort);
    String course = b.waitFor(By.id("cohort-title")).getText();
    b.driver().findElement(By.id("place:enrol")).click();
    b.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("you are on the waitlist at position 1"));
    assertTrue(b.driver().findElement(By.id("place:my-status")).getText().contains("Waitlisted #1"),
        b.driver().findElement(By.id("place:my-status")).getText());
    b.open("/learner/index.xhtml");
    assertTrue(b.waitFor(By.id("enrolments")).getText().contains("Waitlisted #1"));

    // The seat holder withdraws: the first in line takes the seat.
    assertEquals(200, firstLearner.delete("/api/v1/cohorts/" + cohort + "/enrolments/me").status());
    b.open("/learner/index.xhtml");
    String mine = b.waitFor(By.id("enrolments")).getText();
    assertTrue(mine.contains(course) && mine.contains("Enrolled") && !mine.contains("Waitlisted"), mine);

    // The coordinator runs the cohort through the API: started, attended, completed.
    Programmes.completeWithEveryonePassing(coordinator, cohort);
    JsonObject certificate = Api.as(base, email, PASSWORD).get("/api/v1/me/certificates").array().getJsonObject(0);

    // The learner downloads the PDF from My learning.
    b.open("/learner/index.xhtml");
    b.waitFor(By.id("certificates:0:pdf")).click();
    Path pdf = b.awaitDownload(certificate.getString("serial") + ".pdf");
    b.screenshot("screenshots", "learner-certificate");
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals(1, PdfFiles.pages(bytes));
    assertTrue(PdfFiles.text(bytes).contains("Putri Handayani"));

    // The same certificate as a signed Open Badge, which Tenaga's public verifier accepts.
    b.driver().findElement(By.id("certificates:0:badge")).click();
    String credential = Files.readString(b.awaitDownload(certificate.getString("serial") + ".json"));
    Api.Response checked = Api.anonymous(base).post("/api/v1/credentials/verify", credential);
    assertEquals(200, checked.status(), checked::toString);
    assertTrue(checked.object().getBoolean("verified"), checked::toString);

    // Its QR code holds the public verification address (TENAGA_PUBLIC_URL); open it here.
    URI verification = URI.create(PdfFiles.qrCode(bytes));
    assertEquals("/verify/" + certificate.getString("code"), verification.getPath());
    b.open(verification.getPath());
    assertEquals("This certificate is valid.", b.waitFor(By.id("verify-result")).getText());
    assertEquals("Putri Handayani", b.driver().findElement(By.id("holder")).getText());
    assertEquals(certificate.getString("serial"), b.driver().findElement(By.id("serial")).getText());
    b.screenshot("screenshots", "learner-verified");
    b.assertNoScriptErrors();
  }
}

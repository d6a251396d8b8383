package org.tenaga.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenaga.support.Api;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.Browser;

/**
 * Tenaga from the outside, as clients and people meet it: the public API, roles on the API and on
 * pages, and the catalogue in a real browser. One shared server serves every test here.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class WebIT {

  static Browser browser;
  URI base;

  @BeforeEach
  void setUp() {
    base = SharedTenaga.base();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private Browser browser() {
    if (browser == null) {
      browser = new Browser(base);
    }
    browser.driver().manage().deleteAllCookies();
    return browser;
  }

  private Api anonymous() {
    return Api.anonymous(base);
  }

  private static long courseFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("courses"))) {
      return s.filter(p -> p.toString().endsWith(".md")).count();
    }
  }

  // --- operations ---

  @Test
  void readinessIsUpOnlyAfterStartup() {
    Api.Response r = anonymous().get("/health/ready");
    assertEquals(200, r.status(), r::toString);
    assertEquals("UP", r.object().getString("status"));
    assertEquals(200, anonymous().get("/health/live").status());
  }

  @Test
  void openApiAndMetricsArePublished() {
    Api.Response openapi = anonymous().get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/courses"), "the OpenAPI document lists the API");
    assertEquals(200, anonymous().getText("/metrics").status());
  }

  // --- catalogue API ---

  @Test
  void theCatalogueListsEveryCourseFile() throws IOException {
    Api.Response r = anonymous().get("/api/v1/courses");
    assertEquals(200, r.status());
    assertEquals(courseFiles(), r.array().size());
    JsonObject first = r.array().getJsonObject(0);
    for (String field : List.of("code", "title", "level", "hours", "languages", "deliveryModes", "skills", "commitments")) {
      assertTrue(first.containsKey(field), field);
    }
  }

  @Test
  void oneCourseCarriesItsSanitisedDescriptionAndCompletionRule() {
    JsonObject course = anonymous().get("/api/v1/courses/AI-MSME-101").object();
    assertEquals("AI-MSME-101", course.getString("code"));
    assertTrue(course.getString("descriptionHtml").contains("<h2>"));
    assertFalse(course.getString("descriptionHtml").toLowerCase().contains("<script"));
    assertEquals(80, course.getJsonObject("completion").getInt("minAttendancePercent"));
    assertEquals(60, course.getJsonObject("completion").getInt("passScore"));
  }

  @Test
  void anUnknownCourseIs404WithTheUniformErrorBody() {
    Api.Response r = anonymous().get("/api/v1/courses/NOPE-999");
    assertEquals(404, r.status());
    assertEquals("not_found", r.object().getString("error"));
    assertTrue(r.object().getString("message").contains("NOPE-999"));
  }

  // --- cohorts API ---

  @Test
  void openCohortsAreListedWithTheirCountsAndPaged() {
    Api.Response r = anonymous().get("/api/v1/cohorts?status=OPEN&size=5");
    assertEquals(200, r.status());
    assertTrue(r.array().size() > 0 && r.array().size() <= 5);
    assertTrue(Integer.parseInt(r.header("X-Total-Count")) >= r.array().size());
    JsonObject c = r.array().getJsonObject(0);
    assertEquals("OPEN", c.getString("status"));
    assertTrue(c.getInt("enrolled") <= c.getInt("capacity"));
    assertTrue(c.get("id") instanceof JsonString, "ids are strings");

    JsonObject one = anonymous().get("/api/v1/cohorts/" + c.getString("id")).object();
    assertFalse(one.getJsonArray("sessions").isEmpty());
    assertTrue(one.getJsonArray("sessions").getJsonObject(0).containsKey("start"));
  }

  @Test
  void cohortsFilterByCountryAndCourse() {
    for (var v : anonymous().get("/api/v1/cohorts?country=ID&course=AI-MSME-101&size=500").array()) {
      assertEquals("ID", v.asJsonObject().getString("country"));
      assertEquals("AI-MSME-101", v.asJsonObject().getString("courseCode"));
    }
  }

  @Test
  void draftsAreHiddenFromThePublicButNotFromCoordinators() {
    assertEquals(0, anonymous().get("/api/v1/cohorts?status=DRAFT").array().size());
    assertTrue(Api.as(base, "coordinator@tenaga.test").get("/api/v1/cohorts?status=DRAFT").array().size() > 0);
  }

  @Test
  void badQueryParametersAreRefusedNamingTheField() {
    Api.Response r = anonymous().get("/api/v1/cohorts?status=SOMETIME");
    assertEquals(400, r.status());
    assertTrue(r.object().getJsonObject("fields").containsKey("status"));
    assertEquals(400, anonymous().get("/api/v1/cohorts?size=100000").status());
    assertEquals(404, anonymous().get("/api/v1/cohorts/not-a-number").status());
  }

  // --- roles on the API ---

  @Test
  void trainersAndVenuesAreForCoordinators() {
    assertEquals(401, anonymous().get("/api/v1/trainers").status());
    assertEquals(403, Api.as(base, "learner@tenaga.test").get("/api/v1/trainers").status());
    assertEquals(403, Api.as(base, "donor@tenaga.test").get("/api/v1/venues").status());

    Api.Response trainers = Api.as(base, "coordinator@tenaga.test").get("/api/v1/trainers?country=ID&course=AI-MSME-101");
    assertEquals(200, trainers.status(), trainers::toString);
    assertFalse(trainers.array().isEmpty());
    for (var t : trainers.array()) {
      assertTrue(t.asJsonObject().getJsonArray("countries").contains(jakarta.json.Json.createValue("ID")));
      assertTrue(t.asJsonObject().getJsonArray("qualifications").contains(jakarta.json.Json.createValue("AI-MSME-101")));
    }
    assertEquals(200, Api.as(base, "coordinator@tenaga.test").get("/api/v1/venues?country=PH").status());
  }

  @Test
  void aCoordinatorIsRefusedOutsideTheirCountries() {
    Api.Response r = Api.as(base, "coordinator@tenaga.test").get("/api/v1/venues?country=TH");
    assertEquals(403, r.status());
    assertEquals("forbidden", r.object().getString("error"));
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    Api.Response wrong = Api.as(base, "coordinator@tenaga.test", "not-the-password").get("/api/v1/trainers");
    Api.Response unknown = Api.as(base, "nobody@tenaga.test", "not-the-password").get("/api/v1/trainers");
    assertEquals(401, wrong.status());
    assertEquals(wrong.body(), unknown.body());
    assertEquals(wrong.status(), unknown.status());
  }

  @Test
  void theApiNeverCreatesASession() {
    Api.Response r = Api.as(base, "coordinator@tenaga.test").get("/api/v1/venues");
    assertEquals(200, r.status());
    assertTrue(r.raw().headers().allValues("Set-Cookie").isEmpty(), () -> r.raw().headers().toString());
  }

  // --- admin ---

  @Test
  void anAdminCreatesAnAccountAndBadFieldsAreNamed() {
    Api admin = Api.as(base, "admin@tenaga.test");
    Api.Response bad = admin.post("/api/v1/admin/accounts", "{\"email\":\"not-an-email\",\"password\":\"short\",\"roles\":[\"WIZARD\"]}");
    assertEquals(400, bad.status(), bad::toString);
    JsonObject fields = bad.object().getJsonObject("fields");
    assertTrue(fields.containsKey("email") && fields.containsKey("password") && fields.containsKey("fullName") && fields.containsKey("roles"), fields::toString);

    String email = "coord-" + UUID.randomUUID() + "@tenaga.test";
    String body = "{\"email\":\"" + email + "\",\"password\":\"a long enough passphrase\",\"fullName\":\"Nguyen Thi Lan\","
        + "\"roles\":[\"COORDINATOR\"],\"countries\":[\"VN\"],\"organisation\":\"ASEAN-FOUNDATION\"}";
    Api.Response created = admin.post("/api/v1/admin/accounts", body);
    assertEquals(201, created.status(), created::toString);
    assertNotNull(created.object().getString("id"));

    // The new coordinator works right away, in Viet Nam only.
    assertEquals(200, Api.as(base, email, "a long enough passphrase").get("/api/v1/venues?country=VN").status());
    assertEquals(403, Api.as(base, email, "a long enough passphrase").get("/api/v1/venues?country=ID").status());

    Api.Response again = admin.post("/api/v1/admin/accounts", body);
    assertEquals(409, again.status());
    assertEquals("email_taken", again.object().getString("error"));
  }

  @Test
  void onlyAdminsCreateAccountsOrReloadTheCatalogue() throws IOException {
    String body = "{\"email\":\"x@tenaga.test\",\"password\":\"a long enough passphrase\",\"fullName\":\"X\",\"roles\":[\"ADMIN\"]}";
    assertEquals(401, anonymous().post("/api/v1/admin/accounts", body).status());
    assertEquals(403, Api.as(base, "coordinator@tenaga.test").post("/api/v1/admin/accounts", body).status());
    assertEquals(403, Api.as(base, "coordinator@tenaga.test").post("/api/v1/admin/catalogue/reload", "{}").status());

    Api.Response reload = Api.as(base, "admin@tenaga.test").post("/api/v1/admin/catalogue/reload", "{}");
    assertEquals(200, reload.status(), reload::toString);
    assertEquals(courseFiles(), reload.object().getInt("loaded") + reload.object().getInt("unchanged"));
    assertTrue(reload.object().getJsonArray("problems").isEmpty());
  }

  @Test
  void malformedJsonIsA400() {
    Api.Response r = Api.as(base, "admin@tenaga.test").post("/api/v1/admin/accounts", "{\"email\": ");
    assertEquals(400, r.status(), r::toString);
    assertEquals("malformed_json", r.object().getString("error"));
  }

  // --- pages ---

  @Test
  void theCataloguePageListsEveryCourseAndItsFiltersWork() throws IOException {
    long all = courseFiles();
    Browser b = browser().open("/catalogue.xhtml");
    b.waitFor(By.cssSelector(".course-card"));
    assertEquals(all, b.driver().findElements(By.cssSelector(".course-card")).size());
    b.screenshot("screenshots", "catalogue-en");

    // Level: advanced.
    choose(b, "filters:level", "Advanced");
    b.waitUntil(d -> d.findElements(By.cssSelector(".course-card")).size() < all);
    List<WebElement> advanced = b.driver().findElements(By.cssSelector(".course-card"));
    assertFalse(advanced.isEmpty());
    for (WebElement card : advanced) {
      assertTrue(card.findElement(By.cssSelector(".meta")).getText().contains("Advanced"), card.getText());
    }
    // Add language: Khmer; no advanced course is taught in Khmer.
    choose(b, "filters:language", "ភាសាខ្មែរ");
    b.waitUntil(d -> !d.findElements(By.cssSelector(".empty")).isEmpty());
    // Clear brings everything back.
    b.driver().findElement(By.id("filters:clear")).click();
    b.waitUntil(d -> d.findElements(By.cssSelector(".course-card")).size() == all);
  }

  @Test
  void theCoursePageRendersItsDescriptionAndCompletionRule() {
    Browser b = browser().open("/course.xhtml?code=AI-MSME-101");
    assertEquals("AI Literacy for Micro, Small and Medium Enterprises", b.waitFor(By.id("course-title")).getText());
    assertFalse(b.driver().findElements(By.cssSelector("#course-description h2")).isEmpty(), "Markdown headings render as HTML");
    assertTrue(b.driver().findElement(By.id("completion-rule")).getText().contains("80%"));
  }

  @Test
  void eachRoleLandsOnItsOwnPageAndIsKeptOutOfOthers() {
    Browser b = browser();
    b.login("learner@tenaga.test");
    assertTrue(b.driver().getCurrentUrl().contains("/learner/"), b.driver().getCurrentUrl());
    assertEquals("Siti Rahmawati", b.driver().findElement(By.id("current-user")).getText());
    b.open("/admin/index.xhtml");
    b.waitUntil(d -> d.getPageSource().contains("Not allowed"));
    b.logout();

    b.login("coordinator@tenaga.test");
    assertTrue(b.driver().getCurrentUrl().contains("/coordinator/"), b.driver().getCurrentUrl());
    b.logout();

    b.login("admin@tenaga.test");
    b.waitFor(By.id("catalogue:reload")).click();
    b.waitUntil(d -> d.findElement(By.id("reload-messages")).getText().contains("unchanged"));
    b.logout();
  }

  @Test
  void aProtectedPageAsksForLoginAndReturnsThere() {
    Browser b = browser().open("/donor/index.xhtml");
    b.waitFor(By.id("email")).sendKeys("donor@tenaga.test");
    b.driver().findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
    b.driver().findElement(By.id("submit")).click();
    b.waitFor(By.id("commitments"));
    assertTrue(b.driver().getCurrentUrl().contains("/donor/index.xhtml"));
    b.logout();
  }

  @Test
  void aWrongPasswordShowsOneMessageForEveryFailure() {
    Browser b = browser().open("/login.xhtml");
    b.waitFor(By.id("email")).sendKeys("learner@tenaga.test");
    b.driver().findElement(By.id("password")).sendKeys("wrong-password");
    b.driver().findElement(By.id("submit")).click();
    assertEquals("Email or password is wrong.", b.waitFor(By.cssSelector("#messages li")).getText());
  }

  private static void choose(Browser b, String selectId, String label) {
    new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id(selectId))).selectByVisibleText(label);
  }
}

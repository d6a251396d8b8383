package org.tenaga.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tenaga.support.Api;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.Browser;

/**
 * Coordinators keep trainers and venues in their countries, and everyone gets the calendar of
 * their sessions: the API with its refusals, the pages in Chromium, and the iCalendar feeds read
 * back with ical4j. Every test makes its own records (unique codes and emails) or only reads the
 * demo programme, so tests are independent of each other and of their order.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class PeopleIT {

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

  private Api coordinator() {
    return Api.as(base, "coordinator@tenaga.test");
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static String trainerJson(String code, String name, String email, String countries, String languages) {
    return "{" + (code == null ? "" : "\"code\":\"" + code + "\",") + "\"fullName\":\"" + name + "\",\"email\":\"" + email
        + "\",\"phone\":\"+62 812-3456-7890\",\"countries\":[" + countries + "],\"languages\":[" + languages + "]}";
  }

  private static String venueJson(String code, String country, String province, String locality, int capacity, String accessibility) {
    return "{\"code\":\"" + code + "\",\"name\":\"Balai Pelatihan " + code + "\",\"country\":\"" + country + "\",\"province\":\"" + province
        + "\",\"locality\":\"" + locality + "\",\"capacity\":" + capacity + ",\"accessibility\":\"" + accessibility + "\"}";
  }

  /** A new trainer in Indonesia, by the coordinator of Indonesia, the Philippines and Viet Nam. */
  private JsonObject newTrainer() {
    String u = unique();
    Api.Response created = coordinator().post("/api/v1/trainers", trainerJson(null, "Trainer " + u, "trainer-" + u + "@example.org", "\"ID\"", "\"id\",\"en\""));
    assertEquals(201, created.status(), created::toString);
    return created.object();
  }

  /** The id of a demo trainer, by code, as a coordinator of one of their countries sees it. */
  private String trainerId(String code, String coordinator, String country) {
    return Api.as(base, coordinator).get("/api/v1/trainers?country=" + country).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no trainer " + code))
        .getString("id");
  }

  private static List<VEvent> events(Api.Response ics) throws Exception {
    assertEquals(200, ics.status(), ics::toString);
    String type = ics.header("Content-Type").replace(" ", "").toLowerCase(Locale.ROOT);
    assertEquals("text/calendar;charset=utf-8", type);
    return new CalendarBuilder().build(new StringReader(ics.body())).getComponents(Component.VEVENT);
  }

  private static String value(VEvent e, String property) {
    return e.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
  }

  private static Instant instant(VEvent e, String property) {
    DateProperty<? extends Temporal> p = e.<DateProperty<? extends Temporal>>getProperty(property).orElseThrow();
    return Instant.from(p.getDate());
  }

  // --- trainers ---

  @Test
  void aCoordinatorAddsATrainerAndEditsThem() {
    String u = unique();
    String email = "Ana-" + u + "@Example.org";
    Api.Response created = coordinator().post("/api/v1/trainers", trainerJson(null, "Ana Soares", email, "\"ID\"", "\"id\""));
    assertEquals(201, created.status(), created::toString);
    String id = created.object().getString("id");
    String code = created.object().getString("code");
    assertEquals("TR-" + id, code, "a trainer without a code gets one");
    assertTrue(created.header("Location").endsWith("/api/v1/trainers/" + id));

    JsonObject trainer = coordinator().get("/api/v1/trainers/" + id).object();
    assertEquals("ana-" + u.toLowerCase(Locale.ROOT) + "@example.org", trainer.getString("email"), "emails are kept in lower case");
    assertEquals(List.of("ID"), trainer.getJsonArray("countries").getValuesAs(jakarta.json.JsonString::getString));

    String edit = trainerJson(null, "Ana Maria Soares", email, "\"ID\",\"PH\"", "\"id\",\"fil\",\"en\"");
    Api.Response edited = coordinator().put("/api/v1/trainers/" + id, edit);
    assertEquals(200, edited.status(), edited::toString);
    assertEquals("Ana Maria Soares", edited.object().getString("fullName"));
    assertEquals(code, edited.object().getString("code"));
    assertEquals(List.of("ID", "PH"), edited.object().getJsonArray("countries").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(3, coordinator().get("/api/v1/trainers/" + id).object().getJsonArray("languages").size());

    Api.Response recode = coordinator().put("/api/v1/trainers/" + id, trainerJson("T999", "Ana Maria Soares", email, "\"ID\"", "\"id\""));
    assertEquals(400, recode.status(), recode::toString);
    assertTrue(recode.object().getJsonObject("fields").getString("code").startsWith("cannot be changed"));
  }

  @Test
  void everyBadTrainerFieldIsNamedAndNothingIsStored() {
    String u = unique();
    Api.Response bad =
        coordinator().post("/api/v1/trainers", "{\"code\":\"" + u + "\",\"fullName\":\" \",\"email\":\"not-an-email\",\"phone\":\"call me\",\"countries\":[],\"languages\":[\"klingon\"]}");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("validation_failed", bad.object().getString("error"));
    JsonObject fields = bad.object().getJsonObject("fields");
    assertEquals(Set.of("fullName", "email", "phone", "countries", "languages"), fields.keySet(), fields::toString);
    assertEquals("is required", fields.getString("fullName"));

    Api.Response unknownCountry = coordinator().post("/api/v1/trainers", trainerJson(u, "A B", "a-" + u + "@example.org", "\"ZZ\"", "\"en\""));
    assertEquals(400, unknownCountry.status());
    assertTrue(unknownCountry.object().getJsonObject("fields").containsKey("countries"));
    // Nothing half-done: the code is still free.
    assertEquals(201, coordinator().post("/api/v1/trainers", trainerJson(u, "A B", "a-" + u + "@example.org", "\"VN\"", "\"vi\"")).status());
  }

  @Test
  void duplicatesAreRefusedByName() {
    String u = unique();
    String email = "dup-" + u + "@example.org";
    assertEquals(201, coordinator().post("/api/v1/trainers", trainerJson("D-" + u, "Dup One", email, "\"ID\"", "\"id\"")).status());

    Api.Response sameEmail = coordinator().post("/api/v1/trainers", trainerJson(null, "Dup Two", email.toUpperCase(Locale.ROOT), "\"ID\"", "\"id\""));
    assertEquals(409, sameEmail.status(), sameEmail::toString);
    assertEquals("email_taken", sameEmail.object().getString("error"));

    Api.Response sameCode = coordinator().post("/api/v1/trainers", trainerJson("D-" + u, "Dup Three", "other-" + u + "@example.org", "\"ID\"", "\"id\""));
    assertEquals(409, sameCode.status());
    assertEquals("code_taken", sameCode.object().getString("error"));

    // Another trainer's email cannot be taken by an edit either.
    String otherId = newTrainer().getString("id");
    Api.Response steal = coordinator().put("/api/v1/trainers/" + otherId, trainerJson(null, "Someone", email, "\"ID\"", "\"id\""));
    assertEquals(409, steal.status());
    assertEquals("email_taken", steal.object().getString("error"));

    Api.Response sameVenue = coordinator().post("/api/v1/venues", venueJson("V-ID-01", "ID", "ID-NT", "URBAN", 10, ""));
    assertEquals(409, sameVenue.status(), sameVenue::toString);
    assertEquals("code_taken", sameVenue.object().getString("error"));
  }

  @Test
  void aCoordinatorActsOnlyInTheirCountries() {
    String u = unique();
    Api.Response thai = coordinator().post("/api/v1/trainers", trainerJson(null, "Somchai " + u, "somchai-" + u + "@example.org", "\"TH\"", "\"th\""));
    assertEquals(403, thai.status(), thai::toString);
    assertEquals("forbidden", thai.object().getString("error"));

    String t014 = trainerId("T014", "coordinator.th@tenaga.test", "TH");
    assertEquals(403, coordinator().get("/api/v1/trainers/" + t014).status());
    assertEquals(403, coordinator().post("/api/v1/trainers/" + t014 + "/qualifications", "{\"courseCode\":\"GENAI-101\"}").status());
    assertEquals(200, Api.as(base, "admin@tenaga.test").get("/api/v1/trainers/" + t014).status(), "admins act everywhere");

    // A trainer of ours cannot be moved into a country that is not ours.
    String ours = newTrainer().getString("id");
    Api.Response move = coordinator().put("/api/v1/trainers/" + ours, trainerJson(null, "Moved", "moved-" + u + "@example.org", "\"ID\",\"MY\"", "\"id\""));
    assertEquals(403, move.status(), move::toString);

    assertEquals(403, coordinator().post("/api/v1/venues", venueJson("X-" + u, "TH", "TH-10", "URBAN", 20, "")).status());
    String thaiVenue = Api.as(base, "coordinator.th@tenaga.test").get("/api/v1/venues?country=TH").array().getJsonObject(0).getString("id");
    assertEquals(403, coordinator().get("/api/v1/venues/" + thaiVenue).status());
    assertEquals(403, coordinator().put("/api/v1/venues/" + thaiVenue, venueJson("ignored", "TH", "TH-10", "URBAN", 20, "")).status());

    assertEquals(404, coordinator().get("/api/v1/trainers/999999999").status());
    assertEquals(404, coordinator().get("/api/v1/trainers/not-a-number").status());
    assertEquals(403, Api.as(base, "learner@tenaga.test").post("/api/v1/trainers", trainerJson(null, "X", "x-" + u + "@example.org", "\"ID\"", "\"id\"")).status());
    assertEquals(401, Api.anonymous(base).get("/api/v1/trainers/" + ours).status());
  }

  @Test
  void aCoordinatorQualifiesATrainerAndWithdrawsIt() {
    String id = newTrainer().getString("id");
    String path = "/api/v1/trainers/" + id + "/qualifications";

    Api.Response added = coordinator().post(path, "{\"courseCode\":\"GENAI-101\"}");
    assertEquals(201, added.status(), added::toString);
    assertEquals("COORDINATOR", added.object().getString("source"));
    assertEquals("coordinator@tenaga.test", added.object().getString("grantedBy"));
    assertNotNull(OffsetDateTime.parse(added.object().getString("grantedAt")));
    assertFalse(added.object().containsKey("certificate"));
    assertEquals(200, coordinator().post(path, "{\"courseCode\":\"GENAI-101\"}").status(), "qualifying twice changes nothing");

    Api.Response unknown = coordinator().post(path, "{\"courseCode\":\"NOPE-999\"}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.object().getJsonObject("fields").containsKey("courseCode"));

    JsonObject trainer = coordinator().get("/api/v1/trainers/" + id).object();
    assertEquals("GENAI-101", trainer.getJsonArray("qualifications").getJsonObject(0).getString("courseCode"));

    assertEquals(204, coordinator().delete(path + "/GENAI-101").status());
    assertTrue(coordinator().get("/api/v1/trainers/" + id).object().getJsonArray("qualifications").isEmpty());
    assertEquals(404, coordinator().delete(path + "/GENAI-101").status());
  }

  @Test
  void aTrainerStillTeachingACourseKeepsTheQualification() {
    // Ayu Lestari (T001) teaches the open TOT-AI-MSME cohort C2027-ID-002.
    String t001 = trainerId("T001", "coordinator@tenaga.test", "ID");
    Api.Response r = coordinator().delete("/api/v1/trainers/" + t001 + "/qualifications/TOT-AI-MSME");
    assertEquals(409, r.status(), r::toString);
    assertEquals("qualification_in_use", r.object().getString("error"));
    assertTrue(r.object().getString("message").contains("C2027-ID-002"), r::toString);
  }

  @Test
  void aCascadeTrainersQualificationShowsTheCertificateThatEarnedIt() {
    // The TOT-AI-MSME cohorts in Indonesia qualified their graduates to train AI-MSME-101.
    String trainerId = cascadeTrainerId();
    JsonObject earned =
        coordinator().get("/api/v1/trainers/" + trainerId).object().getJsonArray("qualifications").stream()
            .map(JsonValue::asJsonObject)
            .filter(PeopleIT::isCascadeQualification)
            .findFirst()
            .orElseThrow();
    assertEquals("system", earned.getString("grantedBy"));
    JsonObject certificate = earned.getJsonObject("certificate");
    assertTrue(certificate.getString("serial").matches("TNG-\\d{7}"), certificate::toString);
    assertEquals("TOT-AI-MSME", certificate.getString("courseCode"));
    assertNotNull(certificate.getString("issuedOn"));

    Api.Response withdraw = coordinator().delete("/api/v1/trainers/" + trainerId + "/qualifications/AI-MSME-101");
    assertEquals(409, withdraw.status(), withdraw::toString);
    assertEquals("earned_by_certificate", withdraw.object().getString("error"));
    assertTrue(withdraw.object().getString("message").contains(certificate.getString("serial")));
  }

  // --- venues ---

  @Test
  void aCoordinatorAddsAndEditsAVenueWithEveryFieldChecked() {
    String u = unique();
    Api.Response bad = coordinator().post("/api/v1/venues", venueJson("V-" + u, "ID", "PH-00", "SUBURBAN", 0, "x".repeat(1001)));
    assertEquals(400, bad.status(), bad::toString);
    JsonObject fields = bad.object().getJsonObject("fields");
    assertEquals(Set.of("province", "locality", "capacity", "accessibility"), fields.keySet(), fields::toString);
    assertEquals("'PH-00' is a province of PH, not of ID", fields.getString("province"));

    Api.Response created = coordinator().post("/api/v1/venues", venueJson("V-" + u, "ID", "ID-NT", "RURAL", 25, "Ground floor only"));
    assertEquals(201, created.status(), created::toString);
    String id = created.object().getString("id");
    JsonObject venue = coordinator().get("/api/v1/venues/" + id).object();
    assertEquals("V-" + u, venue.getString("code"));
    assertEquals("RURAL", venue.getString("locality"));

    Api.Response edited = coordinator().put("/api/v1/venues/" + id, venueJson("V-" + u, "PH", "PH-CEB", "URBAN", 40, "Lift"));
    assertEquals(200, edited.status(), edited::toString);
    assertEquals("PH-CEB", edited.object().getString("province"));
    assertEquals(40, edited.object().getInt("capacity"));
    assertTrue(coordinator().get("/api/v1/venues?country=PH").array().stream().anyMatch(v -> v.asJsonObject().getString("id").equals(id)));

    assertEquals(400, coordinator().put("/api/v1/venues/" + id, venueJson("V-OTHER-" + u, "PH", "PH-CEB", "URBAN", 40, "")).status(), "the code stays");
  }

  @Test
  void aVenueThatHostedCohortsKeepsItsPlace() {
    String kupang = coordinator().get("/api/v1/venues?country=ID").array().stream()
        .map(JsonValue::asJsonObject).filter(v -> v.getString("code").equals("V-ID-01")).findFirst().orElseThrow().getString("id");
    Api.Response moved = coordinator().put("/api/v1/venues/" + kupang, venueJson("V-ID-01", "ID", "ID-JK", "URBAN", 40, ""));
    assertEquals(409, moved.status(), moved::toString);
    assertEquals("venue_in_use", moved.object().getString("error"));
    assertEquals("ID-NT", coordinator().get("/api/v1/venues/" + kupang).object().getString("province"), "unchanged");
  }

  // --- calendars ---

  @Test
  void aCohortsCalendarHasOneEventPerSessionForEveryone() throws Exception {
    JsonObject summary = Api.anonymous(base).get("/api/v1/cohorts?status=OPEN&size=1").array().getJsonObject(0);
    JsonObject cohort = Api.anonymous(base).get("/api/v1/cohorts/" + summary.getString("id")).object();
    var sessions = cohort.getJsonArray("sessions");

    List<VEvent> events = events(Api.anonymous(base).getText("/api/v1/cohorts/" + cohort.getString("id") + "/calendar.ics"));
    assertEquals(sessions.size(), events.size());
    assertEquals(events.size(), events.stream().map(e -> value(e, Property.UID)).distinct().count(), "one UID per session");
    assertTrue(events.stream().allMatch(e -> value(e, Property.UID).matches("session-\\d+@tenaga")));
    VEvent first = events.get(0);
    assertEquals(OffsetDateTime.parse(sessions.getJsonObject(0).getString("start")).toInstant(), instant(first, Property.DTSTART));
    assertEquals(OffsetDateTime.parse(sessions.getJsonObject(0).getString("end")).toInstant(), instant(first, Property.DTEND));
    assertEquals(cohort.getString("courseTitle") + " (" + cohort.getString("code") + ") — session 1 of " + sessions.size(), value(first, Property.SUMMARY));
    String venue = sessions.getJsonObject(0).getString("venue");
    assertEquals(venue.equals("online") ? "Online" : venue, value(first, Property.LOCATION));
    assertTrue(value(first, Property.DESCRIPTION).startsWith("Trainers: "));

    // The same feed for a logged-in learner; a second read gives the same UIDs.
    List<VEvent> again = events(Api.as(base, "learner@tenaga.test").getText("/api/v1/cohorts/" + cohort.getString("id") + "/calendar.ics"));
    assertEquals(events.stream().map(e -> value(e, Property.UID)).toList(), again.stream().map(e -> value(e, Property.UID)).toList());
    assertEquals(404, Api.anonymous(base).getText("/api/v1/cohorts/999999999/calendar.ics").status());
  }

  @Test
  void aDraftCohortsCalendarIsOnlyForCoordinators() throws Exception {
    JsonObject draft = coordinator().get("/api/v1/cohorts?status=DRAFT&size=1").array().getJsonObject(0);
    String path = "/api/v1/cohorts/" + draft.getString("id") + "/calendar.ics";
    assertEquals(404, Api.anonymous(base).getText(path).status());
    assertEquals(404, Api.as(base, "learner@tenaga.test").getText(path).status());
    int sessions = coordinator().get("/api/v1/cohorts/" + draft.getString("id")).object().getJsonArray("sessions").size();
    List<VEvent> events = events(coordinator().getText(path));
    assertEquals(sessions, events.size());
    assertTrue(events.stream().allMatch(e -> value(e, Property.STATUS).equals("TENTATIVE")), "a draft is not confirmed");
  }

  @Test
  void aTrainersCalendarIsForThemAndTheirCoordinators() throws Exception {
    String path = "/api/v1/trainers/" + trainerId("T001", "coordinator@tenaga.test", "ID") + "/calendar.ics";
    List<VEvent> own = events(Api.as(base, "trainer@tenaga.test").getText(path));
    assertFalse(own.isEmpty());
    assertTrue(own.stream().allMatch(e -> value(e, Property.DESCRIPTION).contains("Ayu Lestari")), "only sessions she teaches");
    assertEquals(own.size(), events(coordinator().getText(path)).size());
    assertEquals(own.size(), events(Api.as(base, "admin@tenaga.test").getText(path)).size());

    assertEquals(403, Api.as(base, "coordinator.th@tenaga.test").getText(path).status(), "not their countries");
    assertEquals(403, Api.as(base, "learner@tenaga.test").getText(path).status());
    assertEquals(403, Api.as(base, "donor@tenaga.test").getText(path).status());
    assertEquals(401, Api.anonymous(base).getText(path).status());
    // The trainer account reads only its own trainer's calendar.
    String t014 = trainerId("T014", "coordinator.th@tenaga.test", "TH");
    assertEquals(403, Api.as(base, "trainer@tenaga.test").getText("/api/v1/trainers/" + t014 + "/calendar.ics").status());
  }

  @Test
  void aLearnersCalendarHoldsTheCohortsTheyAreEnrolledIn() throws Exception {
    List<VEvent> events = events(Api.as(base, "learner@tenaga.test").getText("/api/v1/me/calendar.ics"));
    Map<String, Long> perCohort =
        events.stream().collect(Collectors.groupingBy(e -> value(e, Property.SUMMARY).replaceAll(".*\\((C[^)]+)\\) — session.*", "$1"), Collectors.counting()));
    // The demo learner is enrolled in a running and an open cohort; the completed one is over.
    assertTrue(perCohort.keySet().containsAll(Set.of("C2026-ID-017", "C2027-ID-002")), perCohort::toString);
    assertFalse(perCohort.containsKey("C2025-ID-003"), "a completed enrolment is not in the calendar");
    Map<String, String> ids =
        Api.anonymous(base).get("/api/v1/cohorts?size=500").array().stream().map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getString("id")));
    Function<String, Integer> sessions = code -> Api.anonymous(base).get("/api/v1/cohorts/" + ids.get(code)).object().getJsonArray("sessions").size();
    perCohort.forEach((code, count) -> assertEquals(sessions.apply(code).longValue(), count, code));

    assertEquals(403, coordinator().getText("/api/v1/me/calendar.ics").status());
    assertEquals(401, Api.anonymous(base).getText("/api/v1/me/calendar.ics").status());
  }

  // --- pages ---

  @Test
  void theTrainerPagesFindATrainerAndShowHowEachQualificationWasEarned() {
    Browser b = browser();
    b.login("coordinator@tenaga.test");
    b.waitFor(By.id("subnav-trainers")).click();
    b.waitFor(By.id("search:trainers"));
    b.driver().findElement(By.id("search:name")).sendKeys("yuliana manafe");
    b.driver().findElement(By.id("search:apply")).click();
    b.waitUntil(d -> d.findElements(By.cssSelector("#search\\:trainers tbody tr")).size() == 1);
    b.driver().findElement(By.linkText("Yuliana Manafe")).click();
    assertEquals("Yuliana Manafe (T030)", b.waitFor(By.id("trainer-title")).getText());
    assertTrue(b.driver().findElement(By.id("qualifications:table")).getText().contains("AI-MSME-101"));

    // A trainer qualified by the cascade: the certificate is named, and it cannot be removed here.
    String cascade = cascadeTrainerId();
    b.open("/coordinator/trainer.xhtml?id=" + cascade);
    WebElement earned = b.waitFor(By.cssSelector("#qualifications\\:table .earned"));
    assertTrue(earned.getText().matches("Certificate TNG-\\d{7} of TOT-AI-MSME on \\d{1,2} \\w{3,4} \\d{4}"), earned.getText());
    assertTrue(b.driver().findElements(By.cssSelector("#qualifications\\:table input[type=submit]")).isEmpty());
    b.logout();
  }

  @Test
  void aCoordinatorAddsATrainerAndQualifiesThemOnThePages() {
    String u = unique();
    Browser b = browser();
    b.login("coordinator@tenaga.test");
    b.open("/coordinator/trainer.xhtml");
    b.waitFor(By.id("trainer:save")).click();
    b.waitFor(By.id("trainer:fullName-problem"));
    assertEquals("is required", b.driver().findElement(By.id("trainer:fullName-problem")).getText());
    assertFalse(b.driver().findElement(By.id("trainer:countries-problem")).getText().isEmpty());

    b.driver().findElement(By.id("trainer:fullName")).sendKeys("Rina " + u);
    b.driver().findElement(By.id("trainer:email")).sendKeys("rina-" + u + "@example.org");
    b.driver().findElement(By.cssSelector("input[name='trainer:countries'][value='ID']")).click();
    b.driver().findElement(By.cssSelector("input[name='trainer:languages'][value='id']")).click();
    b.driver().findElement(By.id("trainer:save")).click();
    b.waitUntil(d -> d.getCurrentUrl().contains("trainer.xhtml?id="));
    assertTrue(b.waitFor(By.id("messages")).getText().contains("Trainer saved."));
    assertTrue(b.driver().findElement(By.id("trainer-title")).getText().matches("Rina " + u + " \\(TR-\\d+\\)"));

    new Select(b.driver().findElement(By.id("qualify:courseCode"))).selectByValue("GENAI-101");
    b.driver().findElement(By.id("qualify:add")).click();
    WebElement earned = b.waitFor(By.cssSelector("#qualifications\\:table .earned"));
    assertTrue(earned.getText().startsWith("Qualified by coordinator@tenaga.test on "), earned.getText());
    b.driver().findElement(By.cssSelector("#qualifications\\:table input[type=submit]")).click();
    b.waitUntil(d -> d.findElements(By.id("qualifications:table")).isEmpty());
    b.logout();
  }

  @Test
  void aCoordinatorAddsAVenueOnThePages() {
    String u = unique();
    Browser b = browser();
    b.login("coordinator@tenaga.test");
    b.open("/coordinator/venue.xhtml");
    b.waitFor(By.id("venue:code")).sendKeys("V-" + u);
    b.driver().findElement(By.id("venue:name")).sendKeys("Balai Desa " + u);
    new Select(b.driver().findElement(By.id("venue:country"))).selectByValue("VN");
    // The province list follows the country.
    b.waitUntil(d -> new Select(d.findElement(By.id("venue:province"))).getOptions().size() > 1);
    Select province = new Select(b.driver().findElement(By.id("venue:province")));
    assertTrue(province.getOptions().stream().skip(1).allMatch(o -> o.getAttribute("value").startsWith("VN-")));
    province.selectByIndex(1);
    b.driver().findElement(By.cssSelector("input[name='venue:locality'][value='RURAL']")).click();
    b.driver().findElement(By.id("venue:capacity")).sendKeys("30");
    b.driver().findElement(By.id("venue:save")).click();
    b.waitUntil(d -> d.getCurrentUrl().contains("venue.xhtml?id="));
    assertTrue(b.waitFor(By.id("messages")).getText().contains("Venue saved."));

    b.waitFor(By.id("subnav-venues")).click();
    b.waitFor(By.id("search:name")).sendKeys(u);
    b.driver().findElement(By.id("search:apply")).click();
    b.waitUntil(d -> d.findElements(By.cssSelector("#search\\:venues tbody tr")).size() == 1);
    assertTrue(b.driver().findElement(By.id("search:venues")).getText().contains("Rural"));
    b.logout();
  }

  /** The id of a trainer in Indonesia whose AI-MSME-101 qualification a TOT-AI-MSME certificate earned. */
  private String cascadeTrainerId() {
    for (JsonValue t : coordinator().get("/api/v1/trainers?country=ID&course=AI-MSME-101").array()) {
      String id = t.asJsonObject().getString("id");
      boolean byCertificate = coordinator().get("/api/v1/trainers/" + id).object().getJsonArray("qualifications").stream()
          .map(JsonValue::asJsonObject)
          .anyMatch(PeopleIT::isCascadeQualification);
      if (byCertificate) {
        return id;
      }
    }
    throw new AssertionError("no cascade trainer in Indonesia");
  }

  private static boolean isCascadeQualification(JsonObject q) {
    return q.getString("courseCode").equals("AI-MSME-101") && q.getString("source").equals("CERTIFICATE");
  }
}

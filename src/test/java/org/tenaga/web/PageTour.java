package org.tenaga.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenaga.support.Api;
import org.tenaga.support.Browser;

/**
 * Every page of every role, reached as that role reaches it: the tour the accessibility test and
 * the screenshot test both walk. Objects in URLs (a course, a cohort, a trainer, a certificate) are
 * the demo data's own, found through the API or through the links of the page before, so the tour
 * follows the data instead of hard-coded identifiers.
 */
final class PageTour {

  /** Who looks at the pages of a leg: an email of the demo data, or nobody. */
  record Role(String name, String email) {
    boolean anonymous() {
      return email == null;
    }
  }

  /**
   * One page of the tour. {@code reach} brings the browser there (open a URL, follow a link, submit
   * a form to show its errors); {@code ready} names an element that is there once the page is drawn.
   */
  record Stop(Role role, String name, boolean main, Consumer<Browser> reach, By ready) {}

  static final Role ANONYMOUS = new Role("anonymous", null);
  static final Role LEARNER = new Role("learner", "learner@tenaga.test");
  static final Role TRAINER = new Role("trainer", "trainer@tenaga.test");
  static final Role COORDINATOR = new Role("coordinator", "coordinator@tenaga.test");
  static final Role DONOR = new Role("donor", "donor@tenaga.test");
  static final Role ADMIN = new Role("admin", "admin@tenaga.test");

  private PageTour() {}

  static List<Stop> stops(URI base) {
    Api anonymous = Api.anonymous(base);
    String course = anonymous.get("/api/v1/courses").array().getJsonObject(0).getString("code");
    String cohort = anonymous.get("/api/v1/cohorts?status=OPEN").array().getJsonObject(0).getString("id");
    String certificate = Api.as(base, LEARNER.email()).get("/api/v1/me/certificates").array().getJsonObject(0).getString("code");
    By main = By.id("main");
    List<Stop> stops = new ArrayList<>();

    stops.add(new Stop(ANONYMOUS, "home", true, b -> b.open("/index.xhtml"), main));
    stops.add(new Stop(ANONYMOUS, "catalogue", true, b -> b.open("/catalogue.xhtml"), main));
    stops.add(new Stop(ANONYMOUS, "course", true, b -> b.open("/course.xhtml?code=" + course), main));
    stops.add(new Stop(ANONYMOUS, "cohorts", true, b -> b.open("/cohorts.xhtml"), main));
    stops.add(new Stop(ANONYMOUS, "cohort", true, b -> b.open("/cohort.xhtml?id=" + cohort), By.id("cohort-title")));
    stops.add(new Stop(ANONYMOUS, "login", false, b -> b.open("/login.xhtml"), By.id("email")));
    stops.add(new Stop(ANONYMOUS, "login-refused", false, b -> {
      b.open("/login.xhtml");
      b.waitFor(By.id("email")).sendKeys("nobody@example.org");
      b.driver().findElement(By.id("password")).sendKeys("not the password");
      b.driver().findElement(By.id("submit")).click();
    }, By.cssSelector("#messages li, .error, [role=alert]")));
    stops.add(new Stop(ANONYMOUS, "register", false, b -> b.open("/register.xhtml"), By.id("reg:email")));
    stops.add(new Stop(ANONYMOUS, "register-errors", false, b -> {
      b.open("/register.xhtml");
      b.waitFor(By.id("reg:submit")).click();
    }, By.cssSelector("#messages li")));
    stops.add(new Stop(ANONYMOUS, "verify", false, b -> b.open("/verify.xhtml"), main));
    stops.add(new Stop(ANONYMOUS, "verify-certificate", true, b -> b.open("/verify.xhtml?code=" + certificate), main));
    stops.add(new Stop(ANONYMOUS, "not-found", false, b -> b.open("/course.xhtml?code=NO-SUCH-COURSE"), main));

    stops.add(new Stop(LEARNER, "learner-home", true, b -> b.open("/learner/index.xhtml"), By.id("enrolments")));
    stops.add(new Stop(LEARNER, "learner-profile", true, b -> b.open("/learner/profile.xhtml"), By.id("profile:name")));
    stops.add(new Stop(LEARNER, "forbidden", false, b -> b.open("/admin/index.xhtml"), main));

    stops.add(new Stop(TRAINER, "trainer-home", true, b -> b.open("/trainer/index.xhtml"), main));
    stops.add(new Stop(TRAINER, "trainer-cohort", true,
        b -> followFirst(b, "/trainer/index.xhtml", "a[href*='cohort.xhtml?id=']"), main));

    stops.add(new Stop(COORDINATOR, "coordinator-home", true, b -> b.open("/coordinator/index.xhtml"), main));
    stops.add(new Stop(COORDINATOR, "coordinator-cohort", true,
        b -> followFirst(b, "/coordinator/index.xhtml", "a[href*='cohort.xhtml?id=']"), main));
    stops.add(new Stop(COORDINATOR, "coordinator-new-cohort", false, b -> b.open("/coordinator/cohort-new.xhtml"), main));
    stops.add(new Stop(COORDINATOR, "coordinator-calendar", false, b -> b.open("/coordinator/calendar.xhtml"), By.cssSelector(".fc-view")));
    stops.add(new Stop(COORDINATOR, "coordinator-trainers", false, b -> b.open("/coordinator/trainers.xhtml"), main));
    stops.add(new Stop(COORDINATOR, "coordinator-trainer", false,
        b -> followFirst(b, "/coordinator/trainers.xhtml", "a[href*='trainer.xhtml?id=']"), main));
    stops.add(new Stop(COORDINATOR, "coordinator-venues", false, b -> b.open("/coordinator/venues.xhtml"), main));
    stops.add(new Stop(COORDINATOR, "coordinator-venue", false,
        b -> followFirst(b, "/coordinator/venues.xhtml", "a[href*='venue.xhtml?id=']"), main));

    stops.add(new Stop(DONOR, "donor-commitments", true, b -> b.open("/donor/index.xhtml"), main));
    stops.add(new Stop(DONOR, "donor-explorer", true,
        b -> followFirst(b, "/donor/index.xhtml", "a[href*='explorer.xhtml']"), main));

    stops.add(new Stop(ADMIN, "admin-home", false, b -> b.open("/admin/index.xhtml"), main));
    stops.add(new Stop(ADMIN, "admin-audit", false, b -> b.open("/admin/audit.xhtml"), main));
    return stops;
  }

  /** Opens a list page and follows its first link that matches. */
  private static void followFirst(Browser b, String listPage, String linkCss) {
    b.open(listPage);
    WebElement link = b.waitFor(By.cssSelector(linkCss));
    b.driver().get(link.getAttribute("href"));
  }
}

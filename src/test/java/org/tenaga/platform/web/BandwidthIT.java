package org.tenaga.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.tenaga.support.Api;
import org.tenaga.support.Browser;
import org.tenaga.support.NetworkLog;
import org.tenaga.support.SharedTenaga;

/**
 * The learner's main pages on a slow connection, measured in Chromium from its DevTools network
 * events: bytes and requests of a first visit (empty cache) and of a later one (warm cache), within
 * the budget of issue #9 (500 KB first, 50 KB later), compressed, the static resources cached.
 * The figures go to {@code target/bandwidth.md}.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class BandwidthIT {

  static final long FIRST_LOAD_BUDGET = 500_000;
  static final long LATER_LOAD_BUDGET = 50_000;

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A page, with the title it shows in English (before " · Tenaga"). */
  record Page(String name, String path, String title) {}

  /** One page's traffic, with the title the browser showed (the page, not a login or error page). */
  record Figures(Page page, String title, NetworkLog first, NetworkLog later) {}

  @Test
  void theLearnersPagesStayWithinTheBudgetCompressedAndCached() throws Exception {
    URI base = SharedTenaga.base();
    List<Page> pages = learnerPages(base);
    browser = new Browser(base, true);
    browser.login("learner@tenaga.test");

    List<Figures> figures = new ArrayList<>();
    for (Page page : pages) {
      browser.clearCache();
      browser.networkSince();
      NetworkLog first = load(page.path());
      browser.open("about:blank");
      browser.networkSince();
      NetworkLog later = load(page.path());
      figures.add(new Figures(page, browser.driver().getTitle(), first, later));
    }
    String table = table(figures);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "bandwidth.md"), table);
    System.out.println(table);

    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    for (Figures f : figures) {
      checks.add(() -> assertEquals(f.page().title() + " · Tenaga", f.title(), f.page().name() + " showed another page"));
      checks.add(() -> assertTrue(f.first().bytes() < FIRST_LOAD_BUDGET, f.page().name() + ": first load " + f.first().bytes() + " bytes"));
      checks.add(() -> assertTrue(f.later().bytes() < LATER_LOAD_BUDGET, f.page().name() + ": later load " + f.later().bytes() + " bytes"));
      // The page itself and nothing else goes over the network the second time.
      checks.add(() -> assertEquals(1, f.later().requests(), f.page().name() + ": later load fetched " + fetched(f.later())));
      NetworkLog.Exchange html = f.first().exchanges().get(0);
      checks.add(() -> assertEquals("gzip", html.header("content-encoding"), f.page().name() + ": page not compressed: " + html.headers()));
      checks.add(() -> assertTrue(html.header("cache-control").contains("no-store"), f.page().name() + ": page may be cached: " + html.headers()));
    }
    NetworkLog.Exchange script = figures.get(0).first().find("core.js").orElseThrow();
    checks.add(() -> assertEquals("gzip", script.header("content-encoding"), "script not compressed: " + script.headers()));
    checks.add(() -> assertTrue(script.header("cache-control").contains("max-age=31536000"), "script not cached for a year: " + script.headers()));
    NetworkLog.Exchange css = figures.get(0).first().find("tenaga.css").orElseThrow();
    checks.add(() -> assertTrue(css.url().contains("v="), "our stylesheet has no fingerprint: " + css.url()));
    checks.add(() -> assertTrue(css.header("cache-control").contains("immutable"), "our stylesheet not cached for good: " + css.headers()));
    checks.add(() -> assertEquals("gzip", css.header("content-encoding"), "stylesheet not compressed: " + css.headers()));
    assertAll(checks);
    browser.assertNoScriptErrors();
  }

  @Test
  void theApiAnswersCompressedToo() throws Exception {
    // HTTP/1.1 as browsers speak it without TLS (Grizzly compresses nothing over HTTP/2: see pre-boot-commands.txt)
    HttpRequest request = HttpRequest.newBuilder(SharedTenaga.base().resolve("/api/v1/courses")).version(HttpClient.Version.HTTP_1_1)
        .header("Accept-Encoding", "gzip").build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""), response.headers().toString());
    String json = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(json.startsWith("["), json);
  }

  /** The pages a learner lives in: public ones with real ids from the demo data, then their own. */
  private static List<Page> learnerPages(URI base) {
    Api anonymous = Api.anonymous(base);
    JsonObject course = anonymous.get("/api/v1/courses").array().getJsonObject(0);
    String cohort = anonymous.get("/api/v1/cohorts?status=OPEN").array().getJsonObject(0).getString("id");
    String certificate = Api.as(base, "learner@tenaga.test").get("/api/v1/me/certificates").array().getJsonObject(0).getString("code");
    return List.of(
        new Page("home", "/", "Home"),
        new Page("catalogue", "/catalogue.xhtml", "Course catalogue"),
        new Page("course", "/course.xhtml?code=" + course.getString("code"), course.getString("title")),
        new Page("cohort search", "/cohorts.xhtml", "Open cohorts"),
        new Page("cohort", "/cohort.xhtml?id=" + cohort, "Cohort " + cohort),
        new Page("my learning", "/learner/index.xhtml", "My learning"),
        new Page("profile", "/learner/profile.xhtml", "My profile"),
        new Page("certificate verification", "/verify/" + certificate, "Certificate verification"));
  }

  /** Opens the page and waits until it and what it loads late (fonts, images) have arrived. */
  private static NetworkLog load(String path) throws InterruptedException {
    browser.open(path);
    browser.waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    Thread.sleep(700);
    return browser.networkSince();
  }

  private static String fetched(NetworkLog log) {
    return log.exchanges().stream().filter(e -> !e.fromCache()).map(e -> e.status() + " " + e.url()).toList().toString();
  }

  private static String table(List<Figures> figures) {
    StringBuilder t = new StringBuilder("""
        | page | first load: KB | requests | later load: KB | requests | title |
        |---|---:|---:|---:|---:|---|
        """);
    for (Figures f : figures) {
      t.append("| %s | %.1f | %d | %.1f | %d | %s |%n".formatted(
          f.page().name(), f.first().bytes() / 1000.0, f.first().requests(), f.later().bytes() / 1000.0, f.later().requests(), f.title()));
    }
    return t.toString();
  }
}

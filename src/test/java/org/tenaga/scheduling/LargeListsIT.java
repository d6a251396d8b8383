package org.tenaga.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.PageSession;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.TestCohorts;

/**
 * Lists that grow with a programme are paged in the database: the cohort search, the
 * coordinator's cohorts and a cohort's attendance grid show one page and the database's count.
 */
@ExtendWith(SharedTenaga.class)
class LargeListsIT {

  private static final Pattern ROW = Pattern.compile("<tr[^>]*data-ri=\"\\d+\"");

  @Test
  void theCohortSearchShowsOnePageOfTheOpenCohorts() {
    URI base = SharedTenaga.base();
    long open = Long.parseLong(Api.anonymous(base).get("/api/v1/cohorts?status=OPEN&size=1").header("X-Total-Count"));
    HttpResponse<String> page = PageSession.anonymous(base).get("/cohorts.xhtml");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertEquals(Math.min(25, open), count(html, "href=\"/cohort.xhtml?id="), "one page of the open cohorts");
    assertTrue(html.contains("Cohorts 1–" + Math.min(25, open) + " of " + open), "the count from the database");
    assertEquals(open > 25, html.contains("id=\"find:next\""), "a Next button when there is more than a page");
  }

  @Test
  void theCoordinatorsCohortsArePaged() {
    URI base = SharedTenaga.base();
    HttpResponse<String> page = PageSession.login(base, "coordinator@tenaga.test", Api.DEMO_PASSWORD).get("/coordinator/index.xhtml");
    assertEquals(200, page.statusCode());
    assertEquals(25, rows(page.body()), "one page of the coordinator's cohorts (the demo has more)");
    assertTrue(page.body().contains("ui-paginator"), "a paginator for the rest");
  }

  /**
   * A running cohort of 105: the attendance grid shows 100 learners and a Next button; a tick made
   * on the first page survives the move to the second and is saved from there.
   */
  @Test
  void theAttendanceGridOfALargeCohortIsPagedAndKeepsTicksAcrossPages() {
    URI base = SharedTenaga.base();
    Api coordinator = Api.as(base, "coordinator@tenaga.test", Api.DEMO_PASSWORD);
    String cohort = TestCohorts.openGenAiInVietNam(coordinator, 120);
    String run = Long.toString(System.nanoTime(), 36);
    StringBuilder csv = new StringBuilder("email,fullName,country,province,gender,birthDate,locality,sector,consent\n");
    for (int i = 1; i <= 105; i++) {
      csv.append("grid-%s-%03d@example.org,Grid Learner %03d,VN,VN-SG,FEMALE,1998-04-0%d,URBAN,MSME,yes\n".formatted(run, i, i, 1 + i % 9));
    }
    Api.Response imported = coordinator.post("/api/v1/cohorts/" + cohort + "/enrolments/import?confirm=true", "text/csv", csv.toString());
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(105, imported.object().getInt("imported"));
    assertEquals(200, coordinator.post("/api/v1/cohorts/" + cohort + "/status", "{\"status\":\"RUNNING\"}").status());

    PageSession desk = PageSession.login(base, "coordinator@tenaga.test", Api.DEMO_PASSWORD);
    String first = desk.get("/coordinator/cohort.xhtml?id=" + cohort).body();
    assertTrue(first.contains("Learners 1–100 of 105 holding a seat"), "the grid's first page and the cohort's count");
    List<String> ticks = names(first, ":p");
    assertEquals(100, ticks.size(), "one session for each of the first 100 learners");
    assertTrue(first.contains("Grid Learner 001") && !first.contains(">Grid Learner 101<"), "the first page in roster order");

    HttpResponse<String> next = desk.post("/coordinator/cohort.xhtml?id=" + cohort, gridForm(first, ticks.get(0), "attendance:grid-next"));
    String second = next.body();
    assertTrue(second.contains("Learners 101–105 of 105 holding a seat"), () -> "the second page: " + next.statusCode() + " " + next.headers().map()
        + " " + second.substring(Math.max(0, second.indexOf("<main")), Math.min(second.length(), Math.max(0, second.indexOf("<main")) + 3000)));
    assertEquals(5, names(second, ":p").size());
    desk.post("/coordinator/cohort.xhtml?id=" + cohort, gridForm(second, null, "attendance:save-attendance"));

    JsonObject learner001 = coordinator.get("/api/v1/cohorts/" + cohort + "/roster?size=1").array().getJsonObject(0);
    assertEquals("Grid Learner 001", learner001.getString("fullName"));
    assertEquals(100, learner001.getInt("attendancePercent"), "the tick made on page 1 was saved from page 2");
    JsonObject learner002 = coordinator.get("/api/v1/cohorts/" + cohort + "/roster?page=1&size=1").array().getJsonObject(0);
    assertEquals(0, learner002.getInt("attendancePercent"), "nothing else was ticked");
  }

  /** The attendance form as a browser posts it: every score empty, one box ticked, one button pressed. */
  private static String gridForm(String html, String ticked, String button) {
    StringBuilder form = new StringBuilder("attendance=attendance");
    for (String score : names(html, ":score")) {
      form.append('&').append(encode(score)).append('=');
    }
    if (ticked != null) {
      form.append('&').append(encode(ticked)).append("=on");
    }
    form.append('&').append(encode(button)).append('=').append("x");
    form.append("&jakarta.faces.ViewState=").append(encode(PageSession.viewState(html)));
    // PrimeFaces' script sends the page's CSP nonce with every postback and the server checks it.
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
    if (nonce.find()) {
      form.append("&primefaces.nonce=").append(encode(nonce.group(1)));
    }
    return form.toString();
  }

  private static List<String> names(String html, String suffix) {
    Matcher m = Pattern.compile("name=\"(attendance:[^\"]*" + Pattern.quote(suffix) + ")\"").matcher(html);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long count(String html, String piece) {
    long n = 0;
    for (int i = html.indexOf(piece); i >= 0; i = html.indexOf(piece, i + 1)) {
      n++;
    }
    return n;
  }

  private static long rows(String html) {
    Matcher m = ROW.matcher(html);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

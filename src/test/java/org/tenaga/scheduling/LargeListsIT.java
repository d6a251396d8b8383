package org.tenaga.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.PageSession;
import org.tenaga.support.SharedTenaga;

/**
 * Lists that grow with a programme are paged in the database: the cohort search and the
 * coordinator's cohorts show one page and a paginator whose total is the database's count.
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

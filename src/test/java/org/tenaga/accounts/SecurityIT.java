package org.tenaga.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.PageSession;
import org.tenaga.support.TestCohorts;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.Programmes;

/** Bearer tokens and login throttling through the running server. */
@ExtendWith(SharedTenaga.class)
class SecurityIT {

  URI base() {
    return SharedTenaga.base();
  }

  @Test
  void aClientTradesItsPasswordForAShortLivedBearerToken() {
    Api.Response issued = Api.as(base(), "learner@tenaga.test").post("/api/v1/auth/token", "");
    assertEquals(200, issued.status(), issued::toString);
    assertNull(issued.header("Set-Cookie"), "the API never creates a session");
    JsonObject body = issued.object();
    String token = body.getString("token");
    Instant expires = Instant.parse(body.getString("expiresAt"));
    assertTrue(expires.isAfter(Instant.now().plusSeconds(14 * 60)) && expires.isBefore(Instant.now().plusSeconds(16 * 60)), "15 minutes");

    Api.Response mine = Api.bearer(base(), token).get("/api/v1/me/enrolments");
    assertEquals(200, mine.status(), mine::toString);
    assertNull(mine.header("Set-Cookie"));
    assertEquals(403, Api.bearer(base(), token).get("/api/v1/trainers").status(), "the token carries the learner's roles only");

    // A token cannot renew itself; a changed or foreign token is refused.
    assertEquals(401, Api.bearer(base(), token).post("/api/v1/auth/token", "").status());
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA" + "." + parts[2];
    assertEquals(401, Api.bearer(base(), forged).get("/api/v1/me/enrolments").status());
    String none = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
    assertEquals(401, Api.bearer(base(), none).get("/api/v1/me/enrolments").status(), "alg none is refused");
    assertEquals(401, Api.bearer(base(), "not-a-token").get("/api/v1/me/enrolments").status());
  }

  @Test
  void repeatedWrongPasswordsSlowTheAccountDownButTheOwnerGetsBackIn() throws Exception {
    String email = "throttle-" + System.nanoTime() + "@example.org";
    Programmes.register(base(), email, "Dewi Sartika");
    Api.Response wrong = null;
    for (int i = 0; i < 5; i++) {
      wrong = Api.as(base(), email, "not the password " + i).get("/api/v1/me/enrolments");
      assertEquals(401, wrong.status(), wrong::toString);
    }
    Api.Response unknown = Api.as(base(), "nobody-" + System.nanoTime() + "@example.org", "whatever it is").get("/api/v1/me/enrolments");
    assertEquals(wrong.object().getString("message"), unknown.object().getString("message"), "unknown email and wrong password look the same");

    Api.Response throttled = Api.as(base(), email, Programmes.PASSWORD).get("/api/v1/me/enrolments");
    assertEquals(429, throttled.status(), "even the right password waits: " + throttled);
    assertEquals("too_many_attempts", throttled.object().getString("error"));
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 300, "Retry-After " + retryAfter);

    Thread.sleep(retryAfter * 1000 + 200);
    assertEquals(200, Api.as(base(), email, Programmes.PASSWORD).get("/api/v1/me/enrolments").status(), "the owner gets back in");
    assertEquals(200, Api.as(base(), "learner@tenaga.test").get("/api/v1/me/enrolments").status(), "others were never slowed");
  }

  @Test
  void adminsReadTheAuditTrailFilteredAndNoOneChangesIt() {
    Api admin = Api.as(base(), "admin@tenaga.test");
    Api.Response all = admin.get("/api/v1/admin/audit?size=5");
    assertEquals(200, all.status(), all::toString);
    assertEquals(5, all.array().size());
    long total = Long.parseLong(all.header("X-Total-Count"));
    assertTrue(total > 5);

    Api.Response issued = admin.get("/api/v1/admin/audit?action=certificate.&size=500");
    assertEquals(200, issued.status());
    assertTrue(issued.array().stream().allMatch(e -> e.asJsonObject().getString("action").startsWith("certificate.")));
    assertTrue(Long.parseLong(issued.header("X-Total-Count")) < total);
    assertEquals(0, admin.get("/api/v1/admin/audit?action=%25").array().size(), "a % in the filter is a character, not a wildcard");

    Api.Response bad = admin.get("/api/v1/admin/audit?from=yesterday&to=2020-01-01&size=0");
    assertEquals(400, bad.status());
    JsonObject fields = bad.object().getJsonObject("fields");
    assertTrue(fields.containsKey("from") && fields.containsKey("size"), fields::toString);

    assertEquals(403, Api.as(base(), "coordinator@tenaga.test").get("/api/v1/admin/audit").status());
    assertEquals(401, Api.anonymous(base()).get("/api/v1/admin/audit").status());
    assertEquals(405, admin.delete("/api/v1/admin/audit").status(), "no endpoint deletes audit events");
    assertEquals(405, admin.put("/api/v1/admin/audit", "[]").status(), "no endpoint changes them");
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndTheSessionCookieIsGuarded() {
    Api.Response login = Api.anonymous(base()).getText("/login.xhtml");
    assertEquals(200, login.status());
    String cookie = login.header("Set-Cookie");
    assertTrue(cookie != null && cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), "cookie: " + cookie);
    String policy = String.join(" | ", login.raw().headers().allValues("Content-Security-Policy"));
    assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'self'"), policy);
    assertEquals("nosniff", login.header("X-Content-Type-Options"));
    String nonce = policy.replaceAll(".*'nonce-([A-Za-z0-9+/=]+)'.*", "$1");
    assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry this response's nonce");
    String again = String.join(" | ", Api.anonymous(base()).getText("/login.xhtml").raw().headers().allValues("Content-Security-Policy"));
    assertTrue(!again.contains(nonce), "a fresh nonce per response");
  }

  /**
   * Cross-site request forgery: another site makes a logged-in coordinator's browser post the
   * cohort page's resize form. Without the page's view state — which the other site cannot read —
   * or with one from another session, nothing changes; with the real one the same post works.
   */
  @Test
  void aForgedFormPostWithoutThePagesViewStateChangesNothing() {
    Api coordinator = Api.as(base(), "coordinator@tenaga.test");
    String cohort = TestCohorts.openGenAiInVietNam(coordinator, 10);
    String page = "/coordinator/cohort.xhtml?id=" + cohort;
    PageSession victim = PageSession.login(base(), "coordinator@tenaga.test", Api.DEMO_PASSWORD);
    String genuine = PageSession.viewState(victim.get(page).body());
    String foreign = PageSession.viewState(PageSession.login(base(), "coordinator@tenaga.test", Api.DEMO_PASSWORD).get(page).body());
    String form = "status=status&status%3Acapacity=99&status%3Aresize=Resize";

    for (String forged : new String[] {form, form + "&jakarta.faces.ViewState=" + enc(foreign), form + "&jakarta.faces.ViewState=stateless"}) {
      victim.post(page, forged);
      assertEquals(10, coordinator.get("/api/v1/cohorts/" + cohort).object().getInt("capacity"), "a forged post changed the cohort: " + forged);
    }
    victim.post(page, form + "&jakarta.faces.ViewState=" + enc(genuine));
    assertEquals(99, coordinator.get("/api/v1/cohorts/" + cohort).object().getInt("capacity"), "the page's own form works");
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}

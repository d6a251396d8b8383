package org.tenaga.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's page session without a browser: the login form posted as a browser posts it, then
 * the session cookie on every request. Redirects are not followed, so a test sees them.
 */
public final class PageSession {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient client;

  private PageSession(URI base, HttpClient client) {
    this.base = base;
    this.client = client;
  }

  /** No one logged in. HTTP/1.1 as a browser speaks it over plain HTTP (no h2c upgrade). */
  public static PageSession anonymous(URI base) {
    return new PageSession(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
  }

  /** Logged in through the login page. */
  public static PageSession login(URI base, String email, String password) {
    PageSession s = anonymous(base);
    HttpResponse<String> form = s.get("/login.xhtml");
    Matcher state = VIEW_STATE.matcher(form.body());
    if (!state.find()) {
      throw new IllegalStateException("no login form: " + form.statusCode());
    }
    String body = "login=login&next=&email=" + enc(email) + "&password=" + enc(password) + "&submit=" + enc("Log in")
        + "&jakarta.faces.ViewState=" + enc(state.group(1));
    HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.resolve("/login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    boolean in = r.statusCode() == 302 || r.statusCode() == 303 || (r.statusCode() == 200 && r.body().contains("current-user"));
    if (!in) {
      throw new IllegalStateException("login of " + email + " failed: " + r.statusCode());
    }
    return s;
  }

  /**
   * The same person, cookies and all, sent to another instance of Tenaga (as a load balancer does
   * when the first one is gone).
   */
  public PageSession on(URI otherBase) {
    return new PageSession(otherBase, client);
  }

  /** A form post as a browser sends it (fields already URL-encoded, joined with {@code &}). */
  public HttpResponse<String> post(String path, String form) {
    return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The view state of a page's form, as the page gave it. */
  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no view state in the page");
    }
    return m.group(1);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  private URI resolve(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

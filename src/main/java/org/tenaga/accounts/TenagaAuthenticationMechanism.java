package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism, two channels. Pages: a form login (the login page calls
 * {@code SecurityContext.authenticate}); the caller is kept in the HTTP session, whose id changes
 * at login. API ({@code /api/*}): HTTP Basic or a bearer token from {@code /api/v1/auth/token} on
 * every request, and never a session. Password attempts of both channels pass the
 * {@link LoginThrottle} first.
 */
@ApplicationScoped
public class TenagaAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "tenaga.caller";
  /** Request attribute: how the API caller authenticated, "Basic" or "Bearer". */
  public static final String AUTH_SCHEME = "tenaga.auth.scheme";
  /** Request attribute: seconds a throttled page login must wait. */
  public static final String LOGIN_WAIT = "tenaga.login.wait";

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginThrottle throttle;
  @Inject ApiTokens tokens;
  @Inject AccountRepository accounts;

  /** The caller of a logged-in page session. */
  public record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return validateApi(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return login(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      return context.redirect(loginUrl(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    String email = credential instanceof UsernamePasswordCredential u ? u.getCaller() : "";
    Optional<Duration> wait = throttle.waitBefore(email, request.getRemoteAddr());
    if (wait.isPresent()) {
      request.setAttribute(LOGIN_WAIT, Math.max(1, wait.get().toSeconds()));
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(email, request.getRemoteAddr());
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(email);
    // A new session id at login defeats session fixation.
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(
        SESSION_CALLER,
        new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus validateApi(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      // Anonymous: public endpoints answer, protected ones are refused by the role check (401).
      return context.doNothing();
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<UserAccount> account =
          tokens.verify(header.substring(7).strip()).flatMap(accounts::findByEmail).filter(UserAccount::isActive);
      if (account.isEmpty()) {
        return unauthorized(response, "The bearer token is invalid or has expired; get a new one at /api/v1/auth/token.");
      }
      request.setAttribute(AUTH_SCHEME, "Bearer");
      return context.notifyContainerAboutLogin(account.get().getEmail(), AccountIdentityStore.groupsOf(account.get()));
    }
    UsernamePasswordCredential credential = basicCredential(header);
    if (credential == null) {
      return unauthorized(response, "The Authorization header must be HTTP Basic with email:password, or Bearer with a token.");
    }
    Optional<Duration> wait = throttle.waitBefore(credential.getCaller(), request.getRemoteAddr());
    if (wait.isPresent()) {
      return tooManyAttempts(response, wait.get());
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(credential.getCaller(), request.getRemoteAddr());
      return unauthorized(response, "Email or password is wrong.");
    }
    throttle.succeeded(credential.getCaller());
    request.setAttribute(AUTH_SCHEME, "Basic");
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    try {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconds));
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(Json.createObjectBuilder().add("error", "too_many_attempts")
          .add("message", "Too many failed sign-ins for this account or address; try again in " + seconds + " s.").build().toString());
    } catch (IOException e) {
      // The status is set; the body is a courtesy.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential basicCredential(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"tenaga\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("error", "unauthorized")
                  .add("message", message)
                  .build()
                  .toString());
    } catch (IOException e) {
      // The status is set; the body is a courtesy.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * The logged-in page session goes on under the caller's new email (the caller's name is the
   * email; without this the session would name an account that no longer exists).
   */
  public static void renameSessionCaller(HttpServletRequest request, String newEmail) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      session.setAttribute(SESSION_CALLER, new SessionCaller(newEmail, caller.groups()));
    }
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/login.xhtml?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}

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
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism, two channels. Pages: a form login (the login page calls
 * {@code SecurityContext.authenticate}); the caller is kept in the HTTP session, whose id changes
 * at login. API ({@code /api/*}): HTTP Basic on every request and never a session.
 */
@ApplicationScoped
public class TenagaAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "tenaga.caller";

  @Inject IdentityStoreHandler identityStores;

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
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
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
    Credential credential = basicCredential(header);
    if (credential == null) {
      return unauthorized(response, "The Authorization header must be HTTP Basic with email:password.");
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(response, "Email or password is wrong.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  private static Credential basicCredential(String header) {
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

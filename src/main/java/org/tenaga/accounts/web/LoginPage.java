package org.tenaga.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenaga.platform.web.LocalPaths;
import org.tenaga.platform.web.Messages;
import org.tenaga.platform.web.UserMenu;
import org.tenaga.accounts.TenagaAuthenticationMechanism;

/** The login form: one message for every failure, so it never tells which emails exist. */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;
  @Inject UserMenu menu;

  private String email;
  private String password;
  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) ec.getRequest(),
            (HttpServletResponse) ec.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(), password == null ? "" : password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      ec.redirect(ec.getRequestContextPath() + safeNext());
      faces.responseComplete();
      return;
    }
    ((HttpServletResponse) ec.getResponse()).setStatus(HttpServletResponse.SC_OK);
    Object wait = ec.getRequestMap().get(TenagaAuthenticationMechanism.LOGIN_WAIT);
    String text = wait == null ? Messages.text("login.failed") : Messages.format("login.throttled", wait);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Only a local path: an open redirect would let a link send users elsewhere after login. */
  private String safeNext() {
    if (LocalPaths.isLocal(next) && !next.startsWith("/login.xhtml")) {
      return next;
    }
    return menu.homeFor();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}

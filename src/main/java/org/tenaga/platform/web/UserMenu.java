package org.tenaga.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;

/** The header: who is logged in, the navigation for their roles, and log out. */
@Named
@RequestScoped
public class UserMenu {

  @Inject CurrentAccount current;

  /** A navigation entry: label key in the message bundle, and the page. */
  public record Link(String labelKey, String outcome) {}

  public boolean isLoggedIn() {
    return current.get().isPresent();
  }

  public String getDisplayName() {
    return current.get().map(UserAccount::getFullName).orElse("");
  }

  public String getEmail() {
    return current.get().map(UserAccount::getEmail).orElse("");
  }

  public boolean hasRole(String role) {
    return current.has(Role.valueOf(role));
  }

  public List<Link> getLinks() {
    List<Link> links = new ArrayList<>();
    links.add(new Link("nav.catalogue", "/catalogue.xhtml"));
    links.add(new Link("nav.cohorts", "/cohorts.xhtml"));
    if (current.has(Role.LEARNER)) {
      links.add(new Link("nav.learner", "/learner/index.xhtml"));
    }
    if (current.has(Role.TRAINER)) {
      links.add(new Link("nav.trainer", "/trainer/index.xhtml"));
    }
    if (current.has(Role.COORDINATOR)) {
      links.add(new Link("nav.coordinator", "/coordinator/index.xhtml"));
    }
    if (current.has(Role.DONOR) || current.has(Role.COORDINATOR) || current.has(Role.ADMIN)) {
      links.add(new Link("nav.donor", "/donor/index.xhtml"));
    }
    if (current.has(Role.ADMIN)) {
      links.add(new Link("nav.admin", "/admin/index.xhtml"));
    }
    return links;
  }

  /** The page a role lands on after login. */
  public String homeFor() {
    for (Role r : List.of(Role.ADMIN, Role.COORDINATOR, Role.TRAINER, Role.DONOR, Role.LEARNER)) {
      if (current.has(r)) {
        return switch (r) {
          case ADMIN -> "/admin/index.xhtml";
          case COORDINATOR -> "/coordinator/index.xhtml";
          case TRAINER -> "/trainer/index.xhtml";
          case DONOR -> "/donor/index.xhtml";
          case LEARNER -> "/learner/index.xhtml";
        };
      }
    }
    return "/index.xhtml";
  }

  public void logout() throws ServletException, IOException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
  }
}

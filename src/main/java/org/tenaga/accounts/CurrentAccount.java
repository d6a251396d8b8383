package org.tenaga.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The account behind the current request, looked up once per request. */
@RequestScoped
public class CurrentAccount {

  @Inject SecurityContext security;
  @Inject AccountRepository accounts;

  private Optional<UserAccount> account;

  public Optional<UserAccount> get() {
    if (account == null) {
      Principal p = security.getCallerPrincipal();
      account = p == null ? Optional.empty() : accounts.findByEmail(p.getName());
    }
    return account;
  }

  public UserAccount require() {
    return get().orElseThrow(() -> new IllegalStateException("no logged-in account"));
  }

  /**
   * The caller's learner profile.
   *
   * @throws org.tenaga.platform.api.ApiException 403 for an account without one
   */
  public org.tenaga.people.Learner requireLearner() {
    return require().getLearner().orElseThrow(() -> org.tenaga.platform.api.ApiException.forbidden("This account has no learner profile."));
  }

  public boolean has(Role role) {
    return security.isCallerInRole(role.name());
  }
}

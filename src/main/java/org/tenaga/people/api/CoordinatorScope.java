package org.tenaga.people.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.people.PeopleRepository;
import org.tenaga.platform.api.ApiException;

/** The countries the caller may act in: all for admins, the assigned ones for coordinators. */
@RequestScoped
public class CoordinatorScope {

  @Inject CurrentAccount caller;
  @Inject PeopleRepository people;

  /**
   * The countries a request covers: the caller's scope, or the one country asked for.
   *
   * @throws ApiException 403 when the country asked for is outside the caller's scope
   */
  public Set<String> countries(String requested) {
    Set<String> scope = people.scopeOf(caller.require());
    if (requested == null || requested.isBlank()) {
      return scope;
    }
    String code = requested.strip().toUpperCase(Locale.ROOT);
    if (!scope.contains(code)) {
      throw ApiException.forbidden("You do not coordinate in country " + code + ".");
    }
    return Set.of(code);
  }
}

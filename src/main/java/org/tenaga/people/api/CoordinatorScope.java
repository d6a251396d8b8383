package org.tenaga.people.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.people.Country;
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
    UserAccount account = caller.require();
    Set<String> scope =
        account.has(Role.ADMIN)
            ? people.countries().stream().map(Country::getCode).collect(Collectors.toSet())
            : account.getCountries();
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

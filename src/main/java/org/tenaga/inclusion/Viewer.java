package org.tenaga.inclusion;

import java.util.Set;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;

/**
 * Who is asking, as the statistics see it: admins see everything exactly; coordinators see their
 * countries exactly; donors see the commitments their organisation funds, suppressed.
 *
 * @param countries a coordinator's countries; null for everyone else
 * @param organisation a donor's organisation id; null for everyone else (or a donor without one)
 */
public record Viewer(Kind kind, Set<String> countries, Long organisation) {

  public enum Kind {
    ADMIN,
    COORDINATOR,
    DONOR
  }

  public static Viewer of(UserAccount a) {
    if (a.has(Role.ADMIN)) {
      return new Viewer(Kind.ADMIN, null, null);
    }
    if (a.has(Role.COORDINATOR)) {
      return new Viewer(Kind.COORDINATOR, Set.copyOf(a.getCountries()), null);
    }
    return new Viewer(Kind.DONOR, null, a.getOrganisation().map(o -> o.getId()).orElse(null));
  }

  /** Small-cell suppression applies to donors only. */
  public boolean isSuppressed() {
    return kind == Kind.DONOR;
  }
}

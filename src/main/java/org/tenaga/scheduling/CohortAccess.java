package org.tenaga.scheduling;

import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.platform.Problem;
import org.tenaga.platform.api.ApiException;

/** Who may act on a cohort: coordinators in its country (admins anywhere), and its own trainers. */
public final class CohortAccess {

  private CohortAccess() {}

  /** Planning, rosters and status: a coordinator of the cohort's country, or an admin. */
  public static void requireCoordinator(Cohort cohort, UserAccount caller) {
    if (!(caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN)) || !caller.actsIn(cohort.getCountryCode())) {
      throw ApiException.forbidden(Problem.of("refusal.country.scope", cohort.getCountryCode()));
    }
  }

  /** Attendance and results: the coordinators above, or a trainer of this cohort. */
  public static void requireCoordinatorOrTrainer(Cohort cohort, UserAccount caller) {
    if ((caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN)) && caller.actsIn(cohort.getCountryCode())) {
      return;
    }
    boolean ownTrainer =
        caller.has(Role.TRAINER)
            && caller.getTrainer().map(t -> cohort.getTrainers().stream().anyMatch(ct -> ct.getId().equals(t.getId()))).orElse(false);
    if (!ownTrainer) {
      throw ApiException.forbidden(Problem.of("refusal.cohort.trainers"));
    }
  }
}

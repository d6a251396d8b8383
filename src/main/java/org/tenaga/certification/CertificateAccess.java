package org.tenaga.certification;

import org.tenaga.accounts.UserAccount;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.CohortAccess;

/** Who may have a certificate's documents: its holder, and the coordinators of its cohort's country. */
public final class CertificateAccess {

  private CertificateAccess() {}

  /**
   * The holder, or a coordinator whose countries include the cohort's (admins anywhere), as
   * {@link CohortAccess#requireCoordinator} decides for every other cohort record.
   *
   * @throws ApiException 403 for anyone else
   */
  public static void requireHolderOrCoordinator(Certificate certificate, UserAccount caller) {
    if (certificate.isHeldBy(caller.getLearner().orElse(null))) {
      return;
    }
    try {
      CohortAccess.requireCoordinator(certificate.getCohort(), caller);
    } catch (ApiException notTheirCountry) {
      throw ApiException.forbidden(
          "Only the holder of certificate " + certificate.getSerial() + " and coordinators in "
              + certificate.getCohort().getCountryCode() + " can download it.");
    }
  }

  /**
   * The holder only: a signed credential is the holder's to present, so not even a coordinator
   * downloads it.
   *
   * @throws ApiException 403 for anyone else
   */
  public static void requireHolder(Certificate certificate, UserAccount caller) {
    if (!certificate.isHeldBy(caller.getLearner().orElse(null))) {
      throw ApiException.forbidden("Only the holder of certificate " + certificate.getSerial() + " can download its credential.");
    }
  }
}

package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.tenaga.accounts.UserAccount;
import org.tenaga.audit.AuditLog;
import org.tenaga.people.Trainer;
import org.tenaga.platform.Problem;
import org.tenaga.platform.Problems;
import org.tenaga.platform.api.ApiException;
import org.tenaga.scheduling.CohortAccess;

/**
 * Revokes a certificate with a reason. Everything that follows from it — the published status
 * list, statistics, a trainer qualification the certificate earned — changes in the same
 * transaction, through {@link CertificateRevoked}.
 */
@ApplicationScoped
public class CertificateRevocation {

  @PersistenceContext EntityManager em;
  @Inject CertificateRepository certificates;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<CertificateRevoked> revoked;

  /**
   * @throws ApiException 400 without a reason, 404 for an unknown code, 403 outside the caller's
   *     countries, 409 {@code already_revoked}
   */
  @Transactional
  public Certificate revoke(String code, String reason, UserAccount caller) {
    if (reason == null || reason.isBlank()) {
      throw ApiException.invalid(new Problems().add("reason", "problem.reason.revoke"));
    }
    if (reason.strip().length() > 500) {
      throw ApiException.invalid(new Problems().add("reason", "problem.chars.max", 500));
    }
    Certificate found = certificates.findByCode(code).orElseThrow(() -> ApiException.notFound("Certificate"));
    // The row lock makes two revocations of one certificate take turns: one wins, one gets 409.
    Certificate certificate = em.find(Certificate.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
    CohortAccess.requireCoordinator(certificate.getCohort(), caller);
    if (certificate.isRevoked()) {
      throw new ApiException(409, "already_revoked", Problem.of("refusal.certificate.revoked", certificate.getSerial()));
    }
    certificate.revoke(reason, OffsetDateTime.now(clock));
    audit.record("certificate.revoke", "Certificate", certificate.getSerial(),
        "Revoked " + certificate.getSerial() + ": " + certificate.getRevocationReason().orElse(""));
    withdrawQualificationEarnedBy(certificate);
    revoked.fire(new CertificateRevoked(certificate));
    return certificate;
  }

  /** The cascade in reverse: a qualification this certificate earned goes with it. */
  private void withdrawQualificationEarnedBy(Certificate certificate) {
    if (certificate.getCourse().getTrainerFor().isEmpty()) {
      return;
    }
    em.createQuery("SELECT q.trainer FROM TrainerQualification q WHERE q.certificateId = :certificate", Trainer.class)
        .setParameter("certificate", certificate.getId())
        .getResultList()
        .forEach(trainer -> trainer.withdrawQualificationEarnedBy(certificate.getId()).ifPresent(q ->
            audit.record("trainer.unqualify", "Trainer", trainer.getCode(), trainer.getFullName() + " no longer qualified for "
                + q.getCourseCode() + ": certificate " + certificate.getSerial() + " was revoked")));
  }
}

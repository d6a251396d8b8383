package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.tenaga.audit.AuditLog;
import org.tenaga.certification.badges.StatusLists;
import org.tenaga.enrolment.Enrolment;
import org.tenaga.enrolment.EnrolmentStatus;
import org.tenaga.people.CountryCode;
import org.tenaga.people.Learner;
import org.tenaga.people.QualificationSource;
import org.tenaga.people.Trainer;
import org.tenaga.platform.SequenceNumbers;

/**
 * Issues the certificate of a completed enrolment: a dense serial (also its index in the
 * revocation status list) and a random verification code. A certificate of a train-the-trainer
 * course qualifies its holder to train the course it names.
 */
@ApplicationScoped
public class CertificateIssuer {

  @PersistenceContext private EntityManager em;
  @Inject SequenceNumbers sequences;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject StatusLists statusLists;

  @Transactional(Transactional.TxType.MANDATORY)
  public Certificate issue(Enrolment enrolment, LocalDate issuedOn) {
    if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
      throw new IllegalStateException("only a completed enrolment earns a certificate");
    }
    long number = sequences.next("certificate_seq");
    Certificate certificate =
        new Certificate(serialFor(number), VerificationCode.random(), enrolment, issuedOn, Math.toIntExact(number));
    em.persist(certificate);
    statusLists.ensureListFor(certificate);
    audit.record(
        "certificate.issue",
        "Certificate",
        certificate.getSerial(),
        "Issued " + certificate.getSerial() + " for " + certificate.getCourse().getCode());
    certificate
        .getCourse()
        .getTrainerFor()
        .ifPresent(course -> qualifyHolder(certificate, course));
    return certificate;
  }

  static String serialFor(long number) {
    return String.format("TNG-%07d", number);
  }

  /** The cascade: the holder becomes (or already is) a trainer qualified for {@code course}. */
  private void qualifyHolder(Certificate certificate, String course) {
    Learner holder = certificate.getLearner();
    if (holder.isErased()) {
      return;
    }
    // By email, or by the code an earlier certificate gave them: the learner may have changed email since.
    Trainer trainer =
        em.createQuery("SELECT t FROM Trainer t WHERE t.email = :email OR t.code = :code", Trainer.class)
            .setParameter("email", holder.getEmail())
            .setParameter("code", trainerCodeFor(holder))
            .getResultStream()
            .findFirst()
            .orElseGet(() -> newTrainerFrom(holder, certificate));
    if (trainer.isQualifiedFor(course)) {
      return; // already qualified (by a coordinator or an earlier certificate): nothing changes
    }
    trainer.qualify(
        course, QualificationSource.CERTIFICATE, certificate.getId(), AuditLog.SYSTEM, OffsetDateTime.now(clock));
    audit.record(
        "trainer.qualify",
        "Trainer",
        trainer.getCode(),
        trainer.getFullName() + " qualified for " + course + " by certificate " + certificate.getSerial());
  }

  private static String trainerCodeFor(Learner holder) {
    return "TR-" + holder.getId();
  }

  private Trainer newTrainerFrom(Learner holder, Certificate certificate) {
    Trainer t =
        new Trainer(
            trainerCodeFor(holder),
            holder.getFullName(),
            holder.getEmail(),
            holder.getPhone(),
            Set.of(CountryCode.of(holder.getCountryCode())),
            Set.of(certificate.getCohort().getLanguage()),
            OffsetDateTime.now(clock));
    em.persist(t);
    return t;
  }
}

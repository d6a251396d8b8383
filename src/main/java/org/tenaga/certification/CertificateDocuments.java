package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tenaga.accounts.UserAccount;
import org.tenaga.certification.badges.OpenBadgeCredentials;
import org.tenaga.catalog.Skill;
import org.tenaga.people.Learner;
import org.tenaga.platform.PublicUrl;
import org.tenaga.platform.api.ApiException;

/**
 * A certificate's documents for the people entitled to them: the PDF and the signed credential.
 * The API ({@code GET /api/v1/certificates/{code}/pdf|credential}) and the pages' downloads
 * ({@code /certificates/{code}.pdf|.json}) both come here, so one check decides who gets one.
 */
@ApplicationScoped
public class CertificateDocuments {

  @PersistenceContext private EntityManager em;
  @Inject CertificateRepository certificates;
  @Inject IssuingInstallation issuer;
  @Inject PublicUrl publicUrl;
  @Inject Clock clock;
  @Inject OpenBadgeCredentials credentials;

  /** A file to hand over: its name, type and content, and how it travels. */
  public record File(String name, String contentType, byte[] content) {

    /** Saved under its name rather than shown in place. */
    public String contentDisposition() {
      return "attachment; filename=\"" + name + "\"";
    }

    /** A personal document: never kept by a shared cache. */
    public String cacheControl() {
      return "private, no-store";
    }
  }

  /**
   * The certificate as a PDF, named after its serial.
   *
   * @throws ApiException 404 for an unknown code; 403 unless the caller holds the certificate or
   *     coordinates in its cohort's country
   */
  @Transactional
  public File pdf(String code, UserAccount caller) {
    Certificate certificate = certificates.findByCode(code).orElseThrow(() -> ApiException.notFound("Certificate"));
    CertificateAccess.requireHolderOrCoordinator(certificate, caller);
    return new File(certificate.getSerial() + ".pdf", "application/pdf", CertificatePdf.render(contentOf(certificate)));
  }

  /**
   * The certificate as a signed Open Badges 3.0 credential (JSON-LD), named after its serial.
   *
   * @throws ApiException 404 for an unknown code; 403 unless the caller holds the certificate
   */
  @Transactional
  public File credential(String code, UserAccount caller) {
    Certificate certificate = certificates.findByCode(code).orElseThrow(() -> ApiException.notFound("Certificate"));
    CertificateAccess.requireHolder(certificate, caller);
    byte[] json = credentials.signed(certificate).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new File(certificate.getSerial() + ".json", "application/ld+json", json);
  }

  private CertificatePdf.Content contentOf(Certificate c) {
    Learner holder = c.getLearner();
    List<String> skills = c.getCourse().getSkills().stream()
        .map(code -> Optional.ofNullable(em.find(Skill.class, code)).map(Skill::getName).orElse(code))
        .sorted()
        .toList();
    return new CertificatePdf.Content(
        holder.isErased() ? Optional.empty() : Optional.of(holder.getFullName()),
        c.getCourse().getTitle(),
        c.getCourse().getCode(),
        c.getCourse().getHours(),
        skills,
        c.getIssuedOn(),
        c.getSerial(),
        c.getExpiresOn().orElse(null),
        issuer.name(),
        c.statusOn(LocalDate.now(clock)),
        c.getRevocationReason().orElse(null),
        c.getRevokedAt().map(t -> t.toLocalDate()).orElse(null),
        publicUrl.verification(c.getVerificationCode()));
  }
}

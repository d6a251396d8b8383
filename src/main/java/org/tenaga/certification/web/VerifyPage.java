package org.tenaga.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateStatus;
import org.tenaga.certification.VerificationCode;

/** What an employer sees at a certificate's verification address. */
@Named
@RequestScoped
public class VerifyPage {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private String code;
  private Certificate certificate;
  private boolean looked;

  public Certificate getCertificate() {
    if (!looked) {
      looked = true;
      String lookup = VerificationCode.isWellFormed(code) ? code : "";
      certificate = em.createNamedQuery("Certificate.findByCode", Certificate.class).setParameter("code", lookup)
          .getResultStream().findFirst().orElse(null);
    }
    return certificate;
  }

  public CertificateStatus getStatus() {
    return getCertificate() == null ? null : certificate.statusOn(LocalDate.now(clock));
  }

  public String getHolder() {
    return getCertificate() == null ? null
        : certificate.getLearner().isErased() ? "(the holder erased their personal data)" : certificate.getLearner().getFullName();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

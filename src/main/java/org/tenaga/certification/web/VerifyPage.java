package org.tenaga.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateStatus;
import org.tenaga.certification.Certificates;

/** What an employer sees at a certificate's verification address. */
@Named
@RequestScoped
public class VerifyPage {

  @Inject Certificates certificates;
  @Inject Clock clock;

  private String code;
  private Certificate certificate;
  private boolean looked;

  public Certificate getCertificate() {
    if (!looked) {
      looked = true;
      certificate = certificates.byCode(code).orElse(null);
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

package org.tenaga.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateStatus;
import org.tenaga.certification.CertificateRepository;
import org.tenaga.certification.IssuingInstallation;
import org.tenaga.platform.web.Messages;

/** What an employer sees at a certificate's verification address. */
@Named
@RequestScoped
public class VerifyPage {

  @Inject CertificateRepository certificates;
  @Inject IssuingInstallation issuer;
  @Inject Clock clock;

  private String code;
  private Certificate certificate;
  private boolean looked;

  public Certificate getCertificate() {
    if (!looked) {
      looked = true;
      certificate = certificates.findByCode(code).orElse(null);
    }
    return certificate;
  }

  public CertificateStatus getStatus() {
    return getCertificate() == null ? null : certificate.statusOn(LocalDate.now(clock));
  }

  public String getHolder() {
    return getCertificate() == null ? null
        : certificate.getLearner().isErased() ? Messages.text("verify.holder.erased") : certificate.getLearner().getFullName();
  }

  public String getIssuer() {
    return issuer.name();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

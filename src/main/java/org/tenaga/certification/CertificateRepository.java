package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finding certificates by their public verification code. */
@ApplicationScoped
public class CertificateRepository {

  @PersistenceContext private EntityManager em;

  /**
   * The certificate with this verification code. A malformed code is looked up like any other
   * (as one that matches nothing), so the time an answer takes tells nothing about the code.
   */
  public Optional<Certificate> findByCode(String code) {
    String lookup = VerificationCode.isWellFormed(code) ? code : "";
    return em.createNamedQuery("Certificate.findByCode", Certificate.class).setParameter("code", lookup).getResultStream().findFirst();
  }
}

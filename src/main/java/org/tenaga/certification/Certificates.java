package org.tenaga.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finding certificates by the code printed on them. */
@ApplicationScoped
public class Certificates {

  @PersistenceContext EntityManager em;

  /**
   * The certificate with this verification code. A malformed code is looked up like any other
   * (as the empty string), so the response time tells nothing about which codes exist.
   */
  public Optional<Certificate> byCode(String code) {
    String lookup = VerificationCode.isWellFormed(code) ? code : "";
    return em.createNamedQuery("Certificate.findByCode", Certificate.class).setParameter("code", lookup).getResultStream().findFirst();
  }
}

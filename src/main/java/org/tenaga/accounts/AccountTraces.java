package org.tenaga.accounts;

import jakarta.persistence.EntityManager;
import org.tenaga.audit.AuditEvent;

/**
 * Where Tenaga writes an account's email as the name of who did something: the audit log's actor
 * and attendance's recorder.
 */
final class AccountTraces {

  private AccountTraces() {}

  /**
   * Puts {@code to} where {@code from} named the actor. The audit log is append-only to the
   * application with two deliberate exceptions, both so that it keeps naming one person by one
   * name: erasure (the email becomes a pseudonym) and a change of email (the history follows the
   * person, and a later erasure still finds all of it).
   */
  static void rename(EntityManager em, String from, String to) {
    em.flush();
    em.createNativeQuery("UPDATE audit_event SET actor = ?1 WHERE actor = ?2").setParameter(1, to).setParameter(2, from).executeUpdate();
    em.createNativeQuery("UPDATE attendance SET recorded_by = ?1 WHERE recorded_by = ?2").setParameter(1, to).setParameter(2, from).executeUpdate();
    em.getEntityManagerFactory().getCache().evict(AuditEvent.class);
  }
}

package org.tenaga.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Writes audit events in the transaction of the change they record. */
@ApplicationScoped
public class AuditLog {

  /** The actor of changes made by Tenaga itself (start-up loading, scheduled jobs). */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private SecurityContext securityContext;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String action, String entityType, Object entityId, String summary, String before, String after) {
    em.persist(
        new AuditEvent(
            OffsetDateTime.now(clock),
            currentActor(),
            action,
            entityType,
            String.valueOf(entityId),
            summary,
            before,
            after));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String entityType, Object entityId, String summary) {
    record(action, entityType, entityId, summary, null, null);
  }

  private String currentActor() {
    try {
      Principal p = securityContext.getCallerPrincipal();
      return p == null ? SYSTEM : p.getName();
    } catch (RuntimeException outsideARequest) {
      return SYSTEM;
    }
  }
}

package org.tenaga.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Writes audit events in the transaction of the change they record. */
@ApplicationScoped
public class AuditLog {

  /** The actor of changes made by Tenaga itself (start-up loading, scheduled jobs). */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private CallerName caller;
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

  /** The history of one record, newest first. */
  public java.util.List<AuditEvent> history(String entityType, Object entityId) {
    return em.createNamedQuery("AuditEvent.findByEntity", AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("id", String.valueOf(entityId))
        .setMaxResults(500)
        .getResultList();
  }

  private String currentActor() {
    try {
      return caller.get();
    } catch (jakarta.enterprise.context.ContextNotActiveException outsideARequest) {
      return SYSTEM;
    }
  }
}

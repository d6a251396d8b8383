package org.tenaga.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One audited change. Append-only: the entity refuses updates and deletes. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.findByEntity",
    query =
        "SELECT a FROM AuditEvent a WHERE a.entityType = :type AND a.entityId = :id"
            + " ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private String entityId;

  @Column(nullable = false, updatable = false)
  private String summary;

  @Column(name = "before_state", updatable = false)
  private String beforeState;

  @Column(name = "after_state", updatable = false)
  private String afterState;

  protected AuditEvent() {}

  public AuditEvent(
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String summary,
      String beforeState,
      String afterState) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.summary = summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary;
    this.beforeState = beforeState;
    this.afterState = afterState;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("audit events are append-only");
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSummary() {
    return summary;
  }

  public String getBeforeState() {
    return beforeState;
  }

  public String getAfterState() {
    return afterState;
  }
}

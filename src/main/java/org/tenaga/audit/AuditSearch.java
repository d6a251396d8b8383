package org.tenaga.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tenaga.platform.Problems;

/** The audit trail filtered and paged in the database, newest first: read-only by construction. */
@ApplicationScoped
public class AuditSearch {

  @PersistenceContext EntityManager em;

  /** Every filter is optional; {@code action} matches a prefix ("certificate." finds all of them). */
  public record Filter(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to) {

    public static final Filter NONE = new Filter(null, null, null, null, null, null);

    /** Problems by field name: an empty map means the filter is usable. */
    public Problems problems() {
      Problems problems = new Problems();
      for (var field : Map.of("actor", String.valueOf(actor), "action", String.valueOf(action), "entityType", String.valueOf(entityType),
          "entityId", String.valueOf(entityId)).entrySet()) {
        if (field.getValue().length() > 254) {
          problems.add(field.getKey(), "problem.chars.max", 254);
        }
      }
      if (from != null && to != null && to.isBefore(from)) {
        problems.add("to", "problem.to.before.from");
      }
      return problems;
    }
  }

  public record Page(List<AuditEvent> events, long total) {}

  public Page search(Filter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (present(filter.actor())) {
      where.append(" AND LOWER(e.actor) = :actor");
      parameters.put("actor", filter.actor().strip().toLowerCase(Locale.ROOT));
    }
    if (present(filter.action())) {
      where.append(" AND e.action LIKE :action ESCAPE '\\'");
      parameters.put("action", likePrefix(filter.action().strip()));
    }
    if (present(filter.entityType())) {
      where.append(" AND e.entityType = :type");
      parameters.put("type", filter.entityType().strip());
    }
    if (present(filter.entityId())) {
      where.append(" AND e.entityId = :id");
      parameters.put("id", filter.entityId().strip());
    }
    if (filter.from() != null) {
      where.append(" AND e.occurredAt >= :from");
      parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      where.append(" AND e.occurredAt < :to");
      parameters.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    TypedQuery<AuditEvent> rows =
        em.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
    parameters.forEach((name, value) -> {
      rows.setParameter(name, value);
      count.setParameter(name, value);
    });
    List<AuditEvent> events = new ArrayList<>(rows.setFirstResult(page * size).setMaxResults(size).getResultList());
    return new Page(events, count.getSingleResult());
  }

  /** Distinct actions, for the page's filter list. */
  public List<String> actions() {
    return em.createQuery("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class).getResultList();
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String likePrefix(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}

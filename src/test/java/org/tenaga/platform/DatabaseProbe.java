package org.tenaga.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: counts by SQL inside the server, straight from the tables. */
@ApplicationScoped
public class DatabaseProbe {

  @PersistenceContext private EntityManager em;

  /** The first column of every row, as text. */
  @SuppressWarnings("unchecked")
  public java.util.List<String> column(String sql) {
    return ((java.util.List<Object>) em.createNativeQuery(sql).getResultList()).stream()
        .map(r -> r instanceof Object[] a ? String.valueOf(a[0]) : String.valueOf(r)).toList();
  }

  public long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}

package org.tenaga.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: counts by SQL inside the server, straight from the tables. */
@ApplicationScoped
public class DatabaseProbe {

  @PersistenceContext private EntityManager em;

  public long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}

package org.tenaga.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

/** Dense numbers from a database sequence (H2 and PostgreSQL spell "next value" differently). */
@ApplicationScoped
public class SequenceNumbers {

  @PersistenceContext private EntityManager em;

  private volatile Boolean postgres;

  public long next(String sequence) {
    if (!sequence.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a sequence name: " + sequence);
    }
    String sql =
        isPostgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    // The next value depends on nothing pending in this transaction: no flush before it.
    return ((Number) em.createNativeQuery(sql).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult()).longValue();
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres =
          DatabaseSettings.url(ConfigProvider.getConfig(SequenceNumbers.class.getClassLoader()))
              .startsWith("jdbc:postgresql:");
    }
    return postgres;
  }
}

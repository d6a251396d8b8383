package org.tenaga.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Start-up work done by one instance at a time: on PostgreSQL, instances starting together take a
 * session-level advisory lock for their migrations, demo load, first admin and rollup rebuild, so
 * the second finds the first's work done instead of doing it again. Released when the work is done
 * or, if the instance dies, with its connection. The embedded H2 file has one instance by nature.
 */
public final class StartupLock implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

  /** The advisory lock every Tenaga instance takes: "TENAGA" in ASCII. */
  static final long KEY = 0x54454E414741L;

  private final Connection held;

  private StartupLock(Connection held) {
    this.held = held;
  }

  /** Waits for the lock (on PostgreSQL; at once on H2). */
  public static StartupLock acquire(DataSource dataSource) {
    try {
      Connection c = dataSource.getConnection();
      if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
        c.close();
        return new StartupLock(null);
      }
      long t0 = System.nanoTime();
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, KEY);
        lock.execute();
      }
      long waited = (System.nanoTime() - t0) / 1_000_000;
      if (waited > 1000) {
        LOG.info("Waited " + waited + " ms for another instance's start-up work");
      }
      return new StartupLock(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the start-up lock: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (held == null) {
      return;
    }
    // Pooled connections outlive close(): the session-level lock must be released explicitly.
    try (held; PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release the start-up lock: " + e.getMessage(), e);
    }
  }
}

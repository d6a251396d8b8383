package org.tenaga.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Tenaga for every test class that talks to it only over HTTP and the browser: Payara Micro
 * started once per test JVM as its own process (on demo data, with a first admin) and stopped when
 * the JVM ends. Starting one per class cost ~45 s each and made the suite too slow. Classes share
 * its data and its memory, so each test makes its own learners, cohorts and accounts.
 */
public final class SharedTenaga implements BeforeAllCallback {

  public static final String ADMIN_EMAIL = "root@tenaga.test";
  public static final String ADMIN_PASSWORD = "first-admin-passphrase";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private static TenagaProcess server;
  private static String jdbcUrl;
  private static RuntimeException failedStart;

  @Override
  public void beforeAll(ExtensionContext context) {
    base();
  }

  /**
   * The shared server's address, starting it on first use; {@code -Dtenaga.it.base=http://…/}
   * points the tests at a server already running instead (for working on one test class).
   */
  public static synchronized URI base() {
    String given = System.getProperty("tenaga.it.base");
    if (given != null && !given.isBlank()) {
      return URI.create(given);
    }
    if (failedStart != null) {
      throw failedStart; // one failed start fails every class fast instead of retrying for minutes
    }
    if (server == null) {
      try {
        server = start();
      } catch (RuntimeException e) {
        failedStart = e;
        throw e;
      }
    }
    return server.base();
  }

  /** Whether the shared server runs on PostgreSQL ({@code -Ppostgres}) rather than an H2 file. */
  public static boolean onPostgres() {
    base();
    String url = System.getProperty("tenaga.it.jdbc", jdbcUrl);
    return url != null && url.startsWith("jdbc:postgresql:"); // a running server given without its database: H2 assumed
  }

  /**
   * A JDBC connection to the shared server's database, for checks the API cannot make (a checksum
   * of every table); {@code -Dtenaga.it.jdbc=…} goes with {@code tenaga.it.base}.
   */
  public static java.sql.Connection database() throws java.sql.SQLException {
    base();
    String url = System.getProperty("tenaga.it.jdbc", jdbcUrl);
    if (url == null) {
      throw new IllegalStateException("no database for a server given by tenaga.it.base; set tenaga.it.jdbc too");
    }
    return java.sql.DriverManager.getConnection(url, "tenaga", "tenaga");
  }

  private static TenagaProcess start() {
    String fork = System.getProperty("it.fork", "1");
    Path dir = Path.of("target", "it-db", "shared-fork-" + fork);
    try {
      delete(dir);
      String postgres = System.getProperty("tenaga.it.postgres", "");
      jdbcUrl = postgres.isBlank()
          // AUTO_SERVER: the test JVM may open the same database alongside the server (checksums)
          ? "jdbc:h2:file:" + dir.toAbsolutePath().resolve("tenaga") + ";LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE" // not with DB_CLOSE_ON_EXIT=FALSE (H2 refuses the pair)
          : postgres + "shared_fork_" + fork; // -Ppostgres: an empty database per test JVM, made by the build
      TenagaProcess process = TenagaProcess.start("shared-fork-" + fork, Map.of(
          "TENAGA_DB_URL", jdbcUrl,
          "TENAGA_BACKUP_DIR", dir.resolveSibling("backups-fork-" + fork).toAbsolutePath().toString(),
          "TENAGA_ADMIN_EMAIL", ADMIN_EMAIL,
          "TENAGA_ADMIN_PASSWORD", ADMIN_PASSWORD,
          // every test client comes from 127.0.0.1: the per-address budget is the per-account one
          // times many, so tests of wrong passwords in one class cannot slow down the next
          "TENAGA_LOGIN_ADDRESS_FREE_FAILURES", "100000"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          process.stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      long ready = process.awaitReady(START_TIMEOUT);
      System.out.println("shared Tenaga (fork " + fork + ") ready in " + ready + " ms at " + process.base());
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

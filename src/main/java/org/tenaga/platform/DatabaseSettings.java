package org.tenaga.platform;

import java.nio.file.Path;
import java.sql.Driver;
import org.eclipse.microprofile.config.Config;

/** Database connection settings from MicroProfile Config, with the embedded H2 file as default. */
public final class DatabaseSettings {

  /**
   * The embedded default. DB_CLOSE_ON_EXIT=FALSE lets the pool close H2, not H2's own shutdown
   * hook; LOCK_TIMEOUT lets writers wait for a row lock (capacity) instead of failing after 2 s.
   */
  static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

  /**
   * H2 writes committed changes to its file up to 500 ms after the commit by default, so a killed
   * process could lose writes it had already answered. With a write delay of 0 every commit is in
   * the file before the response goes out.
   */
  static final String H2_DURABLE = ";WRITE_DELAY=0";

  private DatabaseSettings() {}

  public static String url(Config config) {
    return durable(config
        .getOptionalValue("tenaga.db.url", String.class)
        .orElseGet(
            () ->
                "jdbc:h2:file:"
                    + Path.of("data", "tenaga").toAbsolutePath().normalize()
                    + H2_OPTIONS));
  }

  /** An H2 URL that names no write delay gets the durable one; other URLs are left as given. */
  static String durable(String url) {
    if (url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
      return url + H2_DURABLE;
    }
    return url;
  }

  public static String user(Config config) {
    return config.getOptionalValue("tenaga.db.user", String.class).orElse("tenaga");
  }

  public static String password(Config config) {
    return config.getOptionalValue("tenaga.db.password", String.class).orElse("tenaga");
  }

  static Driver driverFor(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return new org.h2.Driver();
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new org.postgresql.Driver();
    }
    throw new IllegalStateException(
        "TENAGA_DB_URL must start with jdbc:h2: or jdbc:postgresql:, not " + redact(url));
  }

  /** The URL without anything after '?' or ';' (options may carry passwords). */
  static String redact(String url) {
    int cut = url.length();
    for (char c : new char[] {'?', ';'}) {
      int i = url.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return url.substring(0, cut);
  }
}

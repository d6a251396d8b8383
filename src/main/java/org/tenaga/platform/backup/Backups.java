package org.tenaga.platform.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenaga.audit.AuditLog;
import org.tenaga.platform.DataSourceDeclaration;
import org.tenaga.platform.api.ApiException;

/**
 * Online backups of the embedded database: H2's {@code SCRIPT TO} writes every table as SQL into a
 * zip while Tenaga keeps running, in one statement and so from one consistent snapshot. (H2's
 * {@code BACKUP TO} copies the files instead, and was found to leave out transactions committed
 * seconds before it; BackupIT would catch that again.) Restoring is an offline step with H2's own
 * RunScript tool (README, "Backup and restore"). PostgreSQL installations back up with
 * {@code pg_dump}, which this does not replace.
 */
@ApplicationScoped
public class Backups {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  /** A backup made: its file, size and SHA-256, to check a copy kept elsewhere. */
  public record Backup(String file, long bytes, String sha256, OffsetDateTime takenAt) {}

  @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
  DataSource dataSource;

  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tenaga.backup.dir", defaultValue = "data/backups")
  String directory;

  @jakarta.transaction.Transactional // the audit event goes with it
  public Backup create() {
    OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
    Path dir = Path.of(directory).toAbsolutePath().normalize();
    Path file = dir.resolve("tenaga-" + STAMP.format(now.withOffsetSameInstant(ZoneOffset.UTC)) + ".zip");
    try (Connection c = dataSource.getConnection()) {
      if (!c.getMetaData().getURL().startsWith("jdbc:h2:")) {
        throw new ApiException(409, "not_embedded", "This installation runs on PostgreSQL: back it up with pg_dump (README, \"Backup and restore\").");
      }
      Files.createDirectories(dir);
      if (Files.exists(file)) {
        throw new ApiException(409, "backup_exists", "A backup was taken this second already: " + file.getFileName());
      }
      try (Statement s = c.createStatement()) {
        // The path is ours, not a caller's; quotes are doubled as SQL string literals need.
        s.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("backup to " + file + " failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Backup backup = new Backup(file.toString(), size(file), sha256(file), now);
    audit.record("backup.created", "Backup", file.getFileName().toString(), backup.bytes() + " bytes, sha256 " + backup.sha256());
    return backup;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[65536];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

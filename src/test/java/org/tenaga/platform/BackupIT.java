package org.tenaga.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.DatabaseChecksum;
import org.tenaga.support.SharedTenaga;

/**
 * An admin's online backup, restored the way the README says (H2's RunScript tool) into an empty
 * database: every table of the restored database, the inclusion rollups included, is identical
 * to the running one at the moment of the backup, and so are the statistics read from it.
 */
@ExtendWith(SharedTenaga.class)
class BackupIT {

  @Test
  void onPostgresqlTheBackupIsPostgresqlsOwn() {
    assumeTrue(SharedTenaga.onPostgres(), "H2: see the test below");
    URI base = SharedTenaga.base();
    Api admin = Api.bearer(base, Api.token(base, "admin@tenaga.test", Api.DEMO_PASSWORD));
    Api.Response refused = admin.post("/api/v1/admin/backup", "");
    assertEquals(409, refused.status(), refused::toString);
    assertTrue(refused.body().contains("pg_dump"), refused::toString);
  }

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRowAndTheSameStatistics() throws Exception {
    assumeFalse(SharedTenaga.onPostgres(), "an H2 backup; PostgreSQL has pg_dump");
    URI base = SharedTenaga.base();
    Api admin = Api.bearer(base, Api.token(base, "admin@tenaga.test", Api.DEMO_PASSWORD));
    Map<String, String> live;
    long peopleCertified;
    try (Connection db = SharedTenaga.database()) {
      live = DatabaseChecksum.of(db);
      peopleCertified = peopleCertified(db);
    }
    Api.Response taken = admin.post("/api/v1/admin/backup", "");
    assertEquals(201, taken.status(), taken::toString);
    JsonObject backup = taken.object();
    Path zip = Path.of(backup.getString("file"));
    assertTrue(Files.size(zip) > 100_000, "a whole database: " + Files.size(zip) + " bytes");
    assertEquals(Files.size(zip), backup.getJsonNumber("bytes").longValue());
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip))), backup.getString("sha256"));

    Path restored = Files.createTempDirectory(Path.of("target"), "restored-");
    String copyUrl = "jdbc:h2:file:" + restored.toAbsolutePath().resolve("tenaga");
    org.h2.tools.RunScript.main("-url", copyUrl, "-user", "tenaga", "-password", "tenaga", "-script", zip.toString(), "-options", "COMPRESSION", "ZIP");
    try (Connection db = DriverManager.getConnection(copyUrl, "tenaga", "tenaga")) {
      Map<String, String> copy = DatabaseChecksum.of(db);
      assertEquals(live.keySet(), copy.keySet());
      for (String table : live.keySet()) {
        assertEquals(live.get(table), copy.get(table), "table " + table + " restored row for row");
      }
      assertEquals(peopleCertified, peopleCertified(db));
    }
    assertEquals(200, admin.get("/api/v1/admin/audit?action=backup.created&size=1").status());
    assertEquals(403, Api.as(base, "coordinator@tenaga.test").post("/api/v1/admin/backup", "").status(), "admins only");
  }

  /** People certified in every commitment, as the inclusion rollups hold them. */
  private static long peopleCertified(Connection db) throws Exception {
    try (ResultSet r = db.createStatement().executeQuery("SELECT COUNT(DISTINCT learner_id) FROM inclusion_reach WHERE stage = 'CERTIFIED'")) {
      r.next();
      return r.getLong(1);
    }
  }
}

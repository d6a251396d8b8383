package org.tenaga.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tenaga.support.Api;
import org.tenaga.support.TenagaProcess;

/**
 * The ways an operator starts Tenaga, through its environment variables: an empty production
 * start with a first admin, and a restart that keeps every row and loads no demo data twice.
 */
class StartModesIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private static String h2(String folder) throws IOException {
    Path dir = Path.of("target", folder);
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("tenaga") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
  }

  private static long courseFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("courses"))) {
      return s.filter(p -> p.toString().endsWith(".md")).count();
    }
  }

  private static int total(Api api, String path) {
    Api.Response r = api.get(path);
    assertEquals(200, r.status(), r::toString);
    return Integer.parseInt(r.header("X-Total-Count"));
  }

  @Test
  void anEmptyProductionStartHasTheCatalogueAndTheFirstAdminButNoDemoData() throws Exception {
    Map<String, String> env = Map.of(
        "TENAGA_DB_URL", h2("it-db-none"),
        "TENAGA_SEED", "none",
        "TENAGA_ADMIN_EMAIL", "Operator@Example.org",
        "TENAGA_ADMIN_PASSWORD", "first admin passphrase");
    try (TenagaProcess tenaga = TenagaProcess.start("seed-none", env)) {
      long ready = tenaga.awaitReady(START_TIMEOUT);
      System.out.println("start to ready, TENAGA_SEED=none: " + ready + " ms");
      Api admin = Api.as(tenaga.base(), "operator@example.org", "first admin passphrase");
      assertEquals(courseFiles(), Api.anonymous(tenaga.base()).get("/api/v1/courses").array().size());
      assertEquals(0, total(admin, "/api/v1/cohorts"), "no demo cohorts, drafts included");
      assertEquals(200, admin.post("/api/v1/admin/catalogue/reload", "{}").status());
      assertEquals(401, Api.as(tenaga.base(), "admin@tenaga.test").get("/api/v1/venues").status(), "no demo accounts");
      assertTrue(admin.get("/api/v1/venues").array().isEmpty(), "no demo venues");
    }
  }

  @Test
  void aRestartKeepsEveryRowAndDoesNotLoadTheDemoDataAgain() throws Exception {
    Map<String, String> env = Map.of("TENAGA_DB_URL", h2("it-db-restart"));
    String email = "kept-" + System.nanoTime() + "@tenaga.test";
    int cohorts;
    int learnersCohortOpen;
    try (TenagaProcess first = TenagaProcess.start("restart-1", env)) {
      long ready = first.awaitReady(START_TIMEOUT);
      System.out.println("start to ready, first start with demo load: " + ready + " ms");
      Api admin = Api.as(first.base(), "admin@tenaga.test");
      cohorts = total(admin, "/api/v1/cohorts");
      learnersCohortOpen = total(Api.anonymous(first.base()), "/api/v1/cohorts?status=OPEN");
      Api.Response created = admin.post("/api/v1/admin/accounts",
          "{\"email\":\"" + email + "\",\"password\":\"a passphrase to keep\",\"fullName\":\"Kept Across Restarts\",\"roles\":[\"ADMIN\"]}");
      assertEquals(201, created.status(), created::toString);
      first.stop();
    }
    try (TenagaProcess second = TenagaProcess.start("restart-2", env)) {
      long ready = second.awaitReady(START_TIMEOUT);
      System.out.println("start to ready, restart on demo data: " + ready + " ms");
      Api admin = Api.as(second.base(), "admin@tenaga.test");
      assertEquals(cohorts, total(admin, "/api/v1/cohorts"), "the demo cohorts are neither lost nor duplicated");
      assertEquals(learnersCohortOpen, total(Api.anonymous(second.base()), "/api/v1/cohorts?status=OPEN"));
      assertEquals(200, Api.as(second.base(), email, "a passphrase to keep").get("/api/v1/venues").status(), "the account written before the restart is there");
    }
  }
}

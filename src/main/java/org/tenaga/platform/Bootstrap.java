package org.tenaga.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenaga.accounts.AccountService;
import org.tenaga.accounts.ApiTokens;
import org.tenaga.catalog.CatalogueLoader;
import org.tenaga.certification.badges.Issuer;
import org.tenaga.certification.badges.StatusLists;
import org.tenaga.inclusion.InclusionRollups;
import org.tenaga.inclusion.ReachIndex;
import org.tenaga.platform.cluster.StartupLock;
import org.tenaga.platform.seed.DemoSeedLoader;
import org.tenaga.platform.seed.ReferenceDataLoader;

/**
 * Start-up, in order: migrate the schema, make the credential and API-token signing keys (first start), load
 * reference data into an empty database, load the catalogue from {@code TENAGA_COURSES_DIR}, load
 * the demo programme when {@code TENAGA_SEED=demo} (once), create the first admin from
 * {@code TENAGA_ADMIN_EMAIL}, (re)build the inclusion rollups when they are missing or stale,
 * publish the revocation status lists; then report ready, and load the inclusion reaches into
 * memory for drill-downs.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {

  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "tenaga.seed", defaultValue = "demo")
  String seed;

  @Inject ReferenceDataLoader referenceData;
  @Inject CatalogueLoader catalogue;
  @Inject DemoSeedLoader demo;
  @Inject AccountService accounts;
  @Inject Issuer issuer;
  @Inject ApiTokens tokens;
  @Inject StatusLists statusLists;
  @Inject InclusionRollups inclusion;
  @Inject ReachIndex reachIndex;
  @Inject StartupState state;

  @Resource ManagedExecutorService executor;

  // On the method too: a class-level attribute does not reach a singleton's @PostConstruct, which
  // otherwise runs in one transaction holding every start-up step's writes until its end.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    long t0 = System.nanoTime();
    try {
      String mode = seed.strip().toLowerCase(Locale.ROOT);
      if (!mode.equals("demo") && !mode.equals("none")) {
        throw new IllegalStateException("TENAGA_SEED must be 'demo' or 'none', not '" + seed + "'");
      }
      // On a shared PostgreSQL database, one instance at a time (the others then find it done).
      try (StartupLock once = StartupLock.acquire(dataSource)) {
        var migrated = Migrations.migrate(dataSource);
        LOG.info("Schema at version " + migrated.targetSchemaVersion + " (" + migrated.migrationsExecuted + " migrations run)");
        issuer.ensureSigningKey(); // before anything can issue a certificate
        tokens.ensureKey();
        referenceData.loadIfEmpty();
        catalogue.reload();
        if (mode.equals("demo") && !demo.isLoaded()) {
          demo.load();
        }
        accounts.createFirstAdminIfConfigured();
        // Statistics of a database that never had them, or whose commitments or catalogue changed.
        inclusion.rebuildAtStartIfStale();
        statusLists.publishAll();
      }
      state.ready();
      LOG.info(String.format("Tenaga is ready (start-up work took %d ms)", (System.nanoTime() - t0) / 1_000_000));
      // Reading millions of reach rows takes a minute or more: after ready, so whole commitments,
      // pages and the API answer meanwhile; a drill-down arriving before the load waits for it.
      executor.submit(this::loadReaches);
    } catch (RuntimeException e) {
      state.failed(e.getMessage());
      LOG.log(Level.SEVERE, "Tenaga failed to start: " + e.getMessage(), e);
    }
  }

  private void loadReaches() {
    try {
      reachIndex.catchUp();
    } catch (RuntimeException e) {
      // The next drill-down tries again.
      LOG.log(Level.WARNING, "Loading the inclusion reaches failed: " + e.getMessage(), e);
    }
  }
}

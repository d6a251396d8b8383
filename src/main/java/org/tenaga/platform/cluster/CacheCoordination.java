package org.tenaga.platform.cluster;

import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.coordination.RemoteCommandManager;
import org.eclipse.persistence.sessions.coordination.TransportManager;

/**
 * When Tenaga runs as a cluster ({@code TENAGA_CLUSTER=true}), tells the other instances which
 * entities a transaction changed, through Payara's data grid, so none keeps serving a stale copy
 * from its shared cache (the catalogue, commitments, organisations, venues and reference data are
 * cached: {@code @Cacheable}). Payara ships the transport (the same one the
 * {@code eclipselink.cache.coordination.protocol} property names); it needs the data grid, which
 * a single instance started with {@code --nocluster} does not have, hence the setting.
 */
public class CacheCoordination implements SessionCustomizer {

  private static final Logger LOG = Logger.getLogger(CacheCoordination.class.getName());

  static final String PAYARA_TRANSPORT = "fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager";

  @Override
  public void customize(Session session) throws Exception {
    if (!ClusterSettings.clustered(ConfigProvider.getConfig())) {
      return;
    }
    AbstractSession coordinated = (AbstractSession) session;
    RemoteCommandManager commands = new RemoteCommandManager(coordinated);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    commands.setTransportManager((TransportManager) Class.forName(PAYARA_TRANSPORT, true, loader).getDeclaredConstructor().newInstance());
    commands.setChannel("tenaga-entities");
    coordinated.setCommandManager(commands);
    coordinated.setShouldPropagateChanges(true);
    LOG.info("Entity cache changes are shared with the other Tenaga instances through the data grid");
  }
}

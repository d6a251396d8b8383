package org.tenaga.platform.cluster;

import org.eclipse.microprofile.config.Config;

/** Whether this instance is one of several on a shared PostgreSQL database: {@code TENAGA_CLUSTER}. */
public final class ClusterSettings {

  private ClusterSettings() {}

  public static boolean clustered(Config config) {
    return config.getOptionalValue("tenaga.cluster", Boolean.class).orElse(false);
  }
}

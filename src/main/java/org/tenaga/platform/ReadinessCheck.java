package org.tenaga.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once start-up is done: Payara says "ready" even when the deployment failed. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject StartupState state;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("tenaga-startup").status(state.isReady());
    if (state.failure() != null) {
      builder.withData("failure", state.failure());
    }
    return builder.build();
  }

  /** Alive while the application is deployed and has not failed its start-up. */
  @Liveness
  @ApplicationScoped
  public static class Alive implements HealthCheck {
    @Inject StartupState state;

    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.named("tenaga").status(state.failure() == null).build();
    }
  }
}

package org.tenaga.inclusion.api;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds {@code Server-Timing: app;dur=…} (milliseconds from the resource's start to its answer) to
 * the responses of annotated resources, so load tests can tell the statistics' time from the
 * network's and the login's.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ServerTiming {

  /** The filter behind the annotation. */
  @Provider
  @ServerTiming
  final class Filter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = ServerTiming.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (request.getProperty(STARTED) instanceof Long started) {
        response.getHeaders().add("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
      }
    }
  }
}

package org.tenaga.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class): 401 without credentials,
 * 403 with credentials but none of the roles. Methods without it are public.
 */
@Provider
public class RoleCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (roles != null) {
      context.register(new Filter(roles.value()));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class Filter implements ContainerRequestFilter {
    private final String[] roles;

    Filter(String[] roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            Response.status(401)
                .header("WWW-Authenticate", "Basic realm=\"tenaga\", charset=\"UTF-8\"")
                .type("application/json")
                .entity(new ApiError("unauthorized", "Log in first (HTTP Basic or a bearer token)."))
                .build());
        return;
      }
      if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
        request.abortWith(
            ErrorMappers.respond(
                403,
                new ApiError("forbidden", "Your account's roles do not allow this (needs " + String.join(" or ", roles) + ").")));
      }
    }
  }
}

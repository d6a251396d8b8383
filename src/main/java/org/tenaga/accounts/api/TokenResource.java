package org.tenaga.accounts.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.ApiTokens;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.TenagaAuthenticationMechanism;
import org.tenaga.platform.api.ApiException;

/** Email and password (HTTP Basic) in, a short-lived bearer token out. */
@Path("/v1/auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  @Inject ApiTokens tokens;
  @Inject CurrentAccount caller;
  @Context HttpServletRequest request;

  @POST
  @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "LEARNER", "DONOR"})
  @Transactional
  @Operation(summary = "HTTP Basic → {token, expiresAt}: a signed bearer token (RS256, MicroProfile JWT claims) valid for 15 minutes")
  public ApiTokens.Token issue() {
    // A token cannot renew itself: the password stands behind every token.
    if (!"Basic".equals(request.getAttribute(TenagaAuthenticationMechanism.AUTH_SCHEME))) {
      throw new ApiException(401, "unauthorized", "Ask for a token with your email and password (HTTP Basic).");
    }
    return tokens.issue(caller.require());
  }
}

package org.tenaga.accounts.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.DataRights;
import org.tenaga.platform.api.ApiException;

/** A learner's own data: download it, or erase it. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyDataResource {

  @Inject DataRights rights;
  @Inject CurrentAccount caller;

  @GET
  @Path("data")
  @RolesAllowed("LEARNER")
  @Operation(summary = "Everything Tenaga holds about the caller, as JSON")
  public JsonObject data() {
    caller.requireLearner();
    return rights.export(caller.require());
  }

  @DELETE
  @RolesAllowed("LEARNER")
  @Operation(summary = "Erase the caller's personal data and account; statistics and certificates stay (204)")
  public Response erase() {
    caller.requireLearner();
    rights.erase(caller.require());
    return Response.noContent().build();
  }
}

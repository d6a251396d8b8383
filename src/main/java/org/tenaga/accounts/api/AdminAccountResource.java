package org.tenaga.accounts.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.AccountService;
import org.tenaga.accounts.NewAccount;
import org.tenaga.accounts.UserAccount;
import org.tenaga.platform.api.ApiException;

/** Accounts, created by admins. */
@Path("/v1/admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminAccountResource {

  @Inject AccountService accounts;

  @POST
  @RolesAllowed("ADMIN")
  @Operation(summary = "Create an account: 201 {id}; 400 naming each bad field; 409 email_taken")
  public Response create(NewAccount request) {
    if (request == null) {
      throw ApiException.invalid("body", "is required: {email, password, fullName, roles, countries, organisation}");
    }
    UserAccount account = accounts.create(request);
    return Response.created(URI.create("/api/v1/admin/accounts/" + account.getId()))
        .entity(Map.of("id", String.valueOf(account.getId())))
        .build();
  }
}

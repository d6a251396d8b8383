package org.tenaga.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateRevocation;
import org.tenaga.platform.api.ApiException;

/** A coordinator revokes a certificate of a cohort in their countries. */
@Path("/v1/certificates/{code}/revoke")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RevocationResource {

  @Inject CertificateRevocation revocation;
  @Inject CurrentAccount caller;

  public record RevocationRequest(String reason) {}

  public record Revoked(String serial, String status, LocalDate revokedOn, String revocationReason) {}

  @POST
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  @Operation(summary = "{reason} → the certificate is REVOKED; the status list is republished in the same transaction")
  public Revoked revoke(@PathParam("code") String code, RevocationRequest request) {
    if (request == null) {
      throw ApiException.invalid("reason", "is required");
    }
    Certificate c = revocation.revoke(code, request.reason(), caller.require());
    return new Revoked(c.getSerial(), "REVOKED", c.getRevokedAt().orElseThrow().toLocalDate(), c.getRevocationReason().orElse(null));
  }
}

package org.tenaga.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.certification.CertificateDocuments;

/** A holder's certificate as a signed Open Badges 3.0 credential. */
@Path("/v1/certificates/{code}/credential")
@RequestScoped
public class CredentialResource {

  @Inject CertificateDocuments documents;
  @Inject CurrentAccount caller;

  @GET
  @RolesAllowed({"LEARNER", "COORDINATOR", "ADMIN", "TRAINER", "DONOR"})
  @Operation(summary = "The signed OpenBadgeCredential (eddsa-rdfc-2022) of the caller's own certificate; 403 for anyone else")
  public Response credential(@PathParam("code") String code) {
    CertificateDocuments.File file = documents.credential(code, caller.require());
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", file.contentDisposition())
        .header("Cache-Control", file.cacheControl())
        .build();
  }
}

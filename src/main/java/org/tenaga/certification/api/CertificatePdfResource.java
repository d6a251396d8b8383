package org.tenaga.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.certification.CertificateDocuments;

/** A certificate's PDF, for its holder and the coordinators of its cohort's country. */
@Path("/v1/certificates/{code}/pdf")
@RequestScoped
public class CertificatePdfResource {

  @Inject CertificateDocuments documents;
  @Inject CurrentAccount caller;

  @GET
  @Produces({"application/pdf", "application/json"})
  @RolesAllowed({"LEARNER", "COORDINATOR", "ADMIN"})
  @Operation(summary = "The certificate as a one-page PDF with a QR code of its verification address; for its holder and the"
      + " coordinators of its cohort's country (401 without credentials, 403 for anyone else, 404 for an unknown code)")
  public Response pdf(@PathParam("code") String code) {
    CertificateDocuments.File file = documents.pdf(code, caller.require());
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", file.contentDisposition())
        .header("Cache-Control", file.cacheControl())
        .build();
  }
}

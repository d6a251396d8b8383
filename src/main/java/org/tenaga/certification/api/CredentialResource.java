package org.tenaga.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateRepository;
import org.tenaga.certification.badges.OpenBadgeCredentials;
import org.tenaga.platform.api.ApiException;

/** A holder's certificate as a signed Open Badges 3.0 credential. */
@Path("/v1/certificates/{code}/credential")
@RequestScoped
public class CredentialResource {

  @Inject CertificateRepository certificates;
  @Inject OpenBadgeCredentials credentials;
  @Inject CurrentAccount caller;

  @GET
  @RolesAllowed("LEARNER")
  @Transactional
  @Operation(summary = "The signed OpenBadgeCredential (eddsa-rdfc-2022) of the caller's certificate")
  public Response credential(@PathParam("code") String code) {
    Certificate certificate = certificates.findByCode(code).orElseThrow(() -> ApiException.notFound("Certificate"));
    if (!certificate.getLearner().getId().equals(caller.requireLearner().getId())) {
      throw ApiException.forbidden("Only the holder can download a certificate's credential.");
    }
    return Response.ok(credentials.signed(certificate).toString(), IssuerResource.JSON_LD)
        .header("Content-Disposition", "attachment; filename=\"" + certificate.getSerial() + ".json\"")
        .build();
  }
}

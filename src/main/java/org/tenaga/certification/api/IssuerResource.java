package org.tenaga.certification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.certification.badges.Issuer;
import org.tenaga.certification.badges.StatusLists;
import org.tenaga.platform.api.ApiException;

/** The public documents a verifier of Tenaga's credentials dereferences. */
@Path("/v1/issuer")
@RequestScoped
public class IssuerResource {

  static final String JSON_LD = "application/ld+json";

  @Inject Issuer issuer;
  @Inject StatusLists statusLists;

  @GET
  @Operation(summary = "The issuer profile (Open Badges 3.0 Profile) named in every credential")
  public Response profile() {
    return jsonLd(issuer.profile().toString());
  }

  @GET
  @Path("keys/{number}")
  @Operation(summary = "A signing key as a Multikey document (the proof's verificationMethod)")
  public Response key(@PathParam("number") int number) {
    return jsonLd(issuer.keyDocument(number).orElseThrow(() -> ApiException.notFound("Key")).toString());
  }

  @GET
  @Path("status/{number}")
  @Operation(summary = "A signed BitstringStatusListCredential of revocations")
  public Response statusList(@PathParam("number") int number) {
    return jsonLd(statusLists.published(number).orElseThrow(() -> ApiException.notFound("Status list")));
  }

  static Response jsonLd(String body) {
    return Response.ok(body, JSON_LD).header("Cache-Control", "no-cache").header("Access-Control-Allow-Origin", "*").build();
  }
}

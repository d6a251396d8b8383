package org.tenaga.certification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tenaga.certification.badges.CredentialVerifier;
import org.tenaga.platform.api.ApiException;

/** Anyone can check a credential Tenaga issued: proof, issuer key, validity and revocation. */
@Path("/v1/credentials/verify")
@RequestScoped
public class CredentialVerificationResource {

  /** Far above any credential Tenaga issues (~2 KB); bounds the work a caller can ask for. */
  static final int MAX_CHARS = 64 * 1024;

  @Inject CredentialVerifier verifier;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+ld+json", "application/vc"})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "body: a credential → {verified, status: VALID | EXPIRED | REVOKED | INVALID, signatureValid, problems}")
  public CredentialVerifier.Outcome verify(String body) {
    if (body == null || body.isBlank()) {
      throw ApiException.invalid("credential", "the body must be the credential as JSON");
    }
    if (body.length() > MAX_CHARS) {
      throw ApiException.invalid("credential", "is larger than " + MAX_CHARS + " characters");
    }
    JsonValue parsed;
    try {
      parsed = Json.createReader(new StringReader(body)).readValue();
    } catch (JsonException e) {
      throw ApiException.invalid("credential", "is not valid JSON");
    }
    if (!(parsed instanceof JsonObject credential)) {
      throw ApiException.invalid("credential", "must be a JSON object");
    }
    return verifier.verify(credential);
  }
}

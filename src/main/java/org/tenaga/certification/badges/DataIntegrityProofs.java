package org.tenaga.certification.badges;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * W3C Data Integrity proofs with the cryptosuite {@code eddsa-rdfc-2022}: the Ed25519 signature
 * over sha256(canonical proof options) ‖ sha256(canonical document without its proof).
 */
public final class DataIntegrityProofs {

  public static final String TYPE = "DataIntegrityProof";
  public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
  public static final String PURPOSE = "assertionMethod";

  private DataIntegrityProofs() {}

  /** {@code unsecured} with a {@code proof} signed by {@code key}, published as {@code verificationMethod}. */
  public static JsonObject sign(JsonObject unsecured, String verificationMethod, Instant created, PrivateKey key)
      throws CredentialProblem {
    if (unsecured.containsKey("proof")) {
      throw new CredentialProblem("the document already carries a proof");
    }
    JsonObject options =
        Json.createObjectBuilder()
            .add("type", TYPE)
            .add("cryptosuite", CRYPTOSUITE)
            // whole seconds with a zone: verifiers refuse "2025-01-15T10:00Z"
            .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
            .add("verificationMethod", verificationMethod)
            .add("proofPurpose", PURPOSE)
            .build();
    byte[] signature;
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initSign(key);
      ed25519.update(hashData(unsecured, options));
      signature = ed25519.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
    JsonObject proof = Json.createObjectBuilder(options).add("proofValue", Multibase.encode(signature)).build();
    return Json.createObjectBuilder(unsecured).add("proof", proof).build();
  }

  /** The proof's verification method URL, after checking the proof's form. */
  public static String verificationMethodOf(JsonObject secured) throws CredentialProblem {
    JsonObject proof = proofOf(secured);
    return text(proof, "verificationMethod");
  }

  /** Checks the proof of {@code secured} against {@code key}; the problem is named when it fails. */
  public static void verify(JsonObject secured, PublicKey key) throws CredentialProblem {
    JsonObject proof = proofOf(secured);
    byte[] signature;
    try {
      signature = Multibase.decode(text(proof, "proofValue"));
    } catch (IllegalArgumentException e) {
      throw new CredentialProblem("proof.proofValue is not base58-btc multibase: " + e.getMessage());
    }
    if (signature.length != 64) {
      throw new CredentialProblem("proof.proofValue is not a 64-byte Ed25519 signature");
    }
    JsonObjectBuilder options = Json.createObjectBuilder(proof);
    options.remove("proofValue");
    JsonObjectBuilder unsecured = Json.createObjectBuilder(secured);
    unsecured.remove("proof");
    boolean valid;
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initVerify(key);
      ed25519.update(hashData(unsecured.build(), options.build()));
      valid = ed25519.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new CredentialProblem("the signature cannot be checked: " + e.getMessage(), e);
    }
    if (!valid) {
      throw new CredentialProblem(
          "the signature does not match: the credential was changed after it was signed, or another key signed it");
    }
  }

  private static byte[] hashData(JsonObject unsecured, JsonObject options) throws CredentialProblem {
    JsonValue context = unsecured.get("@context");
    if (context == null) {
      throw new CredentialProblem("@context is missing");
    }
    JsonObject proofConfig = Json.createObjectBuilder(options).add("@context", context).build();
    MessageDigest sha256 = sha256();
    byte[] proofHash = sha256.digest(Canonicalization.canonicalNQuads(proofConfig));
    byte[] documentHash = sha256.digest(Canonicalization.canonicalNQuads(unsecured));
    byte[] both = new byte[proofHash.length + documentHash.length];
    System.arraycopy(proofHash, 0, both, 0, proofHash.length);
    System.arraycopy(documentHash, 0, both, proofHash.length, documentHash.length);
    return both;
  }

  private static JsonObject proofOf(JsonObject secured) throws CredentialProblem {
    JsonValue proof = secured.get("proof");
    if (proof == null) {
      throw new CredentialProblem("proof is missing: the credential is not signed");
    }
    if (proof.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new CredentialProblem("proof must be one object (Tenaga signs with a single proof)");
    }
    JsonObject p = proof.asJsonObject();
    expect(p, "type", TYPE);
    expect(p, "cryptosuite", CRYPTOSUITE);
    expect(p, "proofPurpose", PURPOSE);
    text(p, "created");
    return p;
  }

  private static void expect(JsonObject proof, String field, String value) throws CredentialProblem {
    if (!value.equals(text(proof, field))) {
      throw new CredentialProblem("proof." + field + " must be " + value);
    }
  }

  private static String text(JsonObject proof, String field) throws CredentialProblem {
    JsonValue value = proof.get(field);
    if (!(value instanceof JsonString s)) {
      throw new CredentialProblem("proof." + field + " is missing or not a string");
    }
    return s.getString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.tenaga.certification.badges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tenaga.certification.Certificate;
import org.tenaga.certification.CertificateRepository;
import org.tenaga.platform.PublicUrl;

/**
 * Checks a credential as any verifier would: its form, that this installation's key signed it
 * unchanged, its validity period, and its revocation bit in the published status list.
 */
@ApplicationScoped
public class CredentialVerifier {

  public enum Status { VALID, EXPIRED, REVOKED, INVALID }

  /** {@code verified} only when the proof holds and the credential is neither expired nor revoked. */
  public record Outcome(boolean verified, Status status, boolean signatureValid, List<String> problems) {}

  @Inject CertificateRepository certificates;
  @Inject Issuer issuer;
  @Inject StatusLists statusLists;
  @Inject PublicUrl publicUrl;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Outcome verify(JsonObject credential) {
    List<String> problems = new ArrayList<>();
    checkForm(credential, problems);
    boolean signatureValid = checkProof(credential, problems);
    if (!problems.isEmpty()) {
      return new Outcome(false, Status.INVALID, signatureValid, problems);
    }
    Status status = Status.VALID;
    Instant now = clock.instant();
    Optional<Instant> validFrom = instant(credential, "validFrom", problems);
    Optional<Instant> validUntil = instant(credential, "validUntil", problems);
    if (validFrom.isPresent() && now.isBefore(validFrom.get())) {
      problems.add("not valid before " + validFrom.get());
      status = Status.INVALID;
    }
    if (validUntil.isPresent() && now.isAfter(validUntil.get())) {
      problems.add("expired on " + validUntil.get());
      status = Status.EXPIRED;
    }
    if (checkRevocation(credential, problems)) {
      status = Status.REVOKED;
    }
    return new Outcome(problems.isEmpty(), problems.isEmpty() ? Status.VALID : status, true, problems);
  }

  private void checkForm(JsonObject credential, List<String> problems) {
    JsonValue context = credential.get("@context");
    if (!(context instanceof JsonArray contexts)
        || contexts.isEmpty()
        || !(contexts.get(0) instanceof JsonString first)
        || !first.getString().equals(BundledContexts.CREDENTIALS_V2)) {
      problems.add("@context must be an array whose first entry is " + BundledContexts.CREDENTIALS_V2);
    }
    if (!types(credential).contains("VerifiableCredential")) {
      problems.add("type must include VerifiableCredential");
    }
    String issuerId = issuerId(credential);
    if (issuerId == null) {
      problems.add("issuer is missing");
    } else if (!issuerId.equals(issuer.id())) {
      problems.add("issuer " + issuerId + " is not this Tenaga installation (" + issuer.id() + ")");
    }
  }

  private boolean checkProof(JsonObject credential, List<String> problems) {
    try {
      String method = DataIntegrityProofs.verificationMethodOf(credential);
      Optional<PublicKey> key = issuer.keyAt(method);
      if (key.isEmpty()) {
        problems.add("proof.verificationMethod " + method + " is not a key of this Tenaga installation");
        return false;
      }
      DataIntegrityProofs.verify(credential, key.get());
      return true;
    } catch (CredentialProblem e) {
      problems.add(e.getMessage());
      return false;
    }
  }

  /** True when a revocation entry's bit is set; names the reason when Tenaga knows it. */
  private boolean checkRevocation(JsonObject credential, List<String> problems) {
    JsonValue status = credential.get("credentialStatus");
    if (status == null) {
      return false;
    }
    List<JsonObject> entries =
        status instanceof JsonArray array
            ? array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList()
            : status instanceof JsonObject one ? List.of(one) : List.of();
    boolean revoked = false;
    for (JsonObject entry : entries) {
      if (!"revocation".equals(entry.getString("statusPurpose", ""))) {
        continue;
      }
      Optional<Boolean> set;
      try {
        set = statusLists.isSet(entry.getString("statusListCredential", ""), Integer.parseInt(entry.getString("statusListIndex", "")));
      } catch (NumberFormatException e) {
        set = Optional.empty();
      }
      if (set.isEmpty()) {
        problems.add("credentialStatus does not point into a status list of this installation");
      } else if (set.get()) {
        revoked = true;
        problems.add(revocationText(credential));
      }
    }
    return revoked;
  }

  private String revocationText(JsonObject credential) {
    String prefix = publicUrl.verification("");
    String id = credential.getString("id", "");
    if (id.startsWith(prefix)) {
      Optional<Certificate> certificate = certificates.findByCode(id.substring(prefix.length()));
      if (certificate.isPresent() && certificate.get().getRevokedAt().isPresent()) {
        return "revoked on " + certificate.get().getRevokedAt().get().toLocalDate() + ": " + certificate.get().getRevocationReason().orElse("");
      }
    }
    return "revoked by the issuer";
  }

  private static Optional<Instant> instant(JsonObject credential, String field, List<String> problems) {
    if (!(credential.get(field) instanceof JsonString text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text.getString()));
    } catch (DateTimeParseException e) {
      problems.add(field + " is not a date-time with a zone");
      return Optional.empty();
    }
  }

  private static List<String> types(JsonObject credential) {
    JsonValue type = credential.get("type");
    if (type instanceof JsonString one) {
      return List.of(one.getString());
    }
    if (type instanceof JsonArray many) {
      return many.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
    return List.of();
  }

  private static String issuerId(JsonObject credential) {
    JsonValue value = credential.get("issuer");
    if (value instanceof JsonString id) {
      return id.getString();
    }
    if (value instanceof JsonObject profile && profile.get("id") instanceof JsonString id) {
      return id.getString();
    }
    return null;
  }
}

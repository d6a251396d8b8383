package org.tenaga.certification.badges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.tenaga.certification.IssuingInstallation;
import org.tenaga.platform.PublicUrl;

/**
 * This installation as an issuer of verifiable credentials: its profile, its signing key and the
 * stable URLs under {@code TENAGA_PUBLIC_URL} where verifiers find them.
 */
@ApplicationScoped
public class Issuer {

  private static final Logger LOG = Logger.getLogger(Issuer.class.getName());
  static final int CURRENT_KEY = 1;

  @PersistenceContext EntityManager em;
  @Inject PublicUrl publicUrl;
  @Inject Clock clock;
  @Inject IssuingInstallation installation;

  /** Made on first start; the private key stays in the database, never in the repository. */
  @Transactional
  public void ensureSigningKey() {
    if (em.find(SigningKey.class, CURRENT_KEY) == null) {
      em.persist(SigningKey.generate(CURRENT_KEY, OffsetDateTime.now(clock)));
      LOG.info("Created the installation's Ed25519 signing key " + CURRENT_KEY);
    }
  }

  public String id() {
    return publicUrl.resolve("/api/v1/issuer");
  }

  public String keyId(int number) {
    return publicUrl.resolve("/api/v1/issuer/keys/" + number);
  }

  /** {@code document} with a proof by the current key. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public JsonObject sign(JsonObject document) throws CredentialProblem {
    SigningKey key = currentKey();
    return DataIntegrityProofs.sign(document, keyId(key.getNumber()), clock.instant(), key.privateKey());
  }

  /** The public key published at {@code verificationMethod}, if it is one of this installation's. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PublicKey> keyAt(String verificationMethod) {
    String prefix = publicUrl.resolve("/api/v1/issuer/keys/");
    if (verificationMethod == null || !verificationMethod.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(verificationMethod.substring(prefix.length()));
      return Optional.ofNullable(em.find(SigningKey.class, number)).map(SigningKey::publicKey);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public String name() {
    return installation.name();
  }

  /** The issuer profile published at {@link #id()}. */
  public JsonObject profile() {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OPEN_BADGES_V3))
        .add("id", id())
        .add("type", "Profile")
        .add("name", installation.name())
        .add("url", publicUrl.resolve("/"))
        .add("description", "Capacity-building programmes in AI and digital skills; certificates verify at " + publicUrl.resolve("/verify/"))
        .build();
  }

  /** The Multikey document of key {@code number}, if it exists. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<JsonObject> keyDocument(int number) {
    return Optional.ofNullable(em.find(SigningKey.class, number))
        .map(
            key ->
                Json.createObjectBuilder()
                    .add("@context", BundledContexts.MULTIKEY_V1)
                    .add("id", keyId(number))
                    .add("type", "Multikey")
                    .add("controller", id())
                    .add("publicKeyMultibase", Ed25519Keys.publicKeyMultibase(key.publicKey()))
                    .build());
  }

  private SigningKey currentKey() {
    SigningKey key = em.find(SigningKey.class, CURRENT_KEY);
    if (key == null) {
      throw new IllegalStateException("the signing key is made at start-up and is missing");
    }
    return key;
  }
}

package org.tenaga.certification.badges;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * eddsa-rdfc-2022 against a fixed test vector (key, credential and expected proof kept in test
 * resources). The same vector was also accepted by Digital Bazaar's JavaScript verifier
 * ({@code src/test/node/verify-credential.mjs}).
 */
class DataIntegrityProofsTest {

  static final Properties VECTOR = load();

  @Test
  void signingTheVectorReproducesItsProofExactly() throws Exception {
    JsonObject signed =
        DataIntegrityProofs.sign(
            resource("vector-unsigned.json"), VECTOR.getProperty("verificationMethod"), Instant.parse(VECTOR.getProperty("created")), privateKey());
    assertEquals(resource("vector-signed.json"), signed); // Ed25519 signatures are deterministic
  }

  @Test
  void theVectorVerifies() throws Exception {
    DataIntegrityProofs.verify(resource("vector-signed.json"), publicKey());
  }

  /** The cryptosuite's steps written out here, sharing no code with the signer. */
  @Test
  void theVectorsProofChecksWithStepsIndependentOfTheSigningCode() throws Exception {
    JsonObject secured = resource("vector-signed.json");
    JsonObject proof = secured.getJsonObject("proof");
    JsonObjectBuilder options = Json.createObjectBuilder(proof);
    options.remove("proofValue");
    options.add("@context", secured.get("@context"));
    JsonObjectBuilder document = Json.createObjectBuilder(secured);
    document.remove("proof");

    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    byte[] optionsHash = sha256.digest(independentCanonicalNQuads(options.build()));
    byte[] documentHash = sha256.digest(independentCanonicalNQuads(document.build()));
    byte[] hashData = new byte[64];
    System.arraycopy(optionsHash, 0, hashData, 0, 32);
    System.arraycopy(documentHash, 0, hashData, 32, 32);

    String proofValue = proof.getString("proofValue");
    assertTrue(proofValue.startsWith("z"), "multibase base58-btc");
    byte[] signature = base58(proofValue.substring(1));
    assertEquals(64, signature.length);

    byte[] multikey = base58(VECTOR.getProperty("publicKeyMultibase").substring(1));
    assertArrayEquals(new byte[] {(byte) 0xed, 0x01}, Arrays.copyOf(multikey, 2), "Ed25519 multicodec prefix");
    byte[] x509 = HexFormat.of().parseHex("302a300506032b6570032100");
    x509 = Arrays.copyOf(x509, 44);
    System.arraycopy(multikey, 2, x509, 12, 32);
    PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));

    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(key);
    ed25519.update(hashData);
    assertTrue(ed25519.verify(signature));
  }

  @ParameterizedTest
  @ValueSource(strings = {"holder", "course", "expiry", "statusIndex", "issuer", "criteria", "created"})
  void changingAnySignedFieldBreaksTheProof(String field) throws Exception {
    JsonObject signed = resource("vector-signed.json");
    Map<String, UnaryOperator<JsonObject>> changes =
        Map.of(
            "holder", c -> replace(c, "/credentialSubject/identifier/0/identityHash", "Siti Rahmawatu"),
            "course", c -> replace(c, "/credentialSubject/achievement/name", "AI Literacy for Experts"),
            "expiry", c -> replace(c, "/validUntil", "2099-03-14T23:59:59Z"),
            "statusIndex", c -> replace(c, "/credentialStatus/statusListIndex", "43"),
            "issuer", c -> replace(c, "/issuer/name", "Not Tenaga"),
            "criteria", c -> replace(c, "/credentialSubject/achievement/criteria/narrative", "Turned up once."),
            "created", c -> replace(c, "/proof/created", "2026-03-15T09:30:00Z"));
    JsonObject changed = changes.get(field).apply(signed);
    CredentialProblem problem = assertThrows(CredentialProblem.class, () -> DataIntegrityProofs.verify(changed, publicKey()));
    assertTrue(problem.getMessage().startsWith("the signature does not match"), problem.getMessage());
  }

  @Test
  void anotherKeyDoesNotVerify() throws Exception {
    PublicKey other = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    assertThrows(CredentialProblem.class, () -> DataIntegrityProofs.verify(resource("vector-signed.json"), other));
  }

  @Test
  void aTermNoContextDefinesIsRefusedNotDropped() throws Exception {
    JsonObject withUnknown = Json.createObjectBuilder(resource("vector-unsigned.json")).add("favouriteColour", "blue").build();
    CredentialProblem problem = assertThrows(CredentialProblem.class, () -> Canonicalization.canonicalNQuads(withUnknown));
    assertTrue(problem.getMessage().contains("favouriteColour"), problem.getMessage());
  }

  @Test
  void aContextThatIsNotBundledIsNeverFetched() throws Exception {
    JsonObject remote =
        Json.createObjectBuilder(resource("vector-unsigned.json"))
            .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2).add("https://attacker.example/context.json"))
            .build();
    CredentialProblem problem = assertThrows(CredentialProblem.class, () -> Canonicalization.canonicalNQuads(remote));
    assertTrue(problem.getMessage().contains("attacker.example"), problem.getMessage());
  }

  @Test
  void proofsOfAnotherSuiteAreNamed() throws Exception {
    JsonObject other = replace(resource("vector-signed.json"), "/proof/cryptosuite", "ecdsa-rdfc-2019");
    CredentialProblem problem = assertThrows(CredentialProblem.class, () -> DataIntegrityProofs.verify(other, publicKey()));
    assertEquals("proof.cryptosuite must be eddsa-rdfc-2022", problem.getMessage());
  }

  @Test
  void multibaseRoundTripsLeadingZeros() {
    byte[] bytes = {0, 0, 1, 2, (byte) 0xff};
    assertArrayEquals(bytes, Multibase.decode(Multibase.encode(bytes)));
    assertTrue(Multibase.encode(bytes).startsWith("z11"));
    assertArrayEquals(Multibase.decode(VECTOR.getProperty("publicKeyMultibase")), base58(VECTOR.getProperty("publicKeyMultibase").substring(1)));
  }

  @Test
  void theMultikeyOfTheVectorKeyIsTheOnePublished() throws Exception {
    assertEquals(VECTOR.getProperty("publicKeyMultibase"), Ed25519Keys.publicKeyMultibase(publicKey()));
  }

  // --- independent helpers ---

  private static byte[] independentCanonicalNQuads(JsonObject document) throws Exception {
    Map<String, String> files =
        Map.of(
            "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-context-3.0.3.json");
    JsonLdOptions options =
        new JsonLdOptions(
            (url, o) -> {
              String file = files.get(url.toString());
              if (file == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, url.toString());
              }
              try (InputStream in = DataIntegrityProofsTest.class.getResourceAsStream("/org/tenaga/certification/badges/contexts/" + file)) {
                return JsonDocument.of(in);
              } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
              }
            });
    RdfCanon canon = RdfCanon.create("SHA-256");
    JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
    StringWriter out = new StringWriter();
    canon.provide(new NQuadsWriter(out));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] base58(String text) {
    String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    BigInteger n = BigInteger.ZERO;
    for (char c : text.toCharArray()) {
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(alphabet.indexOf(c)));
    }
    byte[] raw = n.toByteArray();
    int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    int zeros = (int) text.chars().takeWhile(c -> c == '1').count();
    byte[] out = new byte[zeros + raw.length - start];
    System.arraycopy(raw, start, out, zeros, raw.length - start);
    return out;
  }

  static JsonObject replace(JsonObject document, String pointer, String value) {
    return Json.createPointer(pointer).replace(document, Json.createValue(value));
  }

  static JsonObject resource(String name) throws IOException {
    try (InputStream in = DataIntegrityProofsTest.class.getResourceAsStream(name)) {
      return Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readObject();
    }
  }

  static PrivateKey privateKey() throws Exception {
    return KeyFactory.getInstance("Ed25519")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(VECTOR.getProperty("privateKeyPkcs8"))));
  }

  static PublicKey publicKey() {
    return Ed25519Keys.fromMultibase(VECTOR.getProperty("publicKeyMultibase"));
  }

  private static Properties load() {
    try (InputStream in = DataIntegrityProofsTest.class.getResourceAsStream("vector-key.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.tenaga.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Api;
import org.tenaga.support.SharedTenaga;
import org.tenaga.support.Programmes;
import org.tenaga.support.TestCohorts;

/**
 * Open Badges 3.0 through the running installation: a learner's credential verifies, a changed
 * one does not, a revoked one reports revoked — through Tenaga's endpoint and through the
 * published status list, as a verifier elsewhere would see it.
 */
@ExtendWith(SharedTenaga.class)
class CredentialsIT {

  static final String PUBLIC = "http://localhost:8080"; // TENAGA_PUBLIC_URL's default in the tests

  static String holderEmail;
  static String code;

  /** Two learners complete a cohort of their own, so revoking touches no demo certificate. */
  @BeforeEach
  void completeACohortOnce() {
    if (code != null) {
      return;
    }
    URI base = base();
    Api coordinator = Api.as(base, "coordinator@tenaga.test");
    String cohort = TestCohorts.openGenAiInVietNam(coordinator, 5);
    long run = System.nanoTime();
    holderEmail = "badge-" + run + "@example.org";
    Programmes.register(base, holderEmail, "Lan Pham");
    String second = "badge-" + run + "-b@example.org";
    Programmes.register(base, second, "Mai Tran");
    for (String email : new String[] {holderEmail, second}) {
      assertEquals(201, Api.as(base, email, Programmes.PASSWORD).post("/api/v1/cohorts/" + cohort + "/enrolments", "").status());
    }
    Programmes.completeWithEveryonePassing(coordinator, cohort);
    code = Api.as(base, holderEmail, Programmes.PASSWORD).get("/api/v1/me/certificates").array().getJsonObject(0).getString("code");
  }

  URI base() {
    return SharedTenaga.base();
  }

  Api holder() {
    return Api.as(base(), holderEmail, Programmes.PASSWORD);
  }

  JsonObject credential() {
    Api.Response r = holder().get("/api/v1/certificates/" + code + "/credential");
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.header("Content-Type").startsWith("application/ld+json"));
    return Json.createReader(new java.io.StringReader(r.body())).readObject();
  }

  JsonObject verify(JsonObject credential) {
    Api.Response r = Api.anonymous(base()).post("/api/v1/credentials/verify", credential.toString());
    assertEquals(200, r.status(), r::toString);
    return r.object();
  }

  @Test
  void theHoldersCredentialIsAnOpenBadgeThatVerifies() {
    JsonObject credential = credential();
    assertEquals("https://www.w3.org/ns/credentials/v2", credential.getJsonArray("@context").getString(0));
    assertTrue(credential.getJsonArray("type").toString().contains("OpenBadgeCredential"));
    assertEquals(PUBLIC + "/verify/" + code, credential.getString("id"));
    assertEquals(PUBLIC + "/api/v1/issuer", credential.getJsonObject("issuer").getString("id"));
    assertEquals("Lan Pham", credential.getJsonObject("credentialSubject").getJsonArray("identifier").getJsonObject(0).getString("identityHash"));
    assertEquals("GENAI-101", credential.getJsonObject("credentialSubject").getJsonObject("achievement").getString("humanCode"));
    JsonObject proof = credential.getJsonObject("proof");
    assertEquals("eddsa-rdfc-2022", proof.getString("cryptosuite"));
    assertEquals(PUBLIC + "/api/v1/issuer/keys/1", proof.getString("verificationMethod"));
    assertFalse(credential.toString().contains(holderEmail), "no email in the credential");

    JsonObject outcome = verify(credential);
    assertTrue(outcome.getBoolean("verified"), outcome::toString);
    assertEquals("VALID", outcome.getString("status"));
    assertTrue(outcome.getJsonArray("problems").isEmpty());
  }

  @Test
  void theKeyTheProfileAndTheStatusListArePublishedAtStableAddresses() {
    Api anyone = Api.anonymous(base());
    JsonObject key = anyone.get("/api/v1/issuer/keys/1").object();
    assertEquals(PUBLIC + "/api/v1/issuer/keys/1", key.getString("id"), "id equals the verificationMethod exactly");
    assertEquals(PUBLIC + "/api/v1/issuer", key.getString("controller"), "controller equals the issuer id exactly");
    assertEquals("Multikey", key.getString("type"));
    assertTrue(key.getString("publicKeyMultibase").startsWith("z6Mk"));
    assertEquals(PUBLIC + "/api/v1/issuer", anyone.get("/api/v1/issuer").object().getString("id"));
    assertEquals(404, anyone.get("/api/v1/issuer/keys/99").status());

    String listUrl = credential().getJsonObject("credentialStatus").getString("statusListCredential");
    assertTrue(listUrl.startsWith(PUBLIC + "/api/v1/issuer/status/"));
    JsonObject list = anyone.get(listUrl.substring(PUBLIC.length())).object();
    assertTrue(list.getJsonArray("type").toString().contains("BitstringStatusListCredential"));
    assertTrue(list.getJsonObject("credentialSubject").getString("encodedList").startsWith("u"));
    JsonObject outcome = verify(list);
    assertTrue(outcome.getBoolean("verified"), "the status list itself is signed: " + outcome);
  }

  @Test
  void oneChangedFieldMakesItUnverifiedWithTheProblemNamed() {
    JsonObject credential = credential();
    JsonObject renamed = Json.createPointer("/credentialSubject/identifier/0/identityHash").replace(credential, Json.createValue("Lan Phan"));
    JsonObject outcome = verify(renamed);
    assertFalse(outcome.getBoolean("verified"));
    assertEquals("INVALID", outcome.getString("status"));
    assertFalse(outcome.getBoolean("signatureValid"));
    assertTrue(outcome.getJsonArray("problems").getString(0).startsWith("the signature does not match"), outcome::toString);

    JsonObject foreignKey = Json.createPointer("/proof/verificationMethod").replace(credential, Json.createValue("https://evil.example/key"));
    assertTrue(verify(foreignKey).getJsonArray("problems").getString(0).contains("is not a key of this Tenaga installation"));

    JsonObject unsigned = Json.createObjectBuilder(credential).remove("proof").build();
    assertTrue(verify(unsigned).getJsonArray("problems").getString(0).contains("proof is missing"));

    Api anyone = Api.anonymous(base());
    assertEquals(400, anyone.post("/api/v1/credentials/verify", "{not json").status());
    assertEquals(400, anyone.post("/api/v1/credentials/verify", "[1,2]").status());
    assertEquals(400, anyone.post("/api/v1/credentials/verify", "{\"a\":\"" + "x".repeat(70_000) + "\"}").status());
  }

  @Test
  void onlyTheHolderDownloadsTheCredential() {
    assertEquals(401, Api.anonymous(base()).get("/api/v1/certificates/" + code + "/credential").status());
    assertEquals(403, Api.as(base(), "learner@tenaga.test").get("/api/v1/certificates/" + code + "/credential").status());
    assertEquals(404, holder().get("/api/v1/certificates/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/credential").status());
  }

  /** Revokes a certificate of its own, so the other tests keep a valid one whatever their order. */
  @Test
  void aRevokedCredentialStillCarriesAValidSignatureButVerifiesAsRevoked() throws Exception {
    URI base = base();
    Api coordinator = Api.as(base, "coordinator@tenaga.test");
    String cohort = TestCohorts.openGenAiInVietNam(coordinator, 3);
    String email = "revoked-" + System.nanoTime() + "@example.org";
    Programmes.register(base, email, "Hoa Le");
    Api learner = Api.as(base, email, Programmes.PASSWORD);
    assertEquals(201, learner.post("/api/v1/cohorts/" + cohort + "/enrolments", "").status());
    Programmes.completeWithEveryonePassing(coordinator, cohort);
    String revokedCode = learner.get("/api/v1/me/certificates").array().getJsonObject(0).getString("code");
    JsonObject credential = Json.createReader(new java.io.StringReader(
        learner.get("/api/v1/certificates/" + revokedCode + "/credential").body())).readObject();
    assertTrue(verify(credential).getBoolean("verified"));

    // Refused: no reason, outside the coordinator's countries, unknown code.
    assertEquals(400, coordinator.post("/api/v1/certificates/" + revokedCode + "/revoke", "{\"reason\":\" \"}").status());
    assertEquals(403, Api.as(base, "coordinator.th@tenaga.test").post("/api/v1/certificates/" + revokedCode + "/revoke", "{\"reason\":\"x\"}").status());
    assertEquals(403, learner.post("/api/v1/certificates/" + revokedCode + "/revoke", "{\"reason\":\"x\"}").status());
    assertEquals(404, coordinator.post("/api/v1/certificates/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/revoke", "{\"reason\":\"x\"}").status());

    // Two coordinators' requests race: exactly one revokes, the other is told it already is.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Callable<Integer> revoke = () -> coordinator.post("/api/v1/certificates/" + revokedCode + "/revoke",
        "{\"reason\":\"Assessment found to be copied\"}").status();
    Future<Integer> a = pool.submit(revoke);
    Future<Integer> b = pool.submit(revoke);
    int first = a.get();
    int second = b.get();
    pool.shutdown();
    assertEquals(200 + 409, first + second, "one 200 and one 409, got " + first + " and " + second);

    JsonObject outcome = verify(credential);
    assertFalse(outcome.getBoolean("verified"));
    assertTrue(outcome.getBoolean("signatureValid"), "the credential is unchanged and still signed");
    assertEquals("REVOKED", outcome.getString("status"));
    assertTrue(outcome.getJsonArray("problems").getString(0).contains("Assessment found to be copied"), outcome::toString);

    // What a verifier elsewhere sees: the bit of this credential is set in the published list.
    JsonObject entry = credential.getJsonObject("credentialStatus");
    JsonObject list = Api.anonymous(base).get(entry.getString("statusListCredential").substring(PUBLIC.length())).object();
    assertTrue(verify(list).getBoolean("verified"), "the republished list is signed");
    byte[] bits = gunzip(java.util.Base64.getUrlDecoder().decode(list.getJsonObject("credentialSubject").getString("encodedList").substring(1)));
    int index = Integer.parseInt(entry.getString("statusListIndex"));
    assertTrue((bits[index / 8] & (0x80 >> (index % 8))) != 0, "revocation bit set");
    int holderIndex = Integer.parseInt(credential().getJsonObject("credentialStatus").getString("statusListIndex"));
    assertEquals(0, bits[holderIndex / 8] & (0x80 >> (holderIndex % 8)), "another certificate's bit is not");

    JsonObject publicView = Api.anonymous(base).get("/api/v1/certificates/" + revokedCode).object();
    assertEquals("REVOKED", publicView.getString("status"));
    assertEquals("Assessment found to be copied", publicView.getString("revocationReason"));
  }

  private static byte[] gunzip(byte[] gz) throws java.io.IOException {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}

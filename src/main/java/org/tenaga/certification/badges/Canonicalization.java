package org.tenaga.certification.badges;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document as canonical N-Quads, the input
 * the eddsa-rdfc-2022 cryptosuite hashes. Safe mode: a term no bundled context defines is an error
 * rather than silently dropped, as other verifiers would refuse it.
 */
public final class Canonicalization {

  private Canonicalization() {}

  public static byte[] canonicalNQuads(JsonObject document) throws CredentialProblem {
    // Options and the canonicaliser are created per call: Titanium's caches are not thread-safe.
    JsonLdOptions options = new JsonLdOptions(BundledContexts.INSTANCE);
    options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
    RdfCanon canon = RdfCanon.create("SHA-256");
    try {
      JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
      StringWriter out = new StringWriter();
      canon.provide(new NQuadsWriter(out));
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (JsonLdError e) {
      throw new CredentialProblem("the document is not valid JSON-LD for Tenaga's contexts: " + e.getMessage(), e);
    } catch (RdfConsumerException e) {
      throw new CredentialProblem("the document cannot be canonicalised: " + e.getMessage(), e);
    }
  }
}

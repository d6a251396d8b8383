package org.tenaga.certification.badges;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The only JSON-LD contexts Tenaga processes, read once from the WAR. Any other context URL fails,
 * so credentials never make Tenaga fetch from the network. Immutable, hence safe across threads
 * (Titanium's own document cache is not).
 */
public final class BundledContexts implements DocumentLoader {

  public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
  public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
  public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

  static final BundledContexts INSTANCE = new BundledContexts();

  private final Map<String, Document> documents =
      Map.of(
          CREDENTIALS_V2, read("credentials-v2.jsonld"),
          OPEN_BADGES_V3, read("ob-context-3.0.3.json"),
          DATA_INTEGRITY_V2, read("data-integrity-v2.jsonld"),
          MULTIKEY_V1, read("multikey-v1.jsonld"));

  private BundledContexts() {}

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    Document document = documents.get(url.toString());
    if (document == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "context " + url + " is not one Tenaga accepts");
    }
    return document;
  }

  private static Document read(String file) {
    try (InputStream in = BundledContexts.class.getResourceAsStream("contexts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled context missing from the build: " + file);
      }
      return JsonDocument.of(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonLdError e) {
      throw new IllegalStateException("bundled context " + file + " is not valid JSON-LD", e);
    }
  }
}

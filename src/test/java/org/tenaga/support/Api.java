package org.tenaga.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JSON-over-HTTP client for tests, logged in as one account or anonymous. */
public final class Api {

  public static final String DEMO_PASSWORD = "tenaga-demo";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

  private final URI base;
  private final String authorization;

  private Api(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The deployment's URL from Arquillian, with localhost as its host (Payara reports another). */
  public static URI localBase(URL deployment) {
    return URI.create("http://localhost:" + deployment.getPort() + "/");
  }

  public static Api anonymous(URI base) {
    return new Api(base, null);
  }

  public static Api as(URI base, String email) {
    return as(base, email, DEMO_PASSWORD);
  }

  public static Api as(URI base, String email, String password) {
    String token = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + token);
  }

  /** A client that sends {@code Authorization: Bearer <token>}. */
  public static Api bearer(URI base, String token) {
    return new Api(base, "Bearer " + token);
  }

  /** Trades an account's password for a bearer token (POST /api/v1/auth/token). */
  public static String token(URI base, String email, String password) {
    Response issued = as(base, email, password).post("/api/v1/auth/token", "");
    if (issued.status() != 200) {
      throw new IllegalStateException("no token for " + email + ": " + issued);
    }
    return issued.object().getString("token");
  }

  public Response get(String path) {
    return send(request(path).header("Accept", "application/json").GET());
  }

  /** A GET that accepts any content type (metrics, calendars, files). */
  public Response getText(String path) {
    return send(request(path).header("Accept", "*/*").GET());
  }

  /** A GET of a file in the representation asked for ({@code Accept}). */
  public Download downloadAs(String path, String accept) {
    try {
      return new Download(CLIENT.send(request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A GET of a file (a PDF, a spreadsheet): the bytes as they came. */
  public Download download(String path) {
    try {
      return new Download(CLIENT.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response post(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static Response send(HttpRequest.Builder b) {
    try {
      return new Response(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file as it came, with its status and headers. */
  public record Download(HttpResponse<byte[]> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public byte[] body() {
      return raw.body();
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + header("Content-Type") + " " + (header("Content-Type") != null && header("Content-Type").contains("json")
          ? new String(raw.body(), StandardCharsets.UTF_8) : raw.body().length + " bytes");
    }
  }

  /** A response with JSON helpers. */
  public record Response(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonStructure json() {
      return Json.createReader(new StringReader(raw.body())).read();
    }

    public JsonObject object() {
      return (JsonObject) json();
    }

    public JsonArray array() {
      return (JsonArray) json();
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }
}

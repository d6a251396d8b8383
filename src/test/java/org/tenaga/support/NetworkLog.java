package org.tenaga.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.logging.LogEntry;

/**
 * What the browser fetched, from Chromium's DevTools network events: one {@link Exchange} per
 * request, with the bytes received for it ({@code encodedDataLength} of
 * {@code Network.loadingFinished}: headers and the body as sent, compressed or not).
 */
public record NetworkLog(List<Exchange> exchanges) {

  /** One request: its URL, status, response headers (names in lower case) and bytes received. */
  public record Exchange(String url, int status, Map<String, String> headers, long bytes, boolean fromCache) {

    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
    }
  }

  static NetworkLog of(List<LogEntry> entries) {
    Map<String, String> urls = new LinkedHashMap<>();
    Map<String, JsonObject> responses = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    Map<String, Boolean> cached = new LinkedHashMap<>();
    for (LogEntry entry : entries) {
      JsonObject message = Json.createReader(new StringReader(entry.getMessage())).readObject().getJsonObject("message");
      JsonObject params = message.getJsonObject("params");
      String id = params.getString("requestId", "");
      switch (message.getString("method")) {
        case "Network.requestWillBeSent" -> {
          String url = params.getJsonObject("request").getString("url");
          if (url.startsWith("http")) { // data: URLs cost nothing on the wire
            urls.put(id, url);
          }
        }
        case "Network.responseReceived" -> responses.put(id, params.getJsonObject("response"));
        case "Network.requestServedFromCache" -> cached.put(id, true);
        case "Network.loadingFinished" -> bytes.put(id, params.getJsonNumber("encodedDataLength").longValue());
        default -> { }
      }
    }
    List<Exchange> exchanges = new ArrayList<>();
    urls.forEach((id, url) -> {
      JsonObject response = responses.get(id);
      Map<String, String> headers = new LinkedHashMap<>();
      if (response != null) {
        response.getJsonObject("headers").forEach((name, value) ->
            headers.put(name.toLowerCase(java.util.Locale.ROOT), value.toString().replaceAll("^\"|\"$", "")));
      }
      boolean fromCache = cached.getOrDefault(id, false)
          || (response != null && (response.getBoolean("fromDiskCache", false) || response.getBoolean("fromPrefetchCache", false)));
      exchanges.add(new Exchange(url, response == null ? 0 : response.getInt("status"), headers, bytes.getOrDefault(id, 0L), fromCache));
    });
    return new NetworkLog(List.copyOf(exchanges));
  }

  /** Bytes received over the network for every request. */
  public long bytes() {
    return exchanges.stream().mapToLong(Exchange::bytes).sum();
  }

  /** Requests that went to the server (not answered from the browser's cache). */
  public long requests() {
    return exchanges.stream().filter(e -> !e.fromCache()).count();
  }

  /** The first exchange whose URL contains the given text. */
  public java.util.Optional<Exchange> find(String urlPart) {
    return exchanges.stream().filter(e -> e.url().contains(urlPart)).findFirst();
  }
}

package org.tenaga.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run in the page the browser shows. The script is vendored into the test classes
 * by the build (see the pom's {@code vendor-axe-core}); nothing is fetched at test time.
 */
public final class Axe {

  /** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices (landmarks, headings, …). */
  private static final String RUN = """
      var done = arguments[arguments.length - 1];
      axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
        resultTypes: ['violations']
      }).then(function (r) {
        done(JSON.stringify(r.violations.map(function (v) {
          return {id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(function (n) { return {target: n.target.join(' '), summary: n.failureSummary || ''}; })};
        })));
      }).catch(function (e) { done(JSON.stringify({error: String(e)})); });
      """;

  private static final String SOURCE = load();

  private Axe() {}

  /** One rule broken on the page, with the elements that break it. */
  public record Violation(String rule, String impact, String help, List<Node> nodes) {
    public boolean seriousOrWorse() {
      return "serious".equals(impact) || "critical".equals(impact);
    }
  }

  public record Node(String target, String summary) {}

  /** Runs axe-core on the current page and returns its violations. */
  public static List<Violation> check(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
      js.executeScript(SOURCE);
    }
    String json = (String) js.executeAsyncScript(RUN);
    JsonValue parsed = Json.createReader(new StringReader(json)).readValue();
    if (parsed instanceof JsonObject error) {
      throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + error.getString("error"));
    }
    return ((JsonArray) parsed).stream().map(JsonValue::asJsonObject).map(v -> new Violation(
        v.getString("id"), v.isNull("impact") ? "minor" : v.getString("impact"), v.getString("help"),
        v.getJsonArray("nodes").stream().map(JsonValue::asJsonObject)
            .map(n -> new Node(n.getString("target"), n.getString("summary"))).toList())).toList();
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is not among the test classes: run the build's generate-test-resources phase");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

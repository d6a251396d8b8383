package org.tenaga.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenaga.support.Axe;
import org.tenaga.support.Browser;
import org.tenaga.support.SharedTenaga;

/**
 * WCAG 2.1 AA as axe-core checks it, on every page of every role (the {@link PageTour}), forms in
 * their error state included. Fails on any serious or critical violation; every violation, of any
 * impact, is written to {@code target/accessibility.md}.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class AccessibilityIT {

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyPageOfEveryRoleHasNoSeriousOrCriticalViolation() throws IOException {
    URI base = SharedTenaga.base();
    browser = new Browser(base);
    Map<PageTour.Stop, List<Axe.Violation>> found = new LinkedHashMap<>();
    PageTour.Role signedIn = null;
    for (PageTour.Stop stop : PageTour.stops(base)) {
      if (!stop.role().equals(signedIn)) {
        browser.driver().manage().deleteAllCookies();
        if (!stop.role().anonymous()) {
          browser.login(stop.role().email());
        }
        signedIn = stop.role();
      }
      stop.reach().accept(browser);
      browser.waitFor(stop.ready());
      found.put(stop, Axe.check(browser.driver()));
    }

    String report = report(found);
    Path file = Path.of("target", "accessibility.md");
    Files.writeString(file, report, StandardCharsets.UTF_8);
    System.out.println(report);
    assertTrue(found.size() >= 25, "the tour reached " + found.size() + " pages");
    List<String> serious = new ArrayList<>();
    found.forEach((stop, violations) -> violations.stream().filter(Axe.Violation::seriousOrWorse)
        .forEach(v -> serious.add(stop.role().name() + " " + stop.name() + ": " + v.rule() + " (" + v.impact() + ") "
            + v.nodes().stream().map(Axe.Node::target).limit(3).toList())));
    assertEquals(List.of(), serious, "serious or critical violations; details in " + file);
  }

  private static String report(Map<PageTour.Stop, List<Axe.Violation>> found) {
    StringBuilder out = new StringBuilder("# Accessibility (axe-core, WCAG 2.1 A/AA and best practices)\n\n");
    out.append("| role | page | main page | critical | serious | moderate | minor |\n|---|---|---|---:|---:|---:|---:|\n");
    found.forEach((stop, violations) -> out.append("| ").append(stop.role().name()).append(" | ").append(stop.name())
        .append(" | ").append(stop.main() ? "main" : "").append(" | ").append(count(violations, "critical"))
        .append(" | ").append(count(violations, "serious")).append(" | ").append(count(violations, "moderate"))
        .append(" | ").append(count(violations, "minor")).append(" |\n"));
    out.append("\n## Violations\n");
    found.forEach((stop, violations) -> violations.forEach(v -> {
      out.append("\n- **").append(stop.role().name()).append(" ").append(stop.name()).append("** `").append(v.rule())
          .append("` (").append(v.impact()).append("): ").append(v.help()).append('\n');
      v.nodes().stream().limit(5).forEach(n -> out.append("  - `").append(n.target()).append("` ")
          .append(n.summary().replace('\n', ' ')).append('\n'));
    }));
    return out.toString();
  }

  private static long count(List<Axe.Violation> violations, String impact) {
    return violations.stream().filter(v -> impact.equals(v.impact())).count();
  }
}

package org.tenaga.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.tenaga.support.Browser;
import org.tenaga.support.SharedTenaga;

/**
 * Every main page of the {@link PageTour} in every interface language, chosen with the header's
 * switcher as a person would, saved to {@code target/screenshots/<language>/<page>.png}. Each
 * page must come back in the language chosen ({@code <html lang>}) and without script errors.
 */
@ExtendWith({SharedTenaga.class, Browser.ScreenshotOnFailure.class})
class ScreenshotsIT {

  private static final List<String> LANGUAGES = List.of("en", "id", "vi", "th", "fil", "ms");

  static Browser browser;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyMainPageInEveryLanguage() throws Exception {
    URI base = SharedTenaga.base();
    browser = new Browser(base);
    Map<PageTour.Role, List<PageTour.Stop>> legs = PageTour.stops(base).stream().filter(PageTour.Stop::main)
        .collect(Collectors.groupingBy(PageTour.Stop::role, java.util.LinkedHashMap::new, Collectors.toList()));
    List<Path> saved = new ArrayList<>();
    for (var leg : legs.entrySet()) {
      browser.driver().manage().deleteAllCookies();
      if (leg.getKey().anonymous()) {
        browser.open("/index.xhtml");
      } else {
        browser.login(leg.getKey().email());
      }
      try {
        for (String language : LANGUAGES) {
          choose(language);
          for (PageTour.Stop stop : leg.getValue()) {
            stop.reach().accept(browser);
            browser.waitFor(stop.ready());
            assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"), stop.name());
            saved.add(browser.screenshot("screenshots/" + language, stop.name()));
          }
          browser.assertNoScriptErrors();
        }
      } finally {
        // A signed-in choice is saved to the demo account: give the next tests their English back.
        choose("en");
      }
    }
    assertEquals(LANGUAGES.size() * legs.values().stream().mapToInt(List::size).sum(), saved.size());
    for (Path p : saved) {
      assertTrue(Files.size(p) > 10_000, p + " is suspiciously small");
    }
  }

  /** Picks a language in the header's switcher. */
  private static void choose(String language) {
    Select select = new Select(browser.waitFor(By.id("language-select")));
    if (!language.equals(select.getFirstSelectedOption().getAttribute("value"))) {
      select.selectByValue(language);
      browser.driver().findElement(By.id("language-submit")).click();
      browser.waitUntil(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
  }
}

package org.tenaga.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded), with a login
 * helper and screenshots: on failure into {@code target/browser-failures/}, on request into
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final URI base;
  private final Path downloads;

  public Browser(URI base) {
    this(base, false);
  }

  /**
   * With {@code networkLog}, Chromium also keeps its performance log (DevTools network events),
   * read by {@link #networkSince()} to measure bytes and requests.
   */
  public Browser(URI base, boolean networkLog) {
    this.base = base;
    System.setProperty("SE_OFFLINE", "true");
    try {
      this.downloads = Files.createDirectories(Path.of("target", "downloads", "browser-" + System.nanoTime()).toAbsolutePath());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false, "download.directory_upgrade", true));
    options.setBinary("/usr/bin/chromium");
    options.setCapability("goog:loggingPrefs",
        networkLog ? Map.of("browser", "ALL", "performance", "ALL") : Map.of("browser", "ALL"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000", "--lang=en");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // Headless Chromium ignores the download preference unless told over DevTools.
    chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    this.driver = chrome;
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  /**
   * Waits until the browser has saved a download under this file name (and finished writing it).
   *
   * @return the saved file
   */
  public Path awaitDownload(String fileName) {
    Path file = downloads.resolve(fileName);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> {
      try (var partial = Files.list(downloads)) {
        return Files.isRegularFile(file) && Files.size(file) > 0 && partial.noneMatch(p -> p.toString().endsWith(".crdownload"));
      } catch (IOException e) {
        return false;
      }
    });
    return file;
  }

  /**
   * Fails when the browser reported a Content-Security-Policy violation or a script error since
   * the last call: a page whose scripts the policy blocks looks fine and does nothing.
   */
  public void assertNoScriptErrors() {
    java.util.List<String> errors = driver.manage().logs().get("browser").getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
        .toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("the browser reported " + errors.size() + " script error(s): " + errors);
    }
  }

  /** Empties the browser's HTTP cache, as for a first visit (cookies stay). */
  public void clearCache() {
    ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
  }

  /** Cuts the network off (every request fails as if the connection dropped) or restores it. */
  public void offline(boolean offline) {
    ChromeDriver chrome = (ChromeDriver) driver;
    if (offline) {
      var conditions = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
      conditions.setOffline(true);
      chrome.setNetworkConditions(conditions);
    } else {
      chrome.deleteNetworkConditions();
    }
  }

  /**
   * The network traffic since the last call (or since the browser started), from Chromium's
   * performance log: needs {@code new Browser(base, true)}.
   */
  public NetworkLog networkSince() {
    return NetworkLog.of(driver.manage().logs().get("performance").getAll());
  }

  public WebDriver driver() {
    return driver;
  }

  public Browser open(String path) {
    driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    return this;
  }

  public WebElement waitFor(By by) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    waiting().until(condition::apply);
  }

  /** AJAX updates replace DOM nodes: an element found a moment ago may be stale; look again. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Logs in through the login page and waits for the landing page to show the account. */
  public Browser login(String email, String password) {
    open("/login.xhtml");
    waitFor(By.id("email")).sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("submit")).click();
    waitFor(By.id("current-user"));
    return this;
  }

  public Browser login(String email) {
    return login(email, Api.DEMO_PASSWORD);
  }

  public void logout() {
    driver.findElement(By.id("logout-form:logout")).click();
    waitFor(By.id("login-link"));
  }

  public Path screenshot(String folder, String name) {
    try {
      Path dir = Path.of("target", folder);
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      Files.write(target, fullPage());
      return target;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The whole page, not only the window: a chart or a table below the fold is in the picture too. */
  @SuppressWarnings("unchecked")
  private byte[] fullPage() {
    if (!(driver instanceof ChromeDriver chrome)) {
      return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }
    Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(((Number) size.get("height")).doubleValue(), 6000);
    Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return java.util.Base64.getDecoder().decode((String) shot.get("data"));
  }

  @Override
  public void close() {
    driver.quit();
  }

  /** Saves a screenshot of the failing page of the test's {@link Browser} field named {@code browser}. */
  public static final class ScreenshotOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      context.getTestInstance().ifPresent(instance -> {
        try {
          var field = instance.getClass().getDeclaredField("browser");
          field.setAccessible(true);
          Object b = field.get(instance);
          if (b instanceof Browser browser) {
            browser.screenshot("browser-failures", context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
          }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
          // A missing screenshot must not hide the failure itself.
        }
      });
    }
  }
}

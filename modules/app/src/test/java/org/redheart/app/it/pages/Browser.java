package org.redheart.app.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium through Debian's chromedriver (never downloaded by Selenium). */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final String base;

  public Browser(String base, int width) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("redheart.it.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=" + Math.max(width, 500) + ",900", "--lang=en-GB");
    if (width < 500) {
      // headless windows are at least 500 px wide: emulate a phone's viewport instead
      options.setExperimentalOption("mobileEmulation",
          java.util.Map.of("deviceMetrics", java.util.Map.of("width", width, "height", 800, "pixelRatio", 1.0)));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(System.getProperty("redheart.it.chromedriver", "/usr/bin/chromedriver")))
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public void type(String id, String text) {
    var e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  /** Sets an input's value directly (date and time inputs take keys in the browser's locale format). */
  public void setValue(String id, String value) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }

  public void click(String id) {
    driver.findElement(By.id(id)).click();
  }

  /** Clicks something that loads a new page, and waits until the new page is there. */
  public void clickAndWait(By by) {
    var oldPage = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
      try {
        oldPage.getTagName();
        return false;
      } catch (org.openqa.selenium.WebDriverException gone) {
        return true; // stale, or no longer in the document: the new page has replaced it
      }
    });
  }

  public void submit(String id) {
    clickAndWait(By.id(id));
  }

  public String text(By by) {
    return driver.findElement(by).getText();
  }

  public List<String> texts(By by) {
    return driver.findElements(by).stream().map(org.openqa.selenium.WebElement::getText).toList();
  }

  /** Saves a PNG of the page under target/screenshots, for people to look at. */
  public void screenshot(String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("redheart.it.target", "target"), "screenshots");
      java.nio.file.Files.createDirectories(dir);
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(dir.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(base.length());
  }

  @Override
  public void close() {
    driver.quit();
  }
}

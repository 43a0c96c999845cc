package org.redheart.app.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A campaign's post analytics: the posts with their figures and totals, and the engagement chart. */
public final class AnalyticsPage {
  private final Browser browser;

  public AnalyticsPage(Browser browser) {
    this.browser = browser;
  }

  /** The rows of the posts table, in their order (by publication). */
  public List<String> rows() {
    return browser.texts(By.cssSelector("#posts tbody tr"));
  }

  public String totals() {
    return browser.text(By.id("totals"));
  }

  /** The chart's image as the browser loaded it: its natural width (0 when it did not load). */
  public long chartWidth() {
    WebElement img = browser.driver().findElement(By.id("engagement-chart"));
    Object w = ((JavascriptExecutor) browser.driver()).executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
    return ((Number) w).longValue();
  }

  public String chartAddress() {
    return browser.driver().findElement(By.id("engagement-chart")).getAttribute("src");
  }
}

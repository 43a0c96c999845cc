package org.redheart.app.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The CSV import of posts or their figures: upload, the mapping step with its problems, commit. */
public final class PostImportPage {
  private final Browser browser;

  public PostImportPage(Browser browser) {
    this.browser = browser;
  }

  public static PostImportPage open(Browser browser) {
    browser.open("/materials/post-import.xhtml");
    return new PostImportPage(browser);
  }

  /** Uploads a CSV of the given kind ({@code FIGURES} or {@code HISTORICAL_POSTS}) for a campaign. */
  public PostImportPage upload(String kind, String campaignId, Path csv) {
    new Select(browser.driver().findElement(By.id("upload:kind"))).selectByValue(kind);
    new Select(browser.driver().findElement(By.id("upload:campaign"))).selectByValue(campaignId);
    browser.driver().findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
    browser.submit("upload:submit");
    return this;
  }

  public String counts() {
    return browser.text(By.id("import-counts"));
  }

  public boolean hasNoProblems() {
    return !browser.driver().findElements(By.id("no-problems")).isEmpty();
  }

  /** Imports the checked rows; the browser is then on the campaign's analytics. */
  public AnalyticsPage commit() {
    browser.submit("decide:commit");
    return new AnalyticsPage(browser);
  }
}

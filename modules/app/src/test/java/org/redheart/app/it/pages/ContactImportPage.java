package org.redheart.app.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The spreadsheet import: upload, wait for the preview, read the bad rows, import. */
public final class ContactImportPage {
  private final Browser browser;

  private ContactImportPage(Browser browser) {
    this.browser = browser;
  }

  public static ContactImportPage open(Browser browser) {
    browser.open("/contacts-import.xhtml");
    return new ContactImportPage(browser);
  }

  /** Uploads a file and waits until its preview (or its failure) is shown; the page reloads itself meanwhile. */
  public ContactImportPage upload(Path file) {
    browser.driver().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    browser.submit("upload:submit");
    return awaitState("count-bad", "import-error");
  }

  /** Starts the import and waits until it is committed. */
  public ContactImportPage importRows() {
    browser.submit("actions:commit");
    return awaitState("count-imported", "import-error");
  }

  private ContactImportPage awaitState(String... ids) {
    try {
      awaitAny(ids);
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("import-timeout");
      throw new AssertionError("the import page never showed " + String.join(" or ", ids) + ": " + browser.pageText(), e);
    }
    return this;
  }

  private void awaitAny(String... ids) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500)).until(d -> {
      for (String id : ids) {
        if (!d.findElements(By.id(id)).isEmpty()) {
          return true;
        }
      }
      d.navigate().refresh();
      return false;
    });
  }

  public String badCount() {
    return browser.text(By.id("count-bad"));
  }

  public String importedCount() {
    return browser.text(By.id("count-imported"));
  }

  /** The problem table's rows as "row | status | column | reason". */
  public List<String> problems() {
    return browser.driver().findElements(By.cssSelector("#problems tbody tr")).stream()
        .map(tr -> String.join(" | ", tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList()))
        .toList();
  }

  public boolean mayImport() {
    return browser.driver().findElement(By.id("actions:commit")).isEnabled();
  }
}

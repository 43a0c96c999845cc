package org.redheart.app.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A safeguarding concern's page: details, the referral form, the closing form. */
public final class ConcernPage {
  private final Browser browser;

  public ConcernPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the concern from My tasks, looking through its pages for the concern's task. */
  public static ConcernPage fromMyTasks(Browser browser, String concernId) {
    for (int page = 0; page < 20; page++) {
      browser.open("/tasks/index.xhtml?page=" + page);
      var links = browser.driver().findElements(By.cssSelector("a.task-link[href*='/concerns/view.xhtml?id=" + concernId + "']"));
      if (!links.isEmpty()) {
        browser.clickAndWait(By.cssSelector("a.task-link[href*='/concerns/view.xhtml?id=" + concernId + "']"));
        return new ConcernPage(browser);
      }
      if (browser.driver().findElements(By.cssSelector("nav.pager a[rel=next]")).isEmpty()) {
        break;
      }
    }
    throw new AssertionError("no task of concern " + concernId + " under My tasks");
  }

  public String state() {
    return browser.text(By.id("concern-state"));
  }

  public String title() {
    return browser.text(By.id("concern-title"));
  }

  public ConcernPage refer(String targetLabel, String reference, String note) {
    new Select(browser.driver().findElement(By.id("referral:target"))).selectByVisibleText(targetLabel);
    browser.type("referral:reference", reference);
    browser.type("referral:note", note);
    browser.submit("referral:refer");
    return this;
  }

  public ConcernPage close(String outcome) {
    browser.type("closing:outcome", outcome);
    browser.submit("closing:close");
    return this;
  }

  public String error(String field) {
    return browser.text(By.id(field + "-error"));
  }

  public String history() {
    return browser.text(By.id("concern-history-list"));
  }
}

package org.redheart.app.it.pages;

import org.openqa.selenium.By;

/** The review of a membership application, opened from the work list. */
public final class ReviewPage {
  private final Browser browser;

  public ReviewPage(Browser browser) {
    this.browser = browser;
  }

  public String details() {
    return browser.text(By.id("application-details"));
  }

  public void approve() {
    browser.submit("review:approve");
  }

  public void decline(String reason) {
    browser.type("review:reason", reason);
    browser.submit("review:decline");
  }
}

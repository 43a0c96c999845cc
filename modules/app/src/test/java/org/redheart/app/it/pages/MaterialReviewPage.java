package org.redheart.app.it.pages;

import java.util.List;
import org.openqa.selenium.By;

/** The approval view of a material's version (or the safeguarding lead's clearance). */
public final class MaterialReviewPage {
  private final Browser browser;

  public MaterialReviewPage(Browser browser) {
    this.browser = browser;
  }

  public String heading() {
    return browser.text(By.id("review-title"));
  }

  public String text() {
    return browser.text(By.id("review-text"));
  }

  /** The marked findings in the text: their CSS classes (severity). */
  public List<String> highlightClasses() {
    return browser.driver().findElements(By.cssSelector("#review-text mark.finding")).stream()
        .map(e -> e.getAttribute("class")).toList();
  }

  public List<String> highlightedTexts() {
    return browser.texts(By.cssSelector("#review-text mark.finding"));
  }

  public List<String> findings() {
    return browser.texts(By.cssSelector("#review-text-findings li"));
  }

  public String comparison() {
    return browser.text(By.id("compare-title")) + "\n" + (browser.driver().findElements(By.id("review-diff")).isEmpty() ? ""
        : browser.text(By.id("review-diff")));
  }

  public List<String> inserted() {
    return browser.texts(By.cssSelector("#review-diff ins"));
  }

  public List<String> deleted() {
    return browser.texts(By.cssSelector("#review-diff del"));
  }

  public boolean offersApprove() {
    return !browser.driver().findElements(By.id("review:approve")).isEmpty();
  }

  public MaterialReviewPage comment(String text) {
    browser.type("review:comment", text);
    return this;
  }

  public void approve() {
    browser.submit("review:approve");
  }

  public void requestChanges() {
    browser.submit("review:requestChanges");
  }

  public void clear() {
    browser.submit("review:clear");
  }

  public String commentError() {
    var errors = browser.driver().findElements(By.cssSelector("[id='review:comment'] ~ .error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }
}

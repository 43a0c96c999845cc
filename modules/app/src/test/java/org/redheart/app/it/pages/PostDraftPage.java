package org.redheart.app.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The page that drafts a social post from a meeting's approved report ({@code post-from-meeting.xhtml}). */
public final class PostDraftPage {
  private final Browser browser;

  public PostDraftPage(Browser browser) {
    this.browser = browser;
  }

  public static PostDraftPage open(Browser browser, String meetingId) {
    browser.open("/materials/post-from-meeting.xhtml?meeting=" + meetingId);
    return new PostDraftPage(browser);
  }

  /** The text as pre-filled (or typed). */
  public String text() {
    return browser.driver().findElement(By.id("post:text")).getAttribute("value");
  }

  public PostDraftPage text(String text) {
    browser.type("post:text", text);
    return this;
  }

  /** The character count line ("Characters: 123 / 2,000"). */
  public String characterCount() {
    return browser.text(By.id("post-count"));
  }

  public String preview() {
    return browser.text(By.id("post-preview"));
  }

  /** Ticks the photo (by its file id) when it is not ticked yet. */
  public PostDraftPage choosePhoto(String fileId) {
    WebElement box = browser.driver().findElement(By.cssSelector("#photos input[name='photo'][value='" + fileId + "']"));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /** Creates the post and submits it for approval; the browser is then on the post's page. */
  public MaterialPage submit() {
    browser.submit("post:submit");
    return new MaterialPage(browser);
  }
}

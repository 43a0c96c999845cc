package org.redheart.app.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The "new meeting" form. */
public final class NewMeetingPage {
  private final Browser browser;

  private NewMeetingPage(Browser browser) {
    this.browser = browser;
  }

  public static NewMeetingPage open(Browser browser) {
    browser.open("/meetings/new.xhtml");
    return new NewMeetingPage(browser);
  }

  public NewMeetingPage title(String title) {
    browser.type("meeting:title", title);
    return this;
  }

  public NewMeetingPage audience(String categoryName) {
    new Select(browser.driver().findElement(By.id("meeting:audienceCategoryId"))).selectByVisibleText(categoryName);
    return this;
  }

  public NewMeetingPage when(String date, String start, String end) {
    browser.setValue("meeting:date", date);
    browser.setValue("meeting:startTime", start);
    browser.setValue("meeting:endTime", end);
    return this;
  }

  public NewMeetingPage venue(String venue) {
    browser.type("meeting:venue", venue);
    return this;
  }

  public NewMeetingPage expected(String participants) {
    browser.type("meeting:expectedParticipants", participants);
    return this;
  }

  public void create() {
    browser.submit("meeting:submit");
  }

  /** The error shown next to a field, or "" when there is none. */
  public String errorFor(String field) {
    var errors = browser.driver().findElements(By.cssSelector("[id='meeting:" + field + "'] ~ .error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }
}

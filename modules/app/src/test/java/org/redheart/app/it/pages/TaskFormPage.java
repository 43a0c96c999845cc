package org.redheart.app.it.pages;

import org.openqa.selenium.By;

/** A task's form. Fields are found by their label's text. */
public final class TaskFormPage {
  private final Browser browser;

  public TaskFormPage(Browser browser) {
    this.browser = browser;
  }

  public String title() {
    return browser.text(By.id("task-title"));
  }

  public TaskFormPage fill(String label, String text) {
    var labelElement = browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
    var input = browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public void complete() {
    browser.submit("task:complete");
  }
}

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

  /** Types into a cell of a row field (agenda, themes, materials, checklist): row and column from 0. */
  public TaskFormPage cell(String field, int row, int column, String text) {
    var input = browser.driver().findElements(By.name("f-" + field + "-" + column)).get(row);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public String cell(String field, int row, int column) {
    return browser.driver().findElements(By.name("f-" + field + "-" + column)).get(row).getAttribute("value");
  }

  /** Whether the checkbox or radio button of a choice field with this value is checked. */
  public boolean chosen(String field, String value) {
    return browser.driver().findElement(By.cssSelector("input[name='f-" + field + "'][value='" + value + "']")).isSelected();
  }

  public TaskFormPage choose(String field, String value) {
    var e = browser.driver().findElement(By.cssSelector("input[name='f-" + field + "'][value='" + value + "']"));
    if (!e.isSelected()) {
      e.click();
    }
    return this;
  }

  /** The value of a one-value field, found by its label. */
  public String value(String label) {
    var labelElement = browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
    return browser.driver().findElement(By.id(labelElement.getAttribute("for"))).getAttribute("value");
  }

  /** The error shown next to a field (by its label), or "" when there is none. */
  public String errorNear(String label) {
    var labelElement = browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
    var errors = labelElement.findElements(By.xpath("following-sibling::*[contains(@class, 'error')]"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  public void saveDraft() {
    browser.submit("task:saveDraft");
  }

  public void complete() {
    browser.submit("task:complete");
  }
}

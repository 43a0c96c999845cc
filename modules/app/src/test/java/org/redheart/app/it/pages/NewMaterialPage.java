package org.redheart.app.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** "New material": kind, title, language, meetings and the first text. */
public final class NewMaterialPage {
  private final Browser browser;

  public NewMaterialPage(Browser browser) {
    this.browser = browser;
  }

  public static NewMaterialPage open(Browser browser) {
    browser.open("/materials/new.xhtml");
    return new NewMaterialPage(browser);
  }

  public NewMaterialPage kind(String kindName) {
    new Select(browser.driver().findElement(By.id("material:kindCode"))).selectByVisibleText(kindName);
    return this;
  }

  public NewMaterialPage title(String title) {
    browser.type("material:title", title);
    return this;
  }

  public NewMaterialPage text(String text) {
    browser.type("material:text", text);
    return this;
  }

  /** Creates the draft and lands on the material's page. */
  public MaterialPage create() {
    browser.submit("material:create");
    return new MaterialPage(browser);
  }

  /** The error shown next to a field, or "" when there is none. */
  public String errorFor(String field) {
    var errors = browser.driver().findElements(By.cssSelector("[id='material:" + field + "'] ~ .error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }
}

package org.redheart.app.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The stakeholder categories, as an admin or supervisor edits them. */
public final class CategoriesPage {
  private final Browser browser;

  private CategoriesPage(Browser browser) {
    this.browser = browser;
  }

  public static CategoriesPage open(Browser browser) {
    browser.open("/categories.xhtml");
    return new CategoriesPage(browser);
  }

  /** The English names, in display order. */
  public List<String> names() {
    return browser.driver().findElements(By.cssSelector("#categories .category-row input[name='name']")).stream()
        .map(e -> e.getAttribute("value")).toList();
  }

  public CategoriesPage add(String name, String nameBn) {
    browser.type("newCategory:name", name);
    browser.type("newCategory:nameBn", nameBn);
    browser.submit("newCategory:submit");
    return this;
  }

  private WebElement row(String name) {
    return browser.driver().findElements(By.cssSelector("#categories .category-row")).stream()
        .filter(r -> name.equals(r.findElement(By.cssSelector("input[name='name']")).getAttribute("value")))
        .findFirst().orElseThrow(() -> new AssertionError("no category " + name));
  }

  public CategoriesPage rename(String current, String name, String nameBn) {
    WebElement row = row(current);
    WebElement en = row.findElement(By.cssSelector("input[name='name']"));
    en.clear();
    en.sendKeys(name);
    WebElement bn = row.findElement(By.cssSelector("input[name='nameBn']"));
    bn.clear();
    bn.sendKeys(nameBn);
    click(row.findElement(By.cssSelector(".category-names input[type=submit]")));
    return this;
  }

  public CategoriesPage moveUp(String name) {
    click(row(name).findElements(By.cssSelector(".category-move input[type=submit]")).get(0));
    return this;
  }

  private void click(WebElement button) {
    var old = browser.driver().findElement(By.tagName("html"));
    button.click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d -> {
      try {
        old.getTagName();
        return false;
      } catch (org.openqa.selenium.WebDriverException gone) {
        return true;
      }
    });
  }
}

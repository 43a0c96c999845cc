package org.redheart.app.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A material's page: status, text with findings, actions, decisions, versions. */
public final class MaterialPage {
  private final Browser browser;

  public MaterialPage(Browser browser) {
    this.browser = browser;
  }

  public static MaterialPage open(Browser browser, String materialId) {
    browser.open("/materials/view.xhtml?id=" + materialId);
    return new MaterialPage(browser);
  }

  /** The material's id, from the address of its page. */
  public String id() {
    String path = browser.currentPath();
    return path.substring(path.indexOf("id=") + 3).replaceAll("&.*", "");
  }

  public String title() {
    return browser.text(By.id("material-title"));
  }

  public String status() {
    return browser.text(By.id("material-status"));
  }

  public String text() {
    return browser.text(By.id("material-text"));
  }

  public MaterialPage submitForApproval() {
    browser.submit("submit:submit");
    return this;
  }

  /** Submits, naming the people the safeguarding check must look for (one per line). */
  public MaterialPage submitForApproval(String names) {
    browser.type("submit:names", names);
    browser.submit("submit:submit");
    return this;
  }

  public boolean offersReview() {
    return !browser.driver().findElements(By.id("review-link")).isEmpty();
  }

  public boolean offersSubmit() {
    return !browser.driver().findElements(By.id("submit:submit")).isEmpty();
  }

  public List<String> blocks() {
    return browser.texts(By.cssSelector(".material-block"));
  }

  public MaterialPage markPublished(String permalink) {
    browser.type("publish:permalink", permalink);
    browser.submit("publish:markPublished");
    return this;
  }

  public String permalink() {
    return browser.text(By.id("material-permalink"));
  }

  public List<String> decisions() {
    return browser.texts(By.cssSelector("#decision-list li"));
  }

  public List<String> versions() {
    return browser.texts(By.cssSelector("#versions tbody tr"));
  }

  /** Replaces the text on the edit page and saves it (a new version when the newest is not a draft). */
  public MaterialPage editText(String text) {
    browser.clickAndWait(By.id("edit-link"));
    browser.type("content:text", text);
    browser.submit("content:save");
    browser.clickAndWait(By.id("back-to-material"));
    return this;
  }

  public List<WebElement> highlighted() {
    return browser.driver().findElements(By.cssSelector("#material-text mark.finding"));
  }

  public String messages() {
    return browser.text(By.id("messages"));
  }
}

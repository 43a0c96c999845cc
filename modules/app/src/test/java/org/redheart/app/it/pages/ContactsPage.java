package org.redheart.app.it.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The contact directory: search box, filters (a GET form), results and pager. */
public final class ContactsPage {
  private final Browser browser;

  private ContactsPage(Browser browser) {
    this.browser = browser;
  }

  public static ContactsPage open(Browser browser) {
    browser.open("/contacts.xhtml");
    return new ContactsPage(browser);
  }

  /** Opens the list with the given query string ("q=...&district=..."), as a shared link would. */
  public static ContactsPage openWith(Browser browser, String query) {
    browser.open("/contacts.xhtml?" + query);
    return new ContactsPage(browser);
  }

  public static String param(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public ContactsPage name(String text) {
    browser.type("q", text);
    return this;
  }

  private void showFilters() {
    var details = browser.driver().findElement(By.cssSelector("details.filters"));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
  }

  public ContactsPage district(String district) {
    showFilters();
    browser.type("district", district);
    return this;
  }

  public ContactsPage category(String categoryName) {
    showFilters();
    new Select(browser.driver().findElement(By.id("categoryId"))).selectByVisibleText(categoryName);
    return this;
  }

  public ContactsPage kind(String kindLabel) {
    showFilters();
    new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText(kindLabel);
    return this;
  }

  public ContactsPage search() {
    browser.submit("search-submit");
    return this;
  }

  /** The names in the result table, as shown. */
  public List<String> names() {
    return browser.texts(By.cssSelector("#contacts a.contact-name"));
  }

  /** Each result row's text. */
  public List<String> rows() {
    return browser.texts(By.cssSelector("#contacts tbody tr"));
  }

  public String count() {
    return browser.text(By.id("result-count"));
  }

  public boolean isEmpty() {
    return !browser.driver().findElements(By.id("contacts-empty")).isEmpty();
  }

  public String exportCsvHref() {
    return browser.driver().findElement(By.id("export-csv")).getAttribute("href");
  }

  /** Scrolls the results into view (for a screenshot at phone width). */
  public ContactsPage scrollToResults() {
    var results = browser.driver().findElements(By.id("result-count"));
    if (!results.isEmpty()) {
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", results.get(0));
    }
    return this;
  }

  public void openContact(String name) {
    browser.clickAndWait(By.linkText(name));
  }
}

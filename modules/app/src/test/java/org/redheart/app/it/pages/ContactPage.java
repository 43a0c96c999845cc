package org.redheart.app.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A person's or an organisation's page. */
public final class ContactPage {
  private final Browser browser;

  public ContactPage(Browser browser) {
    this.browser = browser;
  }

  public static ContactPage open(Browser browser, String id) {
    browser.open("/contact.xhtml?id=" + id);
    return new ContactPage(browser);
  }

  /** The contact's id, from the page's address. */
  public String id() {
    String path = browser.currentPath();
    String id = path.substring(path.indexOf("id=") + 3);
    int end = id.indexOf('&');
    return end < 0 ? id : id.substring(0, end);
  }

  public String name() {
    return browser.text(By.id("contact-name"));
  }

  public String details() {
    return browser.text(By.id("contact-details"));
  }

  public String organisations() {
    return browser.text(By.id("contact-organisations"));
  }

  public String members() {
    return browser.text(By.id("contact-members"));
  }

  public String consentRow(String purpose) {
    return browser.text(By.id("consent-" + purpose));
  }

  public ContactPage recordConsent(String purposeLabel, boolean granted, String basisLabel, String source) {
    new Select(browser.driver().findElement(By.id("consent:purpose"))).selectByVisibleText(purposeLabel);
    browser.driver().findElement(By.cssSelector("input[name='consent:granted'][value='" + (granted ? "granted" : "withdrawn") + "']"))
        .click();
    new Select(browser.driver().findElement(By.id("consent:lawfulBasis"))).selectByVisibleText(basisLabel);
    browser.type("consent:source", source);
    browser.submit("consent:submit");
    return this;
  }

  public String history() {
    return browser.text(By.id("history-list"));
  }

  public List<String> duplicates() {
    return browser.texts(By.cssSelector("#duplicates li.duplicate"));
  }

  /** Opens the merge confirmation for the duplicate of that name (it is merged into this contact). */
  public void mergeIntoThis(String duplicateName) {
    var row = browser.driver().findElements(By.cssSelector("#duplicates li.duplicate")).stream()
        .filter(li -> li.getText().contains(duplicateName)).findFirst().orElseThrow();
    browser.driver().get(row.findElement(By.cssSelector("a.merge-link")).getAttribute("href"));
  }

  public void confirmMerge() {
    browser.submit("merge:submit");
  }

  public void addMember() {
    browser.clickAndWait(By.id("add-member"));
  }
}

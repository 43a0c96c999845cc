package org.redheart.app.it.pages;

import org.openqa.selenium.By;

/** The contact form (new person, new organisation, edit). */
public final class ContactFormPage {
  private final Browser browser;

  public ContactFormPage(Browser browser) {
    this.browser = browser;
  }

  public static ContactFormPage newPerson(Browser browser) {
    browser.open("/contact-edit.xhtml?kind=PERSON");
    return new ContactFormPage(browser);
  }

  public static ContactFormPage newOrganisation(Browser browser) {
    browser.open("/contact-edit.xhtml?kind=ORGANISATION");
    return new ContactFormPage(browser);
  }

  public ContactFormPage name(String name) {
    browser.type("contact:name", name);
    return this;
  }

  public ContactFormPage minor() {
    browser.click("contact:minor");
    return this;
  }

  public ContactFormPage district(String district) {
    browser.type("contact:district", district);
    return this;
  }

  public ContactFormPage country(String country) {
    browser.type("contact:country", country);
    return this;
  }

  public ContactFormPage emails(String... emails) {
    browser.type("contact:emails", String.join("\n", emails));
    return this;
  }

  public ContactFormPage phones(String... phones) {
    browser.type("contact:phones", String.join("\n", phones));
    return this;
  }

  public ContactFormPage tags(String tags) {
    browser.type("contact:tags", tags);
    return this;
  }

  public ContactFormPage category(String categoryName) {
    browser.driver().findElement(By.xpath("//table[@id='contact:categoryIds']//label[normalize-space()=\"" + categoryName + "\"]"))
        .click();
    return this;
  }

  public ContactFormPage language(String languageName) {
    browser.driver().findElement(By.xpath("//table[@id='contact:languages']//label[normalize-space()=\"" + languageName + "\"]"))
        .click();
    return this;
  }

  /** Fills the n-th organisation row (0-based): the organisation's name as typed, and the title. */
  public ContactFormPage organisation(int row, String organisation, String title) {
    browser.type("aff-org-" + row, organisation);
    browser.type("aff-title-" + row, title);
    return this;
  }

  public String organisationOfRow(int row) {
    return browser.driver().findElement(By.id("aff-org-" + row)).getAttribute("value");
  }

  /** Scrolls a field into view (for a screenshot at phone width). */
  public ContactFormPage scrollTo(String field) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView(true);", browser.driver().findElement(By.id("contact:" + field)));
    return this;
  }

  public void save() {
    browser.submit("contact:submit");
  }

  /** The error shown next to a field, or "" when there is none. */
  public String errorFor(String field) {
    var errors = browser.driver().findElements(By.cssSelector("[id='contact:" + field + "'] ~ .error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }
}

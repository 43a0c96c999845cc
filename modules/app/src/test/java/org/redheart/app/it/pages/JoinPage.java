package org.redheart.app.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The public "Join the network" form. */
public final class JoinPage {
  private final Browser browser;

  private JoinPage(Browser browser) {
    this.browser = browser;
  }

  public static JoinPage open(Browser browser) {
    browser.open("/public/join.xhtml");
    return new JoinPage(browser);
  }

  public JoinPage asIndividual() {
    browser.click("join:kind:1");
    return this;
  }

  public JoinPage asOrganisation() {
    browser.click("join:kind:0");
    return this;
  }

  public JoinPage name(String name) {
    browser.type("join:name", name);
    return this;
  }

  public JoinPage email(String email) {
    browser.type("join:email", email);
    return this;
  }

  public JoinPage phone(String phone) {
    browser.type("join:phone", phone);
    return this;
  }

  public JoinPage district(String district) {
    browser.type("join:district", district);
    return this;
  }

  public JoinPage category(String visibleName) {
    new Select(browser.driver().findElement(By.id("join:categoryId"))).selectByVisibleText(visibleName);
    return this;
  }

  public JoinPage volunteer() {
    browser.click("join:volunteer");
    return this;
  }

  public JoinPage bulletin() {
    browser.click("join:bulletinConsent");
    return this;
  }

  public void send() {
    browser.submit("join:submit");
  }
}

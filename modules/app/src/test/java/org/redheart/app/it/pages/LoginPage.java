package org.redheart.app.it.pages;

/** The login page. */
public final class LoginPage {
  private final Browser browser;

  public LoginPage(Browser browser) {
    this.browser = browser;
  }

  public static LoginPage open(Browser browser) {
    browser.open("/login.xhtml");
    return new LoginPage(browser);
  }

  public void logIn(String username, String password) {
    browser.type("login:username", username);
    browser.type("login:password", password);
    browser.submit("login:submit");
  }
}

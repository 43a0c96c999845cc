package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;

/** An admin creates users in the browser; the new user logs in and changes their password. */
@ExtendWith(TestServer.class)
class UsersUiIT {
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 1024);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anAdminCreatesAnOrganiserWhoLogsInAndChangesTheirPassword() {
    LoginPage.open(browser).logIn("admin", TestServer.get().adminPassword());
    browser.open("/admin/users.xhtml");
    String username = "org" + UUID.randomUUID().toString().substring(0, 8);
    browser.type("newUser:username", username);
    browser.type("newUser:displayName", "Nasrin Organiser");
    browser.type("newUser:email", username + "@example.org");
    browser.type("newUser:password", "first-password-123");
    browser.driver().findElement(By.cssSelector("input[name='newUser:roles'][value='ORGANISER']")).click();
    browser.submit("newUser:submit");
    assertThat(browser.pageText()).contains("User " + username + " was created");
    assertThat(browser.text(By.id("users"))).contains(username).contains("Nasrin Organiser");
    browser.screenshot("admin-users");

    browser.clickAndWait(By.id("logout:submit"));
    LoginPage.open(browser).logIn(username, "first-password-123");
    assertThat(browser.pageText()).contains("Welcome").contains("Nasrin Organiser").doesNotContain("Users");
    browser.open("/account.xhtml");
    browser.type("password:currentPassword", "first-password-123");
    browser.type("password:newPassword", "second-password-456");
    browser.type("password:confirmPassword", "second-password-456");
    browser.submit("password:submit");
    assertThat(browser.pageText()).contains("Your password was changed");

    browser.clickAndWait(By.id("logout:submit"));
    LoginPage.open(browser).logIn(username, "first-password-123");
    assertThat(browser.pageText()).contains("Wrong user name or password");
    LoginPage.open(browser).logIn(username, "second-password-456");
    assertThat(browser.pageText()).contains("Welcome");
  }

  @Test
  void aNewUserWithAShortPasswordIsRefusedNextToTheField() {
    LoginPage.open(browser).logIn("admin", TestServer.get().adminPassword());
    browser.open("/admin/users.xhtml");
    browser.type("newUser:username", "shorty" + UUID.randomUUID().toString().substring(0, 4));
    browser.type("newUser:displayName", "Short Password");
    browser.type("newUser:password", "short");
    browser.submit("newUser:submit");
    assertThat(browser.text(By.cssSelector("[id='newUser:password'] ~ .error"))).contains("at least 10 characters");
  }
}

package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.ConcernPage;
import org.redheart.app.it.pages.LoginPage;

/**
 * In a real browser at phone width: an organiser records a disclosure from the meeting page (a
 * summary with a child's details is refused next to the field); the safeguarding lead opens the
 * concern from My tasks, records the referral and closes it.
 */
@ExtendWith(TestServer.class)
class ConcernsUiIT {
  private static final Pattern CONCERN_ID = Pattern.compile("/concerns/view\\.xhtml\\?id=([0-9a-f-]{36})");
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theLeadOpensTheConcernFromMyTasksRecordsTheReferralAndClosesIt() {
    String marker = UUID.randomUUID().toString().substring(0, 6);
    String organiser = Browserless.newUser("ORGANISER");
    Browserless organiserApi = Browserless.withToken(Browserless.anonymous().login(organiser, Browserless.PASSWORD).createToken());
    String meeting = ConcernsApiIT.meeting(organiserApi, "Youth meeting " + marker);

    LoginPage.open(browser).logIn(organiser, Browserless.PASSWORD);
    browser.open("/meetings/view.xhtml?id=" + meeting);
    browser.clickAndWait(By.id("record-disclosure"));
    assertThat(browser.text(By.id("concern-guidance"))).contains("1098").contains("999");
    browser.type("raise:summary", "Rina, a 12-year-old girl from Motijheel Girls School, told us what happened.");
    browser.submit("raise:submit");
    assertThat(browser.text(By.id("summary-error"))).startsWith("write no detail of the child");
    browser.screenshot("concern-refused");
    browser.type("raise:summary", "A participant made a disclosure during the breakout session " + marker + ".");
    browser.submit("raise:submit");
    assertThat(browser.currentPath()).startsWith("/concerns/view.xhtml?id=");
    var m = CONCERN_ID.matcher(browser.currentPath());
    assertThat(m.find()).isTrue();
    String concern = m.group(1);
    assertThat(browser.text(By.id("concern-state"))).isEqualTo("Raised");

    Browser leadBrowser = new Browser(TestServer.get().baseUrl(), 360);
    try {
      String lead = Browserless.newUser("SAFEGUARDING_LEAD");
      LoginPage.open(leadBrowser).logIn(lead, Browserless.PASSWORD);
      ConcernPage page = ConcernPage.fromMyTasks(leadBrowser, concern);
      assertThat(page.title()).contains("Disclosure").contains("Youth meeting " + marker);
      leadBrowser.screenshot("concern-lead");
      ((org.openqa.selenium.JavascriptExecutor) leadBrowser.driver()).executeScript(
          "document.getElementById('referral').scrollIntoView();");
      leadBrowser.screenshot("concern-referral-form");

      page.refer("Child helpline 1098", "CHL-" + marker, "Called the child helpline 1098; case logged.");
      assertThat(page.state()).isEqualTo("Referred");
      assertThat(leadBrowser.text(By.id("concern-reference"))).isEqualTo("CHL-" + marker);

      page.close("");
      assertThat(page.error("outcome")).isNotBlank();
      page.close("The helpline took the case.");
      assertThat(page.state()).isEqualTo("Closed");
      assertThat(page.history()).contains("Raised").contains("Referral recorded").contains("Closed");
      leadBrowser.screenshot("concern-closed");
    } finally {
      leadBrowser.close();
    }

    // the organiser follows it in the list of their own concerns
    browser.open("/concerns.xhtml");
    assertThat(browser.text(By.id("concern-" + concern))).contains("Closed").contains("Youth meeting " + marker);
  }
}

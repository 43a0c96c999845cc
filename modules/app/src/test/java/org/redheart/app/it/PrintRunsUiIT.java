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
import org.redheart.app.it.pages.PrintRunsSection;

/**
 * Print runs in a browser on a phone-sized screen: an organiser records 500 badges, gives 120 to a
 * meeting (380 left), is refused 400 more with the number left, and the meeting page shows the badges
 * given and how many to bring.
 */
@ExtendWith(TestServer.class)
class PrintRunsUiIT {
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView();", browser.driver().findElement(By.id(id)));
  }

  @Test
  void anOrganiserPrintsBadgesGivesSomeToAMeetingAndIsToldWhenTooFewAreLeft() {
    String marker = UUID.randomUUID().toString().substring(0, 6);
    String organiserName = Browserless.newUser("ORGANISER");
    Browserless organiser = Browserless.withToken(Browserless.anonymous().login(organiserName, Browserless.PASSWORD).createToken());
    String badge = PrintRunsApiIT.badge(organiser, Browserless.asNewUser("SUPERVISOR"), "Red Heart badge " + marker, true);
    String meeting = AttendanceApiIT.meeting(organiser, "Mirpur school meeting " + marker, 60);

    LoginPage.open(browser).logIn(organiserName, Browserless.PASSWORD);
    PrintRunsSection print = PrintRunsSection.open(browser, badge);
    assertThat(browser.pageText()).contains("Nothing printed yet");

    print.recordPrintRun(500, "Dhaka Press");
    assertThat(print.messages()).contains("500 copies of version 1 recorded as printed");
    assertThat(print.onHand()).isEqualTo("500");
    assertThat(browser.text(By.id("material-status"))).isEqualTo("printed");

    print.distributeToMeeting(120, meeting);
    assertThat(print.messages()).contains("120 copies given to Mirpur school meeting " + marker);
    assertThat(print.onHand()).isEqualTo("380");
    assertThat(print.distributions()).contains("Mirpur school meeting " + marker).contains("120");
    scrollTo("print-stock");
    browser.screenshot("print-runs-380-left");

    print.distributeToEvent(400, "Child rights fair " + marker);
    assertThat(browser.pageText()).contains("only 380 copies of version 1 on hand");
    PrintRunsSection.open(browser, badge);
    assertThat(print.onHand()).isEqualTo("380");
    assertThat(print.distributions()).doesNotContain("Child rights fair");

    browser.open("/meetings/view.xhtml?id=" + meeting);
    assertThat(browser.text(By.id("badges-given"))).contains("120").contains("Red Heart badge " + marker);
    // 60 expected, no speakers: a margin of 6, less the 120 given
    assertThat(browser.text(By.id("badges-suggested"))).endsWith(": 0");
    scrollTo("meeting-badges");
    browser.screenshot("meeting-badges");
  }
}

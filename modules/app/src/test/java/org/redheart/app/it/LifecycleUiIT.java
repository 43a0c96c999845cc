package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.group;
import static org.redheart.app.it.MeetingsApiIT.meetingJson;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;

/** An organiser at phone width: the board shows a new meeting's short notice; move it; cancel it. */
@ExtendWith(TestServer.class)
class LifecycleUiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
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
  void anOrganiserSeesTheBoardThenMovesAndCancelsAMeeting() {
    String username = Browserless.newUser("ORGANISER");
    Browserless api = Browserless.withToken(Browserless.anonymous().login(username, Browserless.PASSWORD).createToken());
    String title = "Board meeting " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate date = LocalDate.now().plusDays(14);
    String meetingId = group(ID, api.postJson("/api/meetings", meetingJson(title, date.toString(), 30)).body());
    LoginPage.open(browser).logIn(username, Browserless.PASSWORD);

    browser.clickAndWait(By.id("nav-board"));
    assertThat(browser.currentPath()).startsWith("/meetings/board.xhtml");
    browser.driver().findElement(By.cssSelector("#campaignId option[value='" + LifecycleApiIT.DEFAULT_CAMPAIGN + "']")).click();
    browser.submit("board-show");
    assertThat(browser.currentPath()).contains("campaignId=" + LifecycleApiIT.DEFAULT_CAMPAIGN);
    assertThat(browser.pageText()).contains("Campaign board").contains("Write the concept note");
    if (!browser.pageText().contains(title)) { // newest first: a meeting further ahead may push it to a later page
      browser.open("/meetings/board.xhtml?campaignId=" + LifecycleApiIT.DEFAULT_CAMPAIGN + "&page=1");
    }
    assertThat(browser.pageText()).contains(title).contains("On time (short notice)");
    browser.screenshot("board");

    browser.clickAndWait(By.linkText(title));
    assertThat(browser.pageText()).contains("Move the meeting").contains("Cancel the meeting");
    browser.setValue("reschedule:date", date.plusDays(7).toString());
    browser.setValue("reschedule:startTime", "10:00");
    browser.setValue("reschedule:endTime", "12:00");
    browser.submit("reschedule:submit");
    assertThat(browser.pageText()).contains("The meeting has moved");
    assertThat(browser.text(By.id("meeting-when"))).contains("10:00");

    browser.submit("cancel:submit");
    assertThat(browser.text(By.id("cancel"))).contains("Reason").contains("required");
    assertThat(browser.text(By.id("meeting-title"))).isEqualTo(title);
    browser.type("cancel:reason", "The venue is flooded");
    browser.submit("cancel:submit");
    assertThat(browser.pageText()).contains("The meeting is cancelled").contains("This meeting is cancelled");
    assertThat(browser.text(By.id("cancel-reason"))).isEqualTo("The venue is flooded");
    assertThat(browser.text(By.id("to-tell-none"))).contains("nobody needs to be told");
    assertThat(browser.driver().findElements(By.id("reschedule:submit"))).isEmpty();
    browser.screenshot("meeting-cancelled");
    assertThat(api.get("/api/meetings/" + meetingId + "/state").body()).contains("\"status\":\"CANCELLED\"");
  }
}

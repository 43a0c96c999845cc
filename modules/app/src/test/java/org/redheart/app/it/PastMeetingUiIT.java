package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;

/**
 * Past meetings in a real browser at phone width: an organiser records one through the form (rows
 * added as they go, an error shown next to its field with nothing typed lost), then reads it on the
 * meeting page; an admin loads the demo campaign from its page; an organiser confirms the theme codes
 * the loader suggested.
 */
@ExtendWith(TestServer.class)
class PastMeetingUiIT {
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private String value(String id) {
    return browser.driver().findElement(By.id(id)).getAttribute("value");
  }

  private String errorFor(String id) {
    var errors = browser.driver().findElements(By.cssSelector("[id='" + id + "'] ~ .error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  @Test
  void anOrganiserRecordsAPastMeetingThroughTheForm() {
    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    browser.open("/meetings/index.xhtml");
    browser.clickAndWait(By.id("record-past-meeting"));
    assertThat(browser.currentPath()).startsWith("/meetings/past.xhtml");

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String title = "Social workers meeting " + suffix;
    String chair = "Chair Person " + suffix;
    browser.type("past:title", title);
    browser.setValue("past:date", LocalDate.now().plusDays(5).toString());
    browser.driver().findElement(By.xpath("//label[normalize-space()='Social workers']")).click();
    browser.type("past:venue", "CWCS Conference Room, Dhaka");
    browser.type("past:attendanceTotal", "২৬");
    browser.type("past:speakers:0:speaker-name", chair);
    new Select(browser.driver().findElement(By.id("past:speakers:0:speaker-role"))).selectByValue("CHAIR");
    browser.type("past:speakers:0:speaker-country", "Dhaka, Bangladesh");

    browser.submit("past:add-speaker");
    assertThat(value("past:speakers:0:speaker-name")).isEqualTo(chair);
    browser.type("past:speakers:1:speaker-name", "Guest Speaker " + suffix);
    new Select(browser.driver().findElement(By.id("past:speakers:1:speaker-joined"))).selectByValue("ONLINE");
    browser.type("past:speakers:1:speaker-country", "Spain");
    browser.type("past:speakers:1:speaker-topic", "Online child exploitation");

    browser.submit("past:add-group");
    assertThat(value("past:groups:0:group-themeCode")).isEqualTo("A");
    browser.type("past:groups:0:group-theme", "Prevention of child sexual abuse");
    browser.type("past:groups:0:group-challenges", "poverty\nlack of education");
    browser.type("past:groups:0:group-actions", "awareness meetings in schools | CWCS");
    browser.type("past:demands", "Proper implementation of the laws.");
    browser.type("past:groupsPlanned", "3");

    browser.submit("past:save");
    assertThat(browser.currentPath()).startsWith("/meetings/past.xhtml");
    assertThat(errorFor("past:date")).contains("future");
    assertThat(browser.text(By.id("messages"))).contains("Nothing was recorded");
    assertThat(value("past:title")).isEqualTo(title);
    assertThat(value("past:speakers:1:speaker-country")).isEqualTo("Spain");
    browser.screenshot("past-meeting-error");

    browser.setValue("past:date", LocalDate.now().minusDays(40).toString());
    browser.submit("past:save");
    assertThat(browser.currentPath()).as(browser.pageText()).startsWith("/meetings/view.xhtml?id=");
    assertThat(browser.text(By.id("meeting-title"))).isEqualTo(title);
    assertThat(browser.text(By.id("past-historical"))).isEqualTo("Historical");
    assertThat(browser.text(By.id("past-no-time"))).isEqualTo("time not recorded");
    assertThat(browser.text(By.id("past-attendance"))).isEqualTo("26 persons");
    assertThat(browser.text(By.id("past-groups-count"))).contains("1 held").contains("3 planned");
    assertThat(browser.text(By.id("past-speakers"))).contains(chair).contains("Chair").contains("Bangladesh")
        .contains("Guest Speaker " + suffix).contains("Spain").contains("Online child exploitation");
    assertThat(browser.text(By.id("past-record"))).contains("poverty").contains("lack of education")
        .contains("awareness meetings in schools").contains("(CWCS)").contains("Proper implementation of the laws.");
    assertThat(browser.text(By.id("meeting-stage"))).contains("Past meeting");
    browser.screenshot("past-meeting-record");

    browser.clickAndWait(By.cssSelector("button[value='bn']"));
    assertThat(browser.text(By.id("past-historical"))).isEqualTo("ঐতিহাসিক");
    assertThat(browser.text(By.id("past-no-time"))).isEqualTo("সময় লেখা নেই");
    assertThat(browser.text(By.id("past-attendance"))).isEqualTo("২৬ জন");
    browser.clickAndWait(By.cssSelector("button[value='en']"));
  }

  @Test
  void anAdminLoadsTheDemoCampaignFromItsPage() {
    String organiser = Browserless.newUser("ORGANISER");
    String supervisor = Browserless.newUser("SUPERVISOR");
    LoginPage.open(browser).logIn("admin", TestServer.get().adminPassword());
    browser.open("/admin/demo.xhtml");
    browser.type("demo:campaignName", "Demo from the page " + UUID.randomUUID().toString().substring(0, 8));
    browser.driver().findElement(By.xpath("//fieldset[.//input[contains(@id,'organiserIds')]]//label[normalize-space()='Test "
        + organiser + "']")).click();
    browser.driver().findElement(By.xpath("//fieldset[.//input[contains(@id,'supervisorIds')]]//label[normalize-space()='Test "
        + supervisor + "']")).click();
    browser.submit("demo:load");
    assertThat(browser.text(By.id("demo-created"))).as(browser.pageText()).isEqualTo("10");
    assertThat(browser.text(By.id("demo-already"))).isEqualTo("0");
    browser.screenshot("demo-loaded");
  }

  @Test
  void anOrganiserConfirmsTheThemeCodesTheLoaderSuggested() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String organiserId = PastMeetingsApiIT.userId(organiser);
    HttpResponse<String> loaded = Browserless.admin().postJson("/api/admin/demo-campaign",
        "{\"campaignName\":\"Themes " + UUID.randomUUID().toString().substring(0, 8) + "\",\"organiserIds\":[\"" + organiserId
            + "\"],\"supervisorIds\":[\"" + PastMeetingsApiIT.userId(supervisor) + "\"]}");
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    String sm1 = null;
    for (String quoted : PastMeetingsApiIT.group(Pattern.compile("\"meetingIds\":\\[([^\\]]*)\\]"), loaded.body()).split(",")) {
      String id = quoted.replace("\"", "").strip();
      if (organiser.get("/api/meetings/" + id + "/past").body().contains("\"externalRef\":\"demo:SM1\"")) {
        sm1 = id;
      }
    }
    assertThat(sm1).isNotNull();

    String username = organiser.get("/api/me").body().replaceAll(".*\"username\":\"([^\"]+)\".*", "$1");
    LoginPage.open(browser).logIn(username, Browserless.PASSWORD);
    browser.open("/meetings/view.xhtml?id=" + sm1);
    assertThat(browser.text(By.id("past-record"))).contains("suggested").contains("Vulnerability factors");
    assertThat(browser.text(By.id("past-mode"))).isEqualTo("Hybrid (on site and online)");
    assertThat(browser.text(By.id("past-attendance"))).isEqualTo("25 organisations");
    browser.clickAndWait(By.id("past-confirm-themes"));
    assertThat(value("themes:rows:0:code")).isEqualTo("D");
    browser.type("themes:rows:0:code", "A");
    browser.type("themes:rows:1:code", "A");
    browser.submit("themes:confirm");
    assertThat(errorFor("themes:rows:1:code")).contains("another group");
    browser.type("themes:rows:1:code", "B");
    browser.submit("themes:confirm");
    assertThat(browser.currentPath()).startsWith("/meetings/view.xhtml?id=" + sm1);
    assertThat(browser.pageText()).contains("The theme codes were confirmed.");
    assertThat(browser.driver().findElements(By.id("past-suggested-note"))).isEmpty();
    assertThat(browser.texts(By.cssSelector(".past-group .theme-code"))).containsExactly("A", "B");
  }
}

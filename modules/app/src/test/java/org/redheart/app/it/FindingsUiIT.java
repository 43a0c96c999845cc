package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;

/**
 * An organiser on a phone-sized browser enters a group's findings with two action plans (owners
 * found by searching the contacts), is told where a due date is wrong, sees the findings on the
 * meeting page, and closes one plan with its outcome on the open action plans page.
 */
@ExtendWith(TestServer.class)
class FindingsUiIT {
  private Browser browser;
  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private static String contact(Browserless client, String json) {
    HttpResponse<String> r = client.postJson("/api/contacts", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return r.body();
  }

  private void chooseOwner(int plan, String name) {
    browser.type("g0-p" + plan + "-ownerQuery", name);
    browser.submit("findings:groups:0:plans:" + plan + ":find");
    browser.click("g0-p" + plan + "-owner-0");
  }

  @Test
  void anOrganiserEntersFindingsWithTwoActionPlansAndClosesOne() {
    String username = Browserless.newUser("ORGANISER");
    Browserless organiser = Browserless.withToken(Browserless.anonymous().login(username, Browserless.PASSWORD).createToken());
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    LocalDate date = LocalDate.now().plusDays(2);
    String title = "Findings on a phone " + marker;
    String meetingId = FindingsApiIT.meetingAtFindings(organiser, supervisor, title, date);
    contact(organiser, "{\"kind\":\"PERSON\",\"name\":\"Nasrin Akter " + marker + "\"}");
    contact(organiser, "{\"kind\":\"ORGANISATION\",\"name\":\"Shishu Forum " + marker + "\"}");

    LoginPage.open(browser).logIn(username, Browserless.PASSWORD);
    browser.open("/meetings/findings.xhtml?id=" + meetingId);
    assertThat(browser.text(By.id("findings-title"))).isEqualTo("Group findings");

    browser.type("g0-themeCode", "A");
    browser.type("g0-challenges", "Low awareness in schools\nশিশুদের অনলাইন ঝুঁকি");
    browser.type("g0-p0-action", "Train 20 teachers " + marker);
    chooseOwner(0, "Nasrin Akter " + marker);
    browser.type("g0-p0-dueOn", date.plusDays(20).toString());
    browser.submit("findings:groups:0:addPlan");
    assertThat(browser.driver().findElement(By.id("g0-p0-action")).getAttribute("value")).isEqualTo("Train 20 teachers " + marker);
    assertThat(browser.text(By.id("g0-p0-owner-chosen"))).isEqualTo("Nasrin Akter " + marker);

    browser.type("g0-p1-action", "Map the shelters " + marker);
    chooseOwner(1, "Shishu Forum " + marker);
    browser.type("g0-p1-dueOn", date.minusDays(1).toString());
    browser.type("r0-text", "A child protection committee in every district " + marker);
    browser.submit("findings:save");

    assertThat(browser.text(By.id("g0-p1-dueOn-error"))).contains("must not be before the meeting");
    assertThat(browser.pageText()).contains("Nothing was saved");
    browser.screenshot("findings-error");
    browser.type("g0-p1-dueOn", bengaliDigits(date.plusDays(10).toString()));
    browser.submit("findings:save");

    assertThat(browser.pageText()).contains("The findings were saved.");
    assertThat(browser.driver().findElement(By.id("g0-p1-dueOn")).getAttribute("value")).isEqualTo(date.plusDays(10).toString());
    browser.screenshot("findings-saved");

    browser.open("/meetings/view.xhtml?id=" + meetingId);
    String section = browser.text(By.id("meeting-findings"));
    assertThat(section).contains("Train 20 teachers " + marker).contains("Nasrin Akter " + marker)
        .contains("Map the shelters " + marker).contains("Shishu Forum " + marker).contains("শিশুদের অনলাইন ঝুঁকি")
        .contains("A child protection committee in every district " + marker);
    assertThat(browser.text(By.id("meeting-report"))).contains("Not written yet");

    browser.open("/meetings/actions.xhtml");
    String item = "//li[contains(@class,'action-item')][contains(., 'Map the shelters " + marker + "')]";
    assertThat(browser.driver().findElements(By.xpath(item))).hasSize(1);
    browser.screenshot("open-actions");
    browser.clickAndWait(By.xpath(item + "//input[@type='submit']"));
    assertThat(browser.text(By.xpath(item + "//span[contains(@class,'error')]"))).contains("required");
    var outcome = browser.driver().findElement(By.xpath(item + "//textarea"));
    outcome.sendKeys("Shelters mapped in three districts");
    browser.clickAndWait(By.xpath(item + "//input[@type='submit']"));

    assertThat(browser.pageText()).contains("The action plan was closed.").doesNotContain("Map the shelters " + marker)
        .contains("Train 20 teachers " + marker);
  }

  private static String bengaliDigits(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) ('\u09E6' + (c - '0')) : c);
    }
    return sb.toString();
  }
}

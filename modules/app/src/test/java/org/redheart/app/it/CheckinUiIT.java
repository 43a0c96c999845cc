package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;

/**
 * Check-in on a phone-sized browser (360 px): search and check in invitees, tap one twice, add a
 * walk-in and the children's headcount; then assign three balanced groups, move someone by hand,
 * choose the leads and open the printable lists.
 */
@ExtendWith(TestServer.class)
class CheckinUiIT {
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private void checkIn(String name) {
    browser.clickAndWait(By.cssSelector("input[aria-label='Check in: " + name + "']"));
  }

  @Test
  void anOrganiserChecksPeopleInOnAPhoneThenAssignsThreeBalancedGroups() {
    String user = Browserless.newUser("ORGANISER");
    Browserless api = Browserless.withToken(Browserless.anonymous().login(user, Browserless.PASSWORD).createToken());
    String marker = "ci" + UUID.randomUUID().toString().substring(0, 6);
    String meetingId = AttendanceApiIT.meeting(api, "Check-in on a phone", 30);
    AttendanceApiIT.invitees(api, meetingId, marker, 4, 4, 5, 5, 6, 6);

    LoginPage.open(browser).logIn(user, Browserless.PASSWORD);
    browser.open("/meetings/checkin.xhtml?id=" + meetingId);
    assertThat(browser.text(By.id("count-total"))).isEqualTo("0");
    assertThat(browser.texts(By.cssSelector("#invitee-list li"))).hasSize(6);

    browser.type("q", "Invitee " + marker + " 3");
    browser.submit("search-submit");
    assertThat(browser.texts(By.cssSelector("#invitee-list li"))).hasSize(1);
    checkIn("Invitee " + marker + " 3");
    assertThat(browser.pageText()).contains("Checked in: Invitee " + marker + " 3");
    assertThat(browser.text(By.id("count-adults"))).isEqualTo("1");

    browser.open("/meetings/checkin.xhtml?id=" + meetingId);
    for (int i : List.of(1, 2, 4, 5)) {
      checkIn("Invitee " + marker + " " + i);
    }
    assertThat(browser.text(By.id("count-adults"))).isEqualTo("5");
    browser.screenshot("checkin-invitees");

    // A second page rendered before the last tap still offers the button: tapping it counts once.
    browser.open("/meetings/checkin.xhtml?id=" + meetingId);
    api.postJson("/api/meetings/" + meetingId + "/attendance/check-ins", "{\"contactId\":\"" + contactOf(api, meetingId, marker + " 6")
        + "\",\"clientKey\":\"" + UUID.randomUUID() + "\"}");
    checkIn("Invitee " + marker + " 6");
    assertThat(browser.pageText()).contains("Already checked in");
    assertThat(browser.text(By.id("count-adults"))).isEqualTo("6");

    browser.type("walkin:name", "Walk-in " + marker);
    new Select(browser.driver().findElement(By.id("walkin:categoryId"))).selectByValue("6");
    new Select(browser.driver().findElement(By.id("walkin:gender"))).selectByValue("FEMALE");
    browser.submit("walkin:add");
    assertThat(browser.pageText()).contains("Walk-in added: Walk-in " + marker);
    assertThat(browser.text(By.id("count-walkins"))).isEqualTo("1");
    assertThat(browser.text(By.id("count-adults"))).isEqualTo("7");

    browser.type("children:band0", "৩");
    browser.type("children:band2", "-2");
    browser.submit("children:save");
    assertThat(browser.pageText()).contains("must be between 0 and");
    browser.type("children:band2", "2");
    browser.submit("children:save");
    assertThat(browser.text(By.id("count-children"))).isEqualTo("5");
    assertThat(browser.text(By.id("count-total"))).isEqualTo("12");
    browser.screenshot("checkin-counts");

    browser.open("/meetings/view.xhtml?id=" + meetingId);
    assertThat(browser.text(By.id("attendance-total"))).startsWith("12");
    browser.clickAndWait(By.id("groups-link"));
    assertThat(browser.currentPath()).startsWith("/meetings/groups.xhtml");

    browser.type("assign:groupCount", "9");
    browser.submit("assign:run");
    assertThat(browser.pageText()).contains("9 groups for 7 attendees");
    browser.type("assign:groupCount", "3");
    browser.submit("assign:run");
    assertThat(browser.pageText()).contains("Groups saved.");
    List<Integer> sizes = sizes();
    assertThat(sizes).hasSize(3);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
    assertThat(sizes.stream().mapToInt(Integer::intValue).max().getAsInt()
        - sizes.stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
    browser.screenshot("groups-assigned");

    // Move the first member of group 1 to group 3 by hand: they stay there.
    var firstSelect = browser.driver().findElement(By.cssSelector("#group-0 select.pin-select"));
    String moved = firstSelect.getAttribute("id");
    new Select(firstSelect).selectByValue("2");
    browser.submit("assign:run");
    assertThat(browser.driver().findElements(By.cssSelector("#group-2 select#" + moved))).hasSize(1);
    assertThat(browser.text(By.id("group-2"))).contains("moved by hand");

    for (int g = 0; g < 3; g++) {
      new Select(browser.driver().findElement(By.id("fac-" + g))).selectByIndex(1);
      new Select(browser.driver().findElement(By.id("rap-" + g))).selectByIndex(2);
    }
    browser.submit("leads:save");
    assertThat(browser.pageText()).contains("Facilitators and rapporteurs saved.");
    assertThat(browser.driver().findElements(By.id("groups-missing"))).isEmpty();

    browser.clickAndWait(By.id("print-link"));
    assertThat(browser.text(By.id("print-group-0"))).contains("Group 1 (A)").contains("Facilitator");
    assertThat(browser.text(By.id("print-group-2"))).contains("Group 3 (C)");
    browser.screenshot("groups-print");
  }

  private List<Integer> sizes() {
    return browser.texts(By.cssSelector(".group-size")).stream()
        .map(t -> Integer.parseInt(t.replaceAll("[^0-9]", ""))).toList();
  }

  private static String contactOf(Browserless api, String meetingId, String nameEnd) {
    String body = api.get("/api/meetings/" + meetingId + "/attendance/invitees?q=" + nameEnd.replace(" ", "%20")).body();
    return AttendanceApiIT.group(java.util.regex.Pattern.compile("\"contactId\":\"([^\"]+)\""), body);
  }
}

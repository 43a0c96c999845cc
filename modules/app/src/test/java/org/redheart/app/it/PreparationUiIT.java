package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.future;
import static org.redheart.app.it.MeetingsApiIT.group;
import static org.redheart.app.it.MeetingsApiIT.meetingJson;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;
import org.redheart.app.it.pages.TaskFormPage;

/**
 * In a phone-sized browser: the concept note form (prefilled from the meeting, rows, autosave to the
 * server, text kept when it is submitted after the session expired, errors next to the fields) and
 * the invitations page (speakers with a topic, participants by tag, all matching, more than the room holds).
 */
@ExtendWith(TestServer.class)
class PreparationUiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private static Browserless api(String username) {
    return Browserless.withToken(Browserless.anonymous().login(username, Browserless.PASSWORD).createToken());
  }

  private void waitUntil(java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> condition.get());
  }

  @Test
  void theConceptNoteAutosavesAndKeepsItsTextWhenSubmittedAfterTheSessionExpired() {
    String organiser = Browserless.newUser("ORGANISER");
    Browserless rest = api(organiser);
    String meetingId = group(ID, rest.postJson("/api/meetings", meetingJson("Concept note in a browser", future(), 30)).body());
    String taskId = group(TASK_ID, rest.get("/api/meetings/" + meetingId).body());

    LoginPage.open(browser).logIn(organiser, Browserless.PASSWORD);
    browser.open("/tasks/form.xhtml?id=" + taskId);
    TaskFormPage form = new TaskFormPage(browser);
    assertThat(form.title()).isEqualTo("Write the concept note");
    assertThat(form.chosen("targetCategories", "4")).as("the meeting's audience").isTrue();
    assertThat(form.chosen("modality", "ONSITE")).as("a venue and no link").isTrue();
    assertThat(form.chosen("modality", "ONLINE")).isFalse();
    assertThat(form.value("Expected participants")).isEqualTo("30");
    assertThat(browser.pageText()).contains("Open action plans of earlier meetings");

    form.fill("Purpose", "Autosaved purpose").cell("agenda", 0, 0, "10").cell("agenda", 0, 1, "Welcome address")
        .cell("agenda", 0, 2, "Chair");
    browser.driver().findElement(By.tagName("h1")).click(); // leave the field: the draft goes to the server
    // each field left saves the draft; the last one (leaving "responsible") carries the whole row
    waitUntil(() -> rest.get("/api/tasks/" + taskId).body().contains("10 | Welcome address | Chair"));
    assertThat(rest.get("/api/tasks/" + taskId).body()).contains("Autosaved purpose");
    waitUntil(() -> browser.text(By.id("autosave-status")).contains("Draft saved"));

    form.fill("Context", "Typed after the session expired");
    waitUntil(() -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("return localStorage.getItem('rh-task-draft:" + taskId + "')")).contains("Typed after the session expired"));
    browser.driver().manage().deleteAllCookies();
    form.complete();
    assertThat(browser.currentPath()).as("signed out: the login page").startsWith("/login.xhtml");

    LoginPage.open(browser).logIn(organiser, Browserless.PASSWORD);
    browser.open("/tasks/form.xhtml?id=" + taskId);
    form = new TaskFormPage(browser);
    waitUntil(() -> browser.driver().findElement(By.id("restored-notice")).isDisplayed());
    assertThat(form.value("Context")).isEqualTo("Typed after the session expired");
    assertThat(form.value("Purpose")).isEqualTo("Autosaved purpose");
    assertThat(form.cell("agenda", 0, 1)).isEqualTo("Welcome address");
    browser.screenshot("concept-note-restored");

    form.fill("Planned number of groups", "31").fill("Room capacity", "40").fill("Guest speakers wanted", "2").complete();
    assertThat(form.errorNear("Planned number of groups")).contains("expected participants");
    assertThat(form.value("Context")).as("kept after the refusal").isEqualTo("Typed after the session expired");

    form.fill("Planned number of groups", "3").cell("agenda", 1, 0, "500").cell("agenda", 1, 1, "Guest speeches").complete();
    assertThat(browser.text(By.id("error-agenda"))).contains("more than the meeting's 180 minutes");
    assertThat(rest.get("/api/meetings/" + meetingId).body()).contains("\"history\":[]");

    form.cell("agenda", 1, 0, "40").cell("themes", 0, 0, "A").cell("themes", 0, 1, "Prevention").complete();
    assertThat(browser.pageText()).contains("Task completed");
    browser.open("/meetings/view.xhtml?id=" + meetingId);
    assertThat(browser.text(By.id("concept-note-versions"))).contains("Version 1");
    assertThat(browser.driver().findElement(By.id("concept-note-docx-bn-1")).getAttribute("href"))
        .contains("/concept-note.docx?version=1&lang=bn");
    String versions = rest.get("/api/meetings/" + meetingId + "/concept-note/versions").body();
    assertThat(versions).contains("Typed after the session expired").contains("10 | Welcome address | Chair\\n40 | Guest speeches | ");
  }

  @Test
  void anOrganiserChoosesSpeakersAndParticipantsBeyondTheRoomCapacity() {
    String organiser = Browserless.newUser("ORGANISER");
    Browserless rest = api(organiser);
    String[] at = PreparationApiIT.meetingAtInvitations(rest, 3);
    String m = UUID.randomUUID().toString().substring(0, 8);
    PreparationApiIT.contact(rest, "Dr Speaker " + m, "speaker");
    for (int i = 1; i <= 3; i++) {
      PreparationApiIT.contact(rest, "Participant " + i + " " + m, "p" + m);
    }

    LoginPage.open(browser).logIn(organiser, Browserless.PASSWORD);
    browser.open("/tasks/form.xhtml?id=" + at[1]);
    browser.clickAndWait(By.id("work-page"));
    assertThat(browser.currentPath()).startsWith("/meetings/invitees.xhtml?id=" + at[0]);
    assertThat(browser.text(By.id("invitees-count"))).isEqualTo("0");
    assertThat(browser.text(By.id("count-capacity"))).isEqualTo("3");

    browser.type("sq", "Dr Speaker " + m);
    browser.submit("search-speakers");
    browser.driver().findElement(By.cssSelector("#speaker-results input[name='topic']")).sendKeys("Online safety of children");
    browser.clickAndWait(By.cssSelector("#speaker-results input[type='submit']"));
    assertThat(browser.pageText()).contains("The speaker was added.");
    assertThat(browser.text(By.id("invitees"))).contains("Dr Speaker " + m).contains("Speaker").contains("Online safety of children");

    browser.type("tag", "p" + m);
    browser.submit("search-participants");
    assertThat(browser.text(By.id("participant-total"))).contains("3");
    browser.clickAndWait(By.cssSelector("#participant-results input[type='submit']"));
    assertThat(browser.pageText()).contains("The participant was added.");
    browser.submit("addAll:addAll");
    assertThat(browser.pageText()).as("more than the room of 3 may be invited").contains("2 added, 1 already invited.");
    assertThat(browser.text(By.id("invitees-count"))).isEqualTo("4");
    browser.screenshot("invitees");

    browser.clickAndWait(By.cssSelector("#invitees li:last-child input[type='submit']"));
    assertThat(browser.pageText()).contains("The invitee was removed.");
    assertThat(browser.text(By.id("invitees-count"))).isEqualTo("3");

    browser.open("/meetings/view.xhtml?id=" + at[0]);
    assertThat(browser.text(By.id("meeting-invitee-list"))).contains("Dr Speaker " + m);
    assertThat(browser.text(By.id("meeting-invitee-count"))).isEqualTo("3");
  }
}

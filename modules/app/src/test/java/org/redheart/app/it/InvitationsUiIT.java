package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.conceptNote;
import static org.redheart.app.it.MeetingsApiIT.future;
import static org.redheart.app.it.MeetingsApiIT.group;
import static org.redheart.app.it.MeetingsApiIT.meetingJson;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;

/**
 * Invitations in a phone-sized browser: an organiser at the invitations step adds a speaker with a
 * topic and length, a second speaker and participants (one without an address), sends, and sees each
 * invitee's status and mail status; the speaker opens the link from the mail in a fresh session and
 * accepts online on the answer page; back as organiser the speaker is ACCEPTED / ONLINE. The second
 * speaker declines: the organiser's "find a replacement" task is in My tasks with its meeting and
 * opens the invitation task page. A participant is withdrawn after the confirmation step. A speaker
 * who suggests a colleague gives the organiser a task whose page invites the colleague with a topic
 * and length.
 */
@ExtendWith(TestServer.class)
class InvitationsUiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");
  private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}");
  private static final Pattern LINK = Pattern.compile("/public/invitation\\.xhtml\\?t=([A-Za-z0-9._~%-]+)");

  private final String m = UUID.randomUUID().toString().substring(0, 8);
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

  private void waitUntil(java.util.function.Supplier<Boolean> condition, int seconds) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds)).until(d -> condition.get());
  }

  /** A meeting with a venue and an online link at its invitations step, its room for {@code capacity}. */
  private static String meetingAtInvitations(Browserless organiser, String title, int capacity) {
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String json = meetingJson(title, future(), 30).replace("\"venue\":", "\"onlineLink\":\"https://meet.example.org/rh-" + title.hashCode()
        + "\",\"venue\":");
    HttpResponse<String> created = organiser.postJson("/api/meetings", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String meetingId = group(ID, created.body());
    String note = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    assertThat(organiser.postJson("/api/tasks/" + note + "/complete",
        conceptNote("Invite").replace("\"roomCapacity\":\"40\"", "\"roomCapacity\":\"" + capacity + "\"")).statusCode()).isEqualTo(204);
    String approval = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    assertThat(supervisor.postJson("/api/tasks/" + approval + "/complete", "{\"fields\":{\"decision\":\"approve\"}}").statusCode())
        .isEqualTo(204);
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"step\":\"Task_InviteSpeakers\"");
    return meetingId;
  }

  /** A person with an e-mail address (when given) and consent to meeting invitations. */
  private static String person(Browserless client, String name, String email, String tag) {
    HttpResponse<String> r = client.postJson("/api/contacts", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"emails\":["
        + (email == null ? "" : "\"" + email + "\"") + "],\"tags\":[\"" + tag + "\"],\"district\":\"Dhaka\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = group(ID, r.body());
    HttpResponse<String> consent = client.putJson("/api/contacts/" + id + "/consents/MEETING_INVITATIONS",
        "{\"granted\":true,\"lawfulBasis\":\"CONSENT\",\"source\":\"launch meeting\"}");
    assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
    return id;
  }

  /** The answer link's token from the newest "invitation" mail to the address, as the admin outbox shows it. */
  private static String answerToken(String email) {
    Browserless admin = Browserless.admin();
    Matcher entries = ENTRY.matcher(admin.get("/api/admin/outbox?size=200").body());
    List<String> found = new ArrayList<>();
    while (entries.find()) {
      if (entries.group(0).contains("\"recipient\":\"" + email + "\"") && entries.group(0).contains("\"template\":\"invitation\"")) {
        Matcher link = LINK.matcher(admin.get("/api/admin/outbox/" + entries.group(1)).body());
        if (link.find()) {
          found.add(link.group(1));
        }
      }
    }
    assertThat(found).as("an invitation mail to %s with its answer link", email).isNotEmpty();
    return found.get(0);
  }

  private WebElement row(String contactId) {
    return browser.driver().findElement(By.id("invitee-" + contactId));
  }

  private void addSpeaker(String name, String topic, String length) {
    browser.type("sq", name);
    browser.submit("search-speakers");
    browser.driver().findElement(By.cssSelector("#speaker-results input[name='topic']")).sendKeys(topic);
    if (length != null) {
      browser.driver().findElement(By.cssSelector("#speaker-results input[name='lengthMinutes']")).sendKeys(length);
    }
    browser.clickAndWait(By.cssSelector("#speaker-results input[type='submit']"));
    assertThat(browser.pageText()).contains("The speaker was added.");
  }

  /** Opens the answer page of a link in a fresh session (no cookies) and presses one of its buttons. */
  private void answer(String token, String button, String reason) {
    browser.driver().manage().deleteAllCookies();
    browser.open("/public/invitation.xhtml?t=" + token);
    assertThat(browser.pageText()).contains("Invitations UI " + m);
    browser.screenshot("invitation-answer-" + button);
    if (reason != null) {
      WebElement field = browser.driver().findElement(By.cssSelector("form[id='answer'] textarea[id$='reason']"));
      field.sendKeys(reason);
    }
    browser.clickAndWait(By.cssSelector("[id$='" + button + "']"));
    assertThat(browser.driver().findElements(By.cssSelector("[id='recorded'], [id$=':recorded']"))).as("the page says what was recorded")
        .isNotEmpty();
    browser.screenshot("invitation-answered-" + button);
  }

  private void logIn(String organiser) {
    browser.driver().manage().deleteAllCookies();
    LoginPage.open(browser).logIn(organiser, Browserless.PASSWORD);
  }

  @Test
  void anOrganiserSendsInvitationsSeesTheAnswersAndIsAskedToReplaceASpeakerWhoDeclined() {
    String organiser = Browserless.newUser("ORGANISER");
    Browserless rest = api(organiser);
    String title = "Invitations UI " + m;
    String meetingId = meetingAtInvitations(rest, title, 2);
    String speakerMail = "speaker." + m + "@example.org";
    String declinerMail = "decliner." + m + "@example.org";
    String speaker = person(rest, "Dr Online " + m, speakerMail, "speaker");
    String decliner = person(rest, "Dr Decliner " + m, declinerMail, "speaker");
    List<String> participants = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      participants.add(person(rest, "Participant " + i + " " + m, "p" + i + "." + m + "@example.org", "p" + m));
    }
    String noAddress = person(rest, "Participant without mail " + m, null, "p" + m);

    logIn(organiser);
    browser.open("/meetings/invitees.xhtml?id=" + meetingId);
    assertThat(browser.text(By.id("capacity-help"))).contains("waiting list");
    addSpeaker("Dr Online " + m, "Online safety of children", "25");
    addSpeaker("Dr Decliner " + m, "Child protection law", null);
    assertThat(row(speaker).getText()).contains("Online safety of children").contains("25 min").contains("Not sent yet");
    browser.type("tag", "p" + m);
    browser.submit("search-participants");
    browser.submit("addAll:addAll");
    assertThat(browser.text(By.id("invitees-count"))).as("more than the room of 2 may be invited").isEqualTo("6");
    assertThat(browser.text(By.id("count-capacity"))).isEqualTo("2");

    browser.submit("send:send");
    assertThat(browser.pageText()).contains("5 invitation(s) sent, 0 sent before; 1 could not be sent (no e-mail address: 1)");
    assertThat(row(speaker).getAttribute("data-status")).isEqualTo("INVITED");
    assertThat(row(speaker).getText()).contains("Invited, no answer").contains("Last mail: Invitation");
    assertThat(row(speaker).findElement(By.className("mail-state")).getAttribute("data-mail-status")).isIn("HELD", "PENDING", "SENT");
    assertThat(row(noAddress).getAttribute("data-status")).isEqualTo("NOT_SENT");
    assertThat(row(noAddress).getText()).contains("no e-mail address");
    assertThat(browser.text(By.id("count-no-answer"))).isEqualTo("5");
    browser.screenshot("invitations-sent");

    // a participant is withdrawn, after the confirmation step and with a reason
    browser.clickAndWait(By.cssSelector("#invitee-" + participants.get(0) + " a.withdraw-link"));
    assertThat(browser.text(By.id("withdraw-title"))).contains("Participant 1 " + m);
    browser.submit("withdrawal:confirmWithdraw");
    assertThat(browser.text(By.id("withdrawReason-error"))).as("a reason is required").contains("reason");
    browser.type("withdrawReason", "The meeting is for district officers only");
    browser.submit("withdrawal:confirmWithdraw");
    assertThat(browser.pageText()).contains("Participant 1 " + m + " is withdrawn and will be told.");
    assertThat(row(participants.get(0)).getAttribute("data-status")).isEqualTo("WITHDRAWN");
    assertThat(browser.driver().findElements(By.id("withdraw-confirm"))).isEmpty();
    assertThat(row(participants.get(0)).getText()).as("told with a cancellation").contains("Last mail: Cancellation");
    assertThat(browser.text(By.id("count-withdrawn"))).isEqualTo("1");

    // the speaker opens the link from the mail, in a fresh session, and accepts online
    answer(answerToken(speakerMail), "acceptOnline", null);
    assertThat(browser.driver().findElement(By.id("answer-status")).getAttribute("data-status")).isEqualTo("ACCEPTED");
    assertThat(browser.driver().findElement(By.id("answer-status")).getAttribute("data-mode")).isEqualTo("ONLINE");

    logIn(organiser);
    browser.open("/meetings/invitees.xhtml?id=" + meetingId);
    assertThat(row(speaker).getAttribute("data-status")).isEqualTo("ACCEPTED");
    assertThat(row(speaker).getAttribute("data-mode")).isEqualTo("ONLINE");
    assertThat(row(speaker).getText()).contains("Accepted").contains("online");
    assertThat(browser.text(By.id("count-modes"))).as("on site / online").isEqualTo("0 / 1");
    assertThat(browser.text(By.id("count-accepted"))).as("speakers take no place").startsWith("0");
    browser.screenshot("invitations-accepted");

    // the second speaker declines: the organiser is asked to find a replacement
    answer(answerToken(declinerMail), "decline", "I am travelling that week");
    assertThat(browser.driver().findElement(By.id("answer-status")).getAttribute("data-status")).isEqualTo("DECLINED");
    logIn(organiser);
    waitUntil(() -> {
      browser.open("/tasks/index.xhtml");
      return browser.pageText().contains("Find a replacement speaker");
    }, 60);
    WebElement task = browser.driver().findElements(By.cssSelector("table.tasks tbody tr")).stream()
        .filter(r -> r.getText().contains("Find a replacement speaker")).findFirst().orElseThrow();
    assertThat(task.getText()).as("with its meeting").contains(title);
    assertThat(task.findElement(By.cssSelector("a.task-link")).getAttribute("href")).contains("/meetings/invitation-task.xhtml?task=");
    browser.clickAndWait(By.xpath("//table[contains(@class,'tasks')]//tr[contains(., 'Find a replacement speaker')]//a[contains(@class,'task-link')]"));
    assertThat(browser.text(By.id("task-title"))).isEqualTo("Find a replacement speaker");
    assertThat(browser.text(By.id("task-meeting"))).isEqualTo(title);
    assertThat(browser.text(By.id("task-speaker"))).isEqualTo("Dr Decliner " + m);
    assertThat(browser.text(By.id("task-decline-reason"))).isEqualTo("I am travelling that week");
    assertThat(browser.driver().findElement(By.id("choose-replacement")).getAttribute("href"))
        .contains("/meetings/invitees.xhtml?id=" + meetingId);
    browser.screenshot("invitation-task");
    browser.submit("replace:complete");
    assertThat(browser.pageText()).contains("Task completed.");
    assertThat(browser.pageText()).doesNotContain("Find a replacement speaker");

    // the meeting page sums it up
    browser.open("/meetings/view.xhtml?id=" + meetingId);
    assertThat(browser.text(By.id("meeting-invitations"))).contains("Waiting list").contains("Declined");
    assertThat(browser.text(By.id("count-declined"))).isEqualTo("1");
    assertThat(browser.driver().findElement(By.id("invitations-page")).getAttribute("href"))
        .endsWith("/meetings/invitees.xhtml?id=" + meetingId);
  }

  @Test
  void aSpeakerSuggestsAColleagueAndTheOrganiserInvitesThemFromTheTaskPage() {
    String organiser = Browserless.newUser("ORGANISER");
    Browserless rest = api(organiser);
    String title = "Invitations UI " + m;
    String meetingId = meetingAtInvitations(rest, title, 10);
    String speakerMail = "busy." + m + "@example.org";
    String speaker = person(rest, "Dr Busy " + m, speakerMail, "speaker");

    logIn(organiser);
    browser.open("/meetings/invitees.xhtml?id=" + meetingId);
    addSpeaker("Dr Busy " + m, "Safe schools", "30");
    browser.submit("send:send");
    assertThat(browser.pageText()).contains("1 invitation(s) sent, 0 sent before.");

    // the speaker cannot come and suggests a colleague on the answer page
    browser.driver().manage().deleteAllCookies();
    browser.open("/public/invitation.xhtml?t=" + answerToken(speakerMail));
    browser.driver().findElement(By.cssSelector("form[id='delegate'] [id$='colleagueName']")).sendKeys("Ms Colleague " + m);
    browser.driver().findElement(By.cssSelector("form[id='delegate'] [id$='colleagueEmail']")).sendKeys("colleague." + m + "@example.org");
    browser.driver().findElement(By.cssSelector("form[id='delegate'] [id$='colleagueOrganisation']")).sendKeys("Dhaka University");
    browser.clickAndWait(By.cssSelector("form[id='delegate'] [id$='suggest']"));
    assertThat(browser.driver().findElements(By.cssSelector("[id='recorded'], [id$=':recorded']"))).isNotEmpty();

    logIn(organiser);
    waitUntil(() -> {
      browser.open("/tasks/index.xhtml");
      return browser.pageText().contains("Invite a suggested colleague");
    }, 60);
    browser.clickAndWait(By.xpath("//table[contains(@class,'tasks')]//tr[contains(., 'Invite a suggested colleague') and contains(., '"
        + title + "')]//a[contains(@class,'task-link')]"));
    assertThat(browser.currentPath()).startsWith("/meetings/invitation-task.xhtml?task=");
    assertThat(browser.text(By.id("suggestion-name"))).isEqualTo("Ms Colleague " + m);
    assertThat(browser.text(By.id("suggestion-email"))).isEqualTo("colleague." + m + "@example.org");
    assertThat(browser.text(By.id("task-suggestion"))).contains("Dr Busy " + m).contains("Dhaka University");

    browser.submit("invite:inviteSuggested");
    assertThat(browser.text(By.id("topic-error"))).as("a topic is required, next to its field").isNotBlank();
    browser.type("topic", "Safe schools, the law");
    browser.type("lengthMinutes", "20");
    browser.submit("invite:inviteSuggested");
    assertThat(browser.pageText()).contains("The colleague is invited as a speaker.");
    assertThat(browser.currentPath()).startsWith("/meetings/invitees.xhtml?id=" + meetingId);
    assertThat(row(speaker).getAttribute("data-status")).isEqualTo("DELEGATED");
    WebElement colleague = browser.driver().findElements(By.cssSelector("#invitees li.invitee")).stream()
        .filter(r -> r.getText().contains("Ms Colleague " + m)).findFirst().orElseThrow();
    assertThat(colleague.getAttribute("data-status")).isEqualTo("INVITED");
    assertThat(colleague.getText()).contains("Safe schools, the law").contains("20 min").contains("Last mail: Invitation");
    browser.open("/tasks/index.xhtml");
    assertThat(browser.pageText()).as("the task is completed").doesNotContain("Invite a suggested colleague");
  }
}

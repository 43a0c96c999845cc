package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;
import org.redheart.app.it.pages.NewMeetingPage;
import org.redheart.app.it.pages.TaskFormPage;

/**
 * The "Done when" walked in a phone-sized browser, as an organiser and a supervisor would:
 * a meeting two weeks ahead (its early steps short notice, not late); the concept note, changes
 * requested, fixed, approved; two speakers and twenty participants invited; fifteen checked in and
 * two walk-ins; three balanced groups; findings with two action plans; the report generated, edited
 * and approved; its DOCX read in Bangla and in English.
 */
@ExtendWith(TestServer.class)
class WalkthroughUiIT {
  private final String m = UUID.randomUUID().toString().substring(0, 6);
  private Browser organiser;
  private Browser supervisor;

  @BeforeEach
  void openBrowsers() {
    organiser = new Browser(TestServer.get().baseUrl(), 360);
    supervisor = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowsers() {
    organiser.close();
    supervisor.close();
  }

  /** Opens the meeting's current step from its progress strip. */
  private TaskFormPage openCurrentStep(Browser browser, String meetingId, String title) {
    browser.open("/meetings/view.xhtml?id=" + meetingId);
    browser.clickAndWait(By.cssSelector(".progress-strip li.current a"));
    TaskFormPage form = new TaskFormPage(browser);
    assertThat(form.title()).isEqualTo(title);
    return form;
  }

  private void decide(Browser browser, String decision) {
    browser.driver().findElement(By.cssSelector("input[type='radio'][value='" + decision + "']")).click();
  }

  private void checkIn(String name) {
    organiser.type("q", name);
    organiser.submit("search-submit");
    organiser.clickAndWait(By.cssSelector("input[aria-label='Check in: " + name + "']"));
  }

  @Test
  void aMeetingFromConceptNoteToApprovedReport() throws Exception {
    String organiserName = Browserless.newUser("ORGANISER");
    String supervisorName = Browserless.newUser("SUPERVISOR");
    Browserless rest = Browserless.withToken(Browserless.anonymous().login(organiserName, Browserless.PASSWORD).createToken());
    for (int i = 1; i <= 2; i++) {
      created(rest.postJson("/api/contacts", "{\"kind\":\"PERSON\",\"name\":\"Guest Speaker " + i + " " + m
          + "\",\"tags\":[\"speaker\"],\"categoryIds\":[5]}"));
    }
    for (int i = 1; i <= 20; i++) {
      created(rest.postJson("/api/contacts", "{\"kind\":\"PERSON\",\"name\":\"Participant " + (char) ('A' + i - 1) + " " + m
          + "\",\"tags\":[\"w" + m + "\"],\"categoryIds\":[" + (4 + i % 3) + "]}"));
    }
    created(rest.postJson("/api/contacts", "{\"kind\":\"ORGANISATION\",\"name\":\"Upazila Office " + m + "\"}"));
    Browserless supervisorRest =
        Browserless.withToken(Browserless.anonymous().login(supervisorName, Browserless.PASSWORD).createToken());
    HttpResponse<String> campaign = Browserless.asNewUser("ADMIN").postJson("/api/campaigns", PreparationApiIT.campaignJson(
        "Walkthrough " + m, PreparationApiIT.userId(rest), PreparationApiIT.userId(supervisorRest)));
    created(campaign);
    String campaignId = MeetingWalk.id(campaign.body());

    // 1. A meeting two weeks ahead: its early steps are short notice, not late.
    LoginPage.open(organiser).logIn(organiserName, Browserless.PASSWORD);
    String title = "Stakeholder meeting with social workers " + m;
    LocalDate date = LocalDate.now().plusDays(14);
    NewMeetingPage page = NewMeetingPage.open(organiser);
    new Select(organiser.driver().findElement(By.id("meeting:campaignId"))).selectByValue(campaignId);
    page.title(title).audience("Social workers").when(date.toString(), "14:00", "17:00")
        .venue("CWCS Conference Room, Dhaka").expected("30").create();
    assertThat(organiser.currentPath()).as(organiser.pageText()).startsWith("/meetings/view.xhtml?id=");
    String meetingId = organiser.currentPath().substring(organiser.currentPath().indexOf("id=") + 3);
    organiser.open("/meetings/board.xhtml?campaignId=" + campaignId);
    String row = organiser.text(By.xpath("//table[@id='board']//tr[contains(., '" + title + "')]"));
    assertThat(row).contains("short notice").doesNotContainIgnoringCase("late");

    // 2. The concept note; the supervisor requests changes; fixed; approved.
    TaskFormPage form = openCurrentStep(organiser, meetingId, "Write the concept note");
    form.fill("Purpose", "Make social workers aware of online child sexual exploitation")
        .fill("Planned number of groups", "3").fill("Room capacity", "40").fill("Guest speakers wanted", "2")
        .cell("themes", 0, 0, "A").cell("themes", 0, 1, "Prevention of child sexual abuse, exploitation and trafficking")
        .cell("themes", 1, 0, "B").cell("themes", 1, 1, "Access to child protection for victims")
        .cell("themes", 2, 0, "C").cell("themes", 2, 1, "Reintegration of child victims").complete();
    assertThat(organiser.pageText()).contains("Task completed");

    LoginPage.open(supervisor).logIn(supervisorName, Browserless.PASSWORD);
    TaskFormPage review = openCurrentStep(supervisor, meetingId, "Approve the concept note");
    assertThat(supervisor.pageText()).contains("Make social workers aware of online child sexual exploitation");
    decide(supervisor, "requestChanges");
    review.complete();
    assertThat(supervisor.pageText()).contains("required");
    decide(supervisor, "requestChanges");
    review.fill("Comment", "Name the district the social workers come from.").complete();
    assertThat(supervisor.pageText()).contains("Task completed");

    form = openCurrentStep(organiser, meetingId, "Write the concept note");
    assertThat(form.value("Purpose")).isEqualTo("Make social workers aware of online child sexual exploitation");
    form.fill("Context", "Social workers from Gazipur district").complete();
    review = openCurrentStep(supervisor, meetingId, "Approve the concept note");
    assertThat(supervisor.pageText()).contains("Social workers from Gazipur district");
    decide(supervisor, "approve");
    review.complete();
    assertThat(supervisor.pageText()).contains("Task completed");

    // 3. Two speakers and twenty participants.
    openCurrentStep(organiser, meetingId, "Invite speakers and participants");
    organiser.clickAndWait(By.id("work-page"));
    for (int i = 1; i <= 2; i++) {
      organiser.type("sq", "Guest Speaker " + i + " " + m);
      organiser.submit("search-speakers");
      organiser.driver().findElement(By.cssSelector("#speaker-results input[name='topic']")).sendKeys("Online safety " + i);
      organiser.clickAndWait(By.cssSelector("#speaker-results input[type='submit']"));
      assertThat(organiser.pageText()).contains("The speaker was added.");
    }
    organiser.type("tag", "w" + m);
    organiser.submit("search-participants");
    assertThat(organiser.text(By.id("participant-total"))).contains("20");
    organiser.submit("addAll:addAll");
    assertThat(organiser.text(By.id("invitees-count"))).isEqualTo("22");
    openCurrentStep(organiser, meetingId, "Invite speakers and participants").complete();
    openCurrentStep(organiser, meetingId, "Prepare logistics").fill("Venue", "CWCS Conference Room, Dhaka").complete();
    assertThat(organiser.pageText()).contains("Task completed");

    // Fifteen checked in and two walk-ins, on the phone.
    organiser.open("/meetings/checkin.xhtml?id=" + meetingId);
    for (int i = 1; i <= 15; i++) {
      checkIn("Participant " + (char) ('A' + i - 1) + " " + m);
    }
    for (int i = 1; i <= 2; i++) {
      organiser.type("walkin:name", "Walk-in " + i + " " + m);
      new Select(organiser.driver().findElement(By.id("walkin:categoryId"))).selectByValue("6");
      organiser.submit("walkin:add");
      assertThat(organiser.pageText()).contains("Walk-in added: Walk-in " + i + " " + m);
    }
    assertThat(organiser.text(By.id("count-adults"))).isEqualTo("17");
    assertThat(organiser.text(By.id("count-walkins"))).isEqualTo("2");
    organiser.screenshot("walkthrough-checkin");
    openCurrentStep(organiser, meetingId, "Record attendance").complete();
    assertThat(organiser.pageText()).contains("Task completed");

    // Three balanced groups, with their leads.
    organiser.open("/meetings/groups.xhtml?id=" + meetingId);
    organiser.type("assign:groupCount", "3");
    organiser.submit("assign:run");
    List<Integer> sizes = organiser.texts(By.cssSelector(".group-size")).stream()
        .map(t -> Integer.parseInt(t.replaceAll("[^0-9]", ""))).toList();
    assertThat(sizes).hasSize(3);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(17);
    assertThat(sizes.stream().mapToInt(Integer::intValue).max().getAsInt()
        - sizes.stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
    for (int g = 0; g < 3; g++) {
      new Select(organiser.driver().findElement(By.id("fac-" + g))).selectByIndex(1);
      new Select(organiser.driver().findElement(By.id("rap-" + g))).selectByIndex(2);
    }
    organiser.submit("leads:save");
    assertThat(organiser.pageText()).contains("Facilitators and rapporteurs saved.");
    openCurrentStep(organiser, meetingId, "Assign breakout groups").complete();
    assertThat(organiser.pageText()).contains("Task completed");

    // Findings and two action plans.
    organiser.open("/meetings/findings.xhtml?id=" + meetingId);
    organiser.type("g0-challenges", "Low awareness in schools\nশিশুদের অনলাইন ঝুঁকি");
    organiser.type("g0-p0-action", "Train 20 teachers " + m);
    organiser.type("g0-p0-ownerQuery", "Upazila Office " + m);
    organiser.submit("findings:groups:0:plans:0:find");
    organiser.click("g0-p0-owner-0");
    organiser.type("g0-p0-dueOn", date.plusDays(30).toString());
    organiser.submit("findings:groups:0:addPlan");
    organiser.type("g0-p1-action", "Visit five schools " + m);
    organiser.type("g0-p1-ownerQuery", "Participant B " + m);
    organiser.submit("findings:groups:0:plans:1:find");
    organiser.click("g0-p1-owner-0");
    organiser.type("g0-p1-dueOn", date.plusDays(20).toString());
    organiser.submit("findings:save");
    assertThat(organiser.pageText()).contains("The findings were saved.");
    openCurrentStep(organiser, meetingId, "Record group findings").complete();
    assertThat(organiser.pageText()).contains("Task completed");

    // The report: generated from the meeting's data, edited, approved by the supervisor.
    form = openCurrentStep(organiser, meetingId, "Write the meeting report");
    var report = organiser.driver().findElement(By.cssSelector("textarea[data-field='report']"));
    assertThat(report.getAttribute("value")).contains(title).contains("Train 20 teachers " + m);
    report.sendKeys("\n\nThe social workers asked for a follow-up in Gazipur. " + m);
    form.complete();
    assertThat(organiser.pageText()).contains("Task completed");
    review = openCurrentStep(supervisor, meetingId, "Review the report");
    decide(supervisor, "approve");
    review.complete();
    assertThat(supervisor.pageText()).contains("Task completed");

    // Its DOCX, in Bangla and in English.
    organiser.open("/meetings/view.xhtml?id=" + meetingId);
    String docxLink = organiser.driver().findElement(By.cssSelector("a[href*='report.docx'][href*='lang=bn']")).getAttribute("href");
    assertThat(docxLink).contains("/api/meetings/" + meetingId + "/report.docx");
    String bn = docx(rest.getBytes("/api/meetings/" + meetingId + "/report.docx?lang=bn", "*/*"));
    assertThat(bn).contains("The social workers asked for a follow-up in Gazipur. " + m).contains("শিশুদের অনলাইন ঝুঁকি")
        .containsPattern("[\\u0980-\\u09FF]{4,}");
    String en = docx(rest.getBytes("/api/meetings/" + meetingId + "/report.docx?lang=en", "*/*"));
    assertThat(en).contains("The social workers asked for a follow-up in Gazipur. " + m).contains("Train 20 teachers " + m);
    organiser.screenshot("walkthrough-report");
  }

  private static void created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private static String docx(HttpResponse<byte[]> r) throws Exception {
    assertThat(r.statusCode()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
      String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
      String tables = doc.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
      return paragraphs + "\n" + tables;
    }
  }
}

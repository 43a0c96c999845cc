package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Group findings, action plans and the report over REST: findings with two action plans saved and
 * listed among the open actions, closed with an outcome; bad plans refused row by row with nothing
 * saved; the report drafted from the meeting's data, edited, approved and downloaded as DOCX and
 * HTML in Bangla and English; the social post drawn from it.
 */
@ExtendWith(TestServer.class)
class FindingsApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");
  private static final Pattern GROUP_ID = Pattern.compile("\"held\":true,\"id\":(\\d+)");
  private static final Pattern PLAN_ID = Pattern.compile("\"id\":\"([^\"]+)\",\"meetingId\"");
  private static final String DEFAULT_CAMPAIGN = "00000000-0000-0000-0000-000000000001";

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final Browserless organiser = Browserless.asNewUser("ORGANISER");
  private final Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
  private final LocalDate meetingDate = LocalDate.now().plusDays(30);

  /** Schedules a meeting and completes every step before the findings over REST; returns its id. */
  static String meetingAtFindings(Browserless organiser, Browserless supervisor, String title, LocalDate date) {
    String json = "{\"title\":\"" + title + "\",\"audienceCategoryId\":4,\"date\":\"" + date
        + "\",\"startTime\":\"10:00\",\"endTime\":\"13:00\",\"timeZone\":\"Asia/Dhaka\",\"venue\":\"CIRDAP auditorium, Dhaka\","
        + "\"expectedParticipants\":30}";
    HttpResponse<String> created = organiser.postJson("/api/meetings", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String meetingId = MeetingsApiIT.group(ID, created.body());
    MeetingWalk.toFindings(organiser, supervisor, meetingId);
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"stage\":\"Task_RecordFindings\"");
    return meetingId;
  }

  static String complete(Browserless who, String meetingId, String fields) {
    String taskId = MeetingsApiIT.group(TASK_ID, who.get("/api/meetings/" + meetingId).body());
    HttpResponse<String> done = who.postJson("/api/tasks/" + taskId + "/complete", "{\"fields\":" + fields + "}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    return taskId;
  }

  private String contact(String json) {
    HttpResponse<String> r = organiser.postJson("/api/contacts", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return MeetingsApiIT.group(ID, r.body());
  }

  private String findings(String ownerA, String ownerB) {
    return "{\"groups\":["
        + "{\"themeCode\":\"A\",\"challenges\":\"Low awareness in schools " + marker + "\\nশিশুদের অনলাইন ঝুঁকি\","
        + "\"actionPlans\":[{\"action\":\"Train 20 teachers " + marker + "\",\"ownerContactId\":\"" + ownerA + "\",\"dueOn\":\""
        + meetingDate.plusDays(30) + "\"},"
        + "{\"action\":\"Visit 5 madrasas " + marker + "\",\"ownerContactId\":\"" + ownerB + "\",\"dueOn\":\"" + meetingDate + "\"}]},"
        + "{\"themeCode\":\"b\",\"challenges\":\"Few shelters\",\"actionPlans\":[]},"
        + "{\"themeCode\":\"D\",\"theme\":\"Online safety\",\"challenges\":\"\"}],"
        + "\"recommendations\":[{\"kind\":\"DEMAND\",\"text\":\"A child protection committee in every district " + marker + "\"},"
        + "{\"kind\":\"GOOD_PRACTICE\",\"text\":\"Courtyard meetings with parents\"}]}";
  }

  @Test
  void findingsWithTwoActionPlansAreListedAmongTheOpenActionsAndClosedWithAnOutcome() {
    String meetingId = meetingAtFindings(organiser, supervisor, "Findings meeting " + marker, meetingDate);
    String person = contact("{\"kind\":\"PERSON\",\"name\":\"Owner Person " + marker + "\",\"emails\":[\"owner." + marker
        + "@example.org\"]}");
    String organisation = contact("{\"kind\":\"ORGANISATION\",\"name\":\"Owner Organisation " + marker + "\"}");

    HttpResponse<String> saved = organiser.putJson("/api/meetings/" + meetingId + "/findings", findings(person, organisation));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("\"themeCode\":\"A\"").contains("\"themeCode\":\"B\"")
        .contains("Access to child protection for victims").contains("\"themeCode\":\"D\"").contains("Online safety")
        .contains("শিশুদের অনলাইন ঝুঁকি").contains("Owner Person " + marker).contains("Owner Organisation " + marker)
        .contains("Courtyard meetings with parents");

    // saving the same groups again (by id) changes nothing in number
    String groupId = MeetingsApiIT.group(GROUP_ID, saved.body());
    String planId = MeetingsApiIT.group(PLAN_ID, saved.body());
    assertThat(organiser.get("/api/meetings/" + meetingId + "/findings").body()).contains("\"id\":" + groupId).contains(planId);

    // the findings step completes (groups have theme codes); each plan now runs its own process
    complete(organiser, meetingId, "{}");
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"stage\":\"Task_WriteReport\"");

    HttpResponse<String> open = supervisor.get("/api/action-plans?campaignId=" + DEFAULT_CAMPAIGN + "&status=OPEN&size=200");
    assertThat(open.statusCode()).isEqualTo(200);
    String openBody = open.body();
    assertThat(openBody).contains("Train 20 teachers " + marker).contains("Visit 5 madrasas " + marker)
        .contains("Findings meeting " + marker);

    assertThat(organiser.postJson("/api/action-plans/" + planId + "/close", "{\"outcome\":\" \"}").body())
        .contains("\"field\":\"outcome\"");
    HttpResponse<String> closed = organiser.postJson("/api/action-plans/" + planId + "/close",
        "{\"outcome\":\"22 teachers trained in January\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(closed.body()).contains("\"status\":\"CLOSED\"").contains("22 teachers trained");
    assertThat(organiser.postJson("/api/action-plans/" + planId + "/close", "{\"outcome\":\"again\"}").statusCode()).isEqualTo(409);
    assertThat(supervisor.get("/api/action-plans?status=OPEN&size=200").body()).doesNotContain(planId)
        .contains("Visit 5 madrasas " + marker);
    assertThat(supervisor.get("/api/action-plans/" + planId).body()).contains("\"status\":\"CLOSED\"");

    // added after the step: tracked at once
    HttpResponse<String> added = organiser.postJson("/api/meetings/" + meetingId + "/action-plans",
        "{\"groupId\":" + groupId + ",\"action\":\"Write to the district officer " + marker + "\",\"ownerContactId\":\""
            + organisation + "\",\"dueOn\":\"" + meetingDate.plusDays(10) + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/action-plans/"));
  }

  @Test
  void aPlanWithoutOwnerOrDueBeforeTheMeetingIsRefusedRowByRowAndNothingIsSaved() {
    String meetingId = meetingAtFindings(organiser, supervisor, "Bad plans " + marker, meetingDate);
    String person = contact("{\"kind\":\"PERSON\",\"name\":\"Owner " + marker + "\"}");
    String body = "{\"groups\":[{\"themeCode\":\"A\",\"challenges\":\"x\",\"actionPlans\":["
        + "{\"action\":\"No owner\",\"ownerContactId\":\"\",\"dueOn\":\"" + meetingDate.plusDays(5) + "\"},"
        + "{\"action\":\"Too early\",\"ownerContactId\":\"" + person + "\",\"dueOn\":\"" + meetingDate.minusDays(1) + "\"}]},"
        + "{\"themeCode\":\"\",\"challenges\":\"y\"}]}";

    HttpResponse<String> refused = organiser.putJson("/api/meetings/" + meetingId + "/findings", body);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"groups[0].actionPlans[0].owner\"")
        .contains("\"field\":\"groups[0].actionPlans[1].dueOn\"").contains("\"field\":\"groups[1].themeCode\"");
    String after = organiser.get("/api/meetings/" + meetingId + "/findings").body();
    assertThat(after).doesNotContain("No owner").doesNotContain("Too early").doesNotContain("\"challenges\":[\"x\"]");

    HttpResponse<String> single = organiser.postJson("/api/meetings/" + meetingId + "/action-plans",
        "{\"action\":\"Alone\",\"dueOn\":\"" + meetingDate.minusDays(3) + "\"}");
    assertThat(single.statusCode()).isEqualTo(400);
    assertThat(single.body()).contains("\"field\":\"owner\"").contains("\"field\":\"dueOn\"");

    // and the step cannot complete with nothing recorded
    String taskId = MeetingsApiIT.group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    HttpResponse<String> incomplete = organiser.postJson("/api/tasks/" + taskId + "/complete", "{\"fields\":{}}");
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("\"field\":\"challenges\"");
  }

  @Test
  void onlyMeetingReadersSeeFindingsAndOnlyCampaignWorkersChangeThem() {
    String meetingId = meetingAtFindings(organiser, supervisor, "Access " + marker, meetingDate);
    Browserless admin = Browserless.asNewUser("ADMIN");
    Browserless lead = Browserless.asNewUser("SAFEGUARDING_LEAD");

    assertThat(admin.get("/api/meetings/" + meetingId + "/findings").statusCode()).isEqualTo(403);
    assertThat(lead.get("/api/meetings/" + meetingId + "/findings").statusCode()).isEqualTo(200);
    assertThat(lead.putJson("/api/meetings/" + meetingId + "/findings", "{\"groups\":[{\"themeCode\":\"A\"}]}").statusCode())
        .isEqualTo(403);
    assertThat(organiser.get("/api/meetings/nope/findings").statusCode()).isEqualTo(404);
  }

  @Test
  void theReportIsDraftedFromTheMeetingEditedApprovedAndDownloadedInBanglaAndEnglish() throws Exception {
    String meetingId = meetingAtFindings(organiser, supervisor, "Report meeting " + marker, meetingDate);
    String person = contact("{\"kind\":\"PERSON\",\"name\":\"রহিমা খাতুন " + marker + "\"}");
    String organisation = contact("{\"kind\":\"ORGANISATION\",\"name\":\"Grassroots CBO " + marker + "\"}");
    assertThat(organiser.putJson("/api/meetings/" + meetingId + "/findings", findings(person, organisation)).statusCode())
        .isEqualTo(200);

    // before anything is written, the documents give the generated draft
    HttpResponse<byte[]> draftDocx = organiser.getBytes("/api/meetings/" + meetingId + "/report.docx?lang=bn", "*/*");
    assertThat(draftDocx.statusCode()).isEqualTo(200);
    assertThat(docxText(draftDocx.body())).contains("দলভিত্তিক আলোচনা").contains("দল A").contains("রহিমা খাতুন " + marker);

    complete(organiser, meetingId, "{}");
    String reportTask = MeetingsApiIT.group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    String form = organiser.get("/api/tasks/" + reportTask).body();
    assertThat(form).as("the report form opens with the generated draft").contains("\"report\":\"## Report meeting " + marker)
        .contains("Breakout session").contains("Train 20 teachers " + marker).contains("Orientation on the campaign — Programme officer")
        .contains("A child protection committee in every district " + marker);

    String written = "## Report meeting " + marker + "\\nThe meeting brought 17 people together.\\n## সারসংক্ষেপ\\n"
        + "সভায় ১৭ জন অংশগ্রহণকারী উপস্থিত ছিলেন।\\n- Train 20 teachers " + marker;
    complete(organiser, meetingId, "{\"report\":\"" + written + "\"}");
    complete(supervisor, meetingId, "{\"decision\":\"approve\"}");

    HttpResponse<byte[]> docx = organiser.getBytes("/api/meetings/" + meetingId + "/report.docx?lang=bn", "*/*");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".docx"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      // the document service writes headings (and the title) as bold runs
      String headings = doc.getParagraphs().stream().filter(p -> !p.getRuns().isEmpty() && p.getRuns().get(0).isBold())
          .map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
      assertThat(headings).contains("সারসংক্ষেপ").contains("প্রতিবেদন");
      String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
      assertThat(all).contains("সভায় ১৭ জন অংশগ্রহণকারী উপস্থিত ছিলেন।").contains("অনুমোদিত সংস্করণ")
          .doesNotContain("সভায় ১৭ জন অংশগ্রহণকারী উপস্থিত ছিলেন।\nসারসংক্ষেপ");
      assertThat(headings).doesNotContain("সভায় ১৭ জন");
    }
    assertThat(docxText(organiser.getBytes("/api/meetings/" + meetingId + "/report.docx?lang=en", "*/*").body()))
        .contains("The approved version.").contains("The meeting brought 17 people together.");

    HttpResponse<String> html = organiser.get("/api/meetings/" + meetingId + "/report.html?lang=bn", "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.body()).contains("<html lang=\"bn\">").contains("<h2>সারসংক্ষেপ</h2>")
        .contains("<li>Train 20 teachers " + marker + "</li>").contains("/resources/css/app.css");
    assertThat(organiser.get("/api/meetings/" + meetingId + "/report.html?lang=fr", "text/html").statusCode()).isEqualTo(400);

    // the social post is drawn from the approved report, with the campaign's hashtag
    String postForm = organiser.get("/api/meetings/" + meetingId + "/post-draft").body();
    assertThat(postForm).contains("\"text\":\"Report meeting " + marker).contains("The meeting brought 17 people together.")
        .contains("#SaveFACE4Children");
  }

  private static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
  }
}

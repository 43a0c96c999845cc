package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Safeguarding concerns over REST (issue 7, Done when 4): a concern on an approved post tells the
 * safeguarding lead by mail (read from the outbox: the shared test server holds its mail there),
 * withdraws the post, and the lead records a referral to 1098 with a reference and closes it with an
 * outcome; a summary naming a 12-year-old and her school is refused naming {@code summary}; an
 * organiser may not refer; a disclosure at a meeting withdraws nothing.
 */
@ExtendWith(TestServer.class)
class ConcernsApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}");
  private static final String DEFAULT_CAMPAIGN = "00000000-0000-0000-0000-000000000001";

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final String leadName = Browserless.newUser("SAFEGUARDING_LEAD");
  private final Browserless lead = Browserless.withToken(Browserless.anonymous().login(leadName, Browserless.PASSWORD).createToken());
  private final Browserless organiser = Browserless.asNewUser("ORGANISER");
  private final Browserless supervisor = Browserless.asNewUser("SUPERVISOR");

  /** An approved social post: written by the organiser, approved by a supervisor; returns its id. */
  static String approvedPost(Browserless author, Browserless approver, String title) {
    HttpResponse<String> created = author.postJson("/api/materials", "{\"campaignId\":\"" + DEFAULT_CAMPAIGN
        + "\",\"kindCode\":\"SOCIAL_POST\",\"title\":\"" + title + "\",\"language\":\"en\",\"meetingIds\":[],"
        + "\"text\":\"Parents, teachers and students met in Dhaka to talk about keeping children safe online. #SaveFACE4Children\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = MeetingsApiIT.group(ID, created.body());
    HttpResponse<String> submitted = author.postJson("/api/materials/" + id + "/submit", "{}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    HttpResponse<String> approved = approver.postJson("/api/materials/" + id + "/versions/1/approve",
        "{\"comment\":\"Good to go\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"APPROVED\"");
    return id;
  }

  static String meeting(Browserless organiser, String title) {
    String json = "{\"title\":\"" + title + "\",\"audienceCategoryId\":4,\"date\":\"" + LocalDate.now().plusDays(20)
        + "\",\"startTime\":\"10:00\",\"endTime\":\"13:00\",\"timeZone\":\"Asia/Dhaka\",\"venue\":\"CIRDAP auditorium, Dhaka\","
        + "\"expectedParticipants\":30}";
    HttpResponse<String> created = organiser.postJson("/api/meetings", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return MeetingsApiIT.group(ID, created.body());
  }

  @Test
  void aConcernOnAnApprovedPostTellsTheLeadWithdrawsItAndIsReferredTo1098ThenClosed() {
    String title = "Online safety post " + marker;
    String post = approvedPost(organiser, supervisor, title);

    HttpResponse<String> raised = organiser.postJson("/api/concerns", "{\"subject\":\"MATERIAL\",\"subjectId\":\"" + post
        + "\",\"kind\":\"CONTENT_CONCERN\",\"summary\":\"The photo in this post shows a child's face " + marker + ".\"}");

    assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String concern = MeetingsApiIT.group(ID, raised.body());
    assertThat(raised.body()).contains("\"state\":\"RAISED\"").contains("\"itemWithdrawn\":true")
        .contains("\"subjectTitle\":\"" + title + "\"");
    // the post is withdrawn
    assertThat(organiser.get("/api/materials/" + post).body()).contains("\"status\":\"WITHDRAWN\"");
    // the lead is told: a mail with the title and a link to the concern, and nothing of the summary
    String mail = mailTo(leadName + "@example.org", "/concerns/view.xhtml?id=" + concern);
    assertThat(mail).contains(title).doesNotContain("child's face " + marker);
    // the lead sees it, with its open task
    HttpResponse<String> seen = lead.get("/api/concerns/" + concern);
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body()).contains("\"openTaskId\":\"");
    assertThat(lead.get("/api/concerns?state=RAISED&size=200").body()).contains(concern);
    assertThat(lead.get("/api/tasks?size=200").body()).contains(concern);

    // an organiser may not refer
    String referral = "{\"target\":\"CHILD_HELPLINE_1098\",\"reference\":\"CHL-" + marker + "\",\"referredOn\":\""
        + LocalDate.now(ZoneId.of("Asia/Dhaka")) + "\",\"note\":\"Called the child helpline 1098; case logged.\"}";
    assertThat(organiser.postJson("/api/concerns/" + concern + "/referral", referral).statusCode()).isEqualTo(403);
    // the lead may not close before referring
    assertThat(lead.postJson("/api/concerns/" + concern + "/close", "{\"outcome\":\"Done\"}").statusCode()).isEqualTo(409);

    HttpResponse<String> referred = lead.postJson("/api/concerns/" + concern + "/referral", referral);
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
    assertThat(referred.body()).contains("\"state\":\"REFERRED\"").contains("\"referralTarget\":\"CHILD_HELPLINE_1098\"")
        .contains("\"referralReference\":\"CHL-" + marker + "\"");
    assertThat(lead.postJson("/api/concerns/" + concern + "/referral", referral).statusCode()).isEqualTo(409);

    assertThat(lead.postJson("/api/concerns/" + concern + "/close", "{\"outcome\":\" \"}").body())
        .contains("\"field\":\"outcome\"");
    HttpResponse<String> closed = lead.postJson("/api/concerns/" + concern + "/close",
        "{\"outcome\":\"The helpline took the case; the post stays withdrawn.\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(closed.body()).contains("\"state\":\"CLOSED\"").doesNotContain("\"openTaskId\":\"");

    // the person who raised it follows it; the audit log has every step
    assertThat(organiser.get("/api/concerns/" + concern).body()).contains("\"state\":\"CLOSED\"");
    String audit = Browserless.admin().get("/api/audit?subject=concern:" + concern + "&size=50").body();
    assertThat(audit).contains("concern.raised").contains("concern.leads-told").contains("concern.item-withdrawn")
        .contains("concern.referred").contains("concern.closed");
  }

  @Test
  void aSummaryNamingATwelveYearOldAndHerSchoolIsRefusedNamingTheSummary() {
    String meeting = meeting(organiser, "Parents meeting " + marker);

    HttpResponse<String> refused = organiser.postJson("/api/concerns", "{\"subject\":\"MEETING\",\"subjectId\":\"" + meeting
        + "\",\"kind\":\"DISCLOSURE\",\"summary\":\"Rina, a 12-year-old girl from Motijheel Girls School, told us her uncle abused her.\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"summary\"").contains("write no detail of the child").doesNotContain("Rina");
    assertThat(organiser.get("/api/concerns?size=200").body()).doesNotContain(meeting);
  }

  @Test
  void aDisclosureAtAMeetingGoesToTheLeadAndWithdrawsNothing() {
    String meeting = meeting(organiser, "Students meeting " + marker);
    Browserless stranger = Browserless.asNewUser("ORGANISER");

    HttpResponse<String> recorded = organiser.postJson("/api/concerns", "{\"subject\":\"MEETING\",\"subjectId\":\"" + meeting
        + "\",\"kind\":\"DISCLOSURE\",\"summary\":\"A participant made a disclosure during the breakout session " + marker + ".\"}");

    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    String concern = MeetingsApiIT.group(ID, recorded.body());
    assertThat(recorded.body()).contains("\"kind\":\"DISCLOSURE\"").contains("\"itemWithdrawn\":false");
    assertThat(mailTo(leadName + "@example.org", "/concerns/view.xhtml?id=" + concern)).contains("Students meeting " + marker);
    // others do not see it; a disclosure cannot be recorded on a material; unknown subjects are 404
    assertThat(stranger.get("/api/concerns/" + concern).statusCode()).isEqualTo(404);
    assertThat(stranger.get("/api/concerns?size=200").body()).doesNotContain(concern);
    assertThat(organiser.postJson("/api/concerns", "{\"subject\":\"MATERIAL\",\"subjectId\":\"x\",\"kind\":\"DISCLOSURE\","
        + "\"summary\":\"Something was said.\"}").body()).contains("\"field\":\"kind\"");
    assertThat(organiser.postJson("/api/concerns", "{\"subject\":\"MEETING\",\"subjectId\":\"" + UUID.randomUUID()
        + "\",\"kind\":\"CONTENT_CONCERN\",\"summary\":\"Something is wrong.\"}").statusCode()).isEqualTo(404);
    assertThat(organiser.postJson("/api/concerns", "{\"subject\":\"PLANET\",\"subjectId\":\"x\",\"kind\":\"CONTENT_CONCERN\","
        + "\"summary\":\"x\"}").body()).contains("\"field\":\"subject\"");
  }

  /** The text of the newest mail to the address whose text holds {@code needle}, from the admin outbox. */
  static String mailTo(String address, String needle) {
    Browserless admin = Browserless.admin();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      List<String> ids = new ArrayList<>();
      Matcher m = ENTRY.matcher(admin.get("/api/admin/outbox?size=200").body());
      while (m.find()) {
        if (m.group(0).contains("\"recipient\":\"" + address + "\"") && m.group(0).contains("\"template\":\"concern-raised\"")) {
          ids.add(m.group(1));
        }
      }
      for (String id : ids) {
        String mail = admin.get("/api/admin/outbox/" + id).body();
        if (mail.contains(needle)) {
          return mail;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no concern-raised mail to " + address + " with " + needle);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}

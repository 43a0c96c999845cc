package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.future;
import static org.redheart.app.it.MeetingsApiIT.group;
import static org.redheart.app.it.MeetingsApiIT.meetingJson;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log: what gets recorded, who may read it, filters, and the CSV export. */
@ExtendWith(TestServer.class)
class AuditApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
  private static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");

  private static long total(Browserless reader, String query) {
    HttpResponse<String> r = reader.get("/api/audit?" + query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Long.parseLong(group(TOTAL, r.body()));
  }

  @Test
  void creatingAUserAndCreatingAndRevokingATokenAreAuditedByIdOnly() {
    String username = Browserless.newUser("ORGANISER");
    Browserless user = Browserless.anonymous().login(username, Browserless.PASSWORD);
    String userId = group(ID, user.get("/api/me").body());
    Browserless admin = Browserless.admin();
    Browserless scripted = Browserless.withToken(user.createToken());
    String tokenId = group(ID, scripted.postJson("/api/tokens", "{\"name\":\"to revoke\"}").body());
    assertThat(scripted.delete("/api/tokens/" + tokenId).statusCode()).isEqualTo(204);

    HttpResponse<String> created = admin.get("/api/audit?action=user.created&subject=user:" + userId);
    assertThat(created.body()).contains("\"details\":\"roles=ORGANISER\"").doesNotContain(username + "@example.org");
    assertThat(total(admin, "action=token.*&actor=" + userId)).isEqualTo(3);
    assertThat(total(admin, "action=token.revoked&subject=token:" + tokenId)).isEqualTo(1);
    assertThat(total(admin, "actor=" + username + "&action=token.revoked")).as("actor by user name").isEqualTo(1);
  }

  @Test
  void schedulingAMeetingAndCompletingAStepAreAuditedWithTheVersionOfWhatWasSubmitted() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Audited meeting", future(), 25)).body());
    String taskId = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    assertThat(organiser.postJson("/api/tasks/" + taskId + "/complete", MeetingsApiIT.conceptNote("Audit me"))
        .statusCode()).isEqualTo(204);

    assertThat(total(supervisor, "action=meeting.scheduled&subject=meeting:" + meetingId)).isEqualTo(1);
    HttpResponse<String> step = supervisor.get("/api/audit?action=step.completed&subject=meeting:" + meetingId);
    assertThat(step.body()).contains("step=Task_WriteConceptNote").containsPattern("\"contentHash\":\"[0-9a-f]{64}\"");
  }

  @Test
  void theAuditLogIsForSupervisorsAndAdminsOnly() {
    assertThat(Browserless.asNewUser("ORGANISER").get("/api/audit").statusCode()).isEqualTo(403);
    assertThat(Browserless.asNewUser("ORGANISER").get("/api/audit/export.csv").statusCode()).isEqualTo(403);
    assertThat(Browserless.asNewUser("SAFEGUARDING_LEAD").get("/api/audit").statusCode()).isEqualTo(403);
    Browserless organiserPage = Browserless.anonymous().login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    assertThat(organiserPage.get("/audit.xhtml").statusCode()).isEqualTo(403);
    assertThat(Browserless.asNewUser("SUPERVISOR").get("/api/audit").statusCode()).isEqualTo(200);
  }

  @Test
  void aDateRangeFiltersAndABadDateIsRefusedWithItsField() {
    Browserless admin = Browserless.admin();
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    Browserless.newUser("ORGANISER");
    assertThat(total(admin, "action=user.created&from=" + today + "&to=" + today)).isPositive();
    assertThat(total(admin, "action=user.created&to=2001-01-01")).isZero();
    HttpResponse<String> bad = admin.get("/api/audit?from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"from\"");
    assertThat(admin.get("/api/audit?from=2027-02-01&to=2027-01-01").statusCode()).isEqualTo(400);
  }

  @Test
  void theAuditPageShowsEntriesWithFiltersAndALinkToTheCsv() {
    Browserless admin = Browserless.anonymous().login("admin", TestServer.get().adminPassword());
    Browserless.newUser("SUPERVISOR");
    HttpResponse<String> page = admin.get("/audit.xhtml?action=user.created");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("user.created").contains("/api/audit/export.csv?action=user.created&amp;");
    HttpResponse<String> csv = admin.get("/api/audit/export.csv?action=user.created");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("\ufeff\"at\",\"actor\",\"action\"").contains("\"user.created\"");
  }
}

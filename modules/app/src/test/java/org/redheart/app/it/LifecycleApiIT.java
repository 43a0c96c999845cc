package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.group;
import static org.redheart.app.it.MeetingsApiIT.meetingJson;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lifecycle as a whole over REST: short notice on the board, rescheduling, cancelling (with its
 * reason and field errors), My tasks from the step-status table, the admins' digest trigger.
 */
@ExtendWith(TestServer.class)
class LifecycleApiIT {
  static final String DEFAULT_CAMPAIGN = "00000000-0000-0000-0000-000000000001";
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  /** JSON-B writes properties in alphabetical order: assigneeId, dueAt, step, taskId. */
  private static final Pattern DUE = Pattern.compile("\"dueAt\":\"([^\"]+)\",\"step\":\"Task_WriteConceptNote\"");

  /** The board's row of a meeting (the default campaign's board, page by page). */
  static String boardRow(Browserless client, String meetingId) {
    for (int page = 0; page < 20; page++) {
      String body = client.get("/api/board?campaignId=" + DEFAULT_CAMPAIGN + "&size=200&page=" + page).body();
      int at = body.indexOf("\"meetingId\":\"" + meetingId + "\"");
      if (at >= 0) { // a row: {"campaignId":..,"cells":[..],"meetingId":..,"startsAt":..,"status":..,"title":..}
        int start = body.lastIndexOf("{\"campaignId\"", at);
        int end = body.indexOf("}", body.indexOf("\"title\"", at));
        return body.substring(start, end + 1);
      }
      if (!body.contains("\"meetingId\"")) {
        break;
      }
    }
    throw new AssertionError("meeting " + meetingId + " is not on the board");
  }

  static String cell(String row, String step) {
    Matcher m = Pattern.compile("\\{[^{}]*\"step\":\"" + step + "\"\\}").matcher(row);
    assertThat(m.find()).as("cell %s in %s", step, row).isTrue();
    return m.group();
  }

  @Test
  void aMeetingTwoWeeksAheadHasShortNoticeStepsThatAreNotLate() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String date = LocalDate.now().plusDays(14).toString();
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Two weeks ahead", date, 30)).body());

    String row = boardRow(organiser, meetingId);
    assertThat(cell(row, "Task_WriteConceptNote")).contains("\"state\":\"ON_TIME\"").contains("\"shortNotice\":true")
        .contains("\"open\":true");
    assertThat(cell(row, "Task_ApproveConceptNote")).contains("\"state\":\"ON_TIME\"").contains("\"shortNotice\":true")
        .contains("\"open\":false");
    assertThat(cell(row, "Task_WriteReport")).contains("\"state\":\"ON_TIME\"").contains("\"shortNotice\":false");
    assertThat(row).doesNotContain("\"LATE\"").contains("\"status\":\"ACTIVE\"");

    String tasks = organiser.get("/api/tasks").body();
    assertThat(tasks).contains(meetingId).contains("\"step\":\"Task_WriteConceptNote\"").contains("\"late\":false");
  }

  @Test
  void reschedulingMovesTheOpenStepsDueDateWithTheMeeting() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    LocalDate date = LocalDate.now().plusDays(40);
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("To be moved", date.toString(), 30)).body());
    Instant before = Instant.parse(group(DUE, organiser.get("/api/meetings/" + meetingId).body()));

    HttpResponse<String> moved = organiser.postJson("/api/meetings/" + meetingId + "/reschedule",
        "{\"date\":\"" + date.plusDays(7) + "\",\"startTime\":\"10:00\",\"endTime\":\"13:00\"}");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(moved.body()).contains(date.plusDays(7) + "T10:00+06:00").contains("\"timeZone\":\"Asia/Dhaka\"");
    Instant after = Instant.parse(group(DUE, organiser.get("/api/meetings/" + meetingId).body()));
    assertThat(Duration.between(before, after)).isEqualTo(Duration.ofDays(7));
    assertThat(cell(boardRow(organiser, meetingId), "Task_WriteConceptNote")).contains("\"dueAt\":\"" + after + "\"");
  }

  @Test
  void aRescheduleIntoThePastIsRefusedWithItsFieldAndChangesNothing() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String date = LocalDate.now().plusDays(40).toString();
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Not into the past", date, 30)).body());

    HttpResponse<String> refused = organiser.postJson("/api/meetings/" + meetingId + "/reschedule",
        "{\"date\":\"" + LocalDate.now().minusDays(3) + "\",\"startTime\":\"10:00\",\"endTime\":\"09:00\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"date\"").contains("\"field\":\"endTime\"");
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains(date + "T14:00+06:00");
  }

  @Test
  void cancellingNeedsAReasonThenEndsEveryOpenStep() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String date = LocalDate.now().plusDays(35).toString();
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("To be cancelled", date, 30)).body());

    HttpResponse<String> noReason = organiser.postJson("/api/meetings/" + meetingId + "/cancel", "{\"reason\":\"  \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertThat(organiser.get("/api/meetings/" + meetingId + "/state").body()).contains("\"status\":\"ACTIVE\"");

    HttpResponse<String> cancelled = organiser.postJson("/api/meetings/" + meetingId + "/cancel",
        "{\"reason\":\"The venue is flooded\"}");

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"").contains("\"cancelReason\":\"The venue is flooded\"")
        .contains("\"toTell\":[]");
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"openSteps\":[]");
    assertThat(organiser.get("/api/tasks?size=200").body()).doesNotContain(meetingId);
    String row = boardRow(organiser, meetingId);
    assertThat(row).contains("\"status\":\"CANCELLED\"");
    assertThat(cell(row, "Task_WriteConceptNote")).contains("\"state\":\"CANCELLED\"");
    assertThat(organiser.postJson("/api/meetings/" + meetingId + "/reschedule",
        "{\"date\":\"" + date + "\",\"startTime\":\"10:00\"}").statusCode()).isEqualTo(409);
    assertThat(organiser.postJson("/api/meetings/" + meetingId + "/cancel", "{\"reason\":\"again\"}").statusCode())
        .isEqualTo(409);
  }

  @Test
  void onlyOrganisersAndSupervisorsMayMoveOrCancelAMeeting() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless lead = Browserless.asNewUser("SAFEGUARDING_LEAD");
    String meetingId = group(ID, organiser.postJson("/api/meetings",
        meetingJson("Not the lead's", LocalDate.now().plusDays(33).toString(), 30)).body());

    assertThat(lead.postJson("/api/meetings/" + meetingId + "/cancel", "{\"reason\":\"no\"}").statusCode()).isEqualTo(403);
    assertThat(lead.postJson("/api/meetings/" + meetingId + "/reschedule",
        "{\"date\":\"" + LocalDate.now().plusDays(50) + "\",\"startTime\":\"10:00\"}").statusCode()).isEqualTo(403);
    assertThat(organiser.get("/api/meetings/" + meetingId + "/state").body()).contains("\"status\":\"ACTIVE\"");
  }

  @Test
  void theApprovalIsOfferedToSupervisorsInMyTasksAndApprovals() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String meetingId = group(ID, organiser.postJson("/api/meetings",
        meetingJson("Offered approval", LocalDate.now().plusDays(45).toString(), 30)).body());
    String taskId = group(Pattern.compile("\"taskId\":\"([^\"]+)\""), organiser.get("/api/meetings/" + meetingId).body());
    HttpResponse<String> done = organiser.postJson("/api/tasks/" + taskId + "/complete", "{\"fields\":{"
        + "\"purpose\":\"Awareness\",\"context\":\"Floods\",\"targetCategories\":\"4\",\"modality\":\"ONSITE\","
        + "\"agenda\":\"\",\"themes\":\"A | Prevention\\nB | Access to child protection\\nC | Reintegration\","
        + "\"plannedGroups\":\"3\",\"expectedParticipants\":\"30\",\"roomCapacity\":\"40\",\"speakersWanted\":\"2\"}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    String approvalId = group(Pattern.compile("\"step\":\"Task_ApproveConceptNote\",\"taskId\":\"([^\"]+)\""),
        organiser.get("/api/meetings/" + meetingId).body());
    assertThat(supervisor.get("/api/tasks?size=200").body()).contains(approvalId).contains(meetingId);
    assertThat(organiser.get("/api/tasks?size=200").body()).doesNotContain(approvalId);
    assertThat(cell(boardRow(organiser, meetingId), "Task_WriteConceptNote")).contains("\"state\":\"DONE\"");
  }

  @Test
  void onlyAdminsRunTheDigestByHand() {
    assertThat(Browserless.asNewUser("SUPERVISOR").postJson("/api/admin/digest/run", "{}").statusCode()).isEqualTo(403);
    HttpResponse<String> run = Browserless.admin().postJson("/api/admin/digest/run", "{}");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    assertThat(run.body()).matches("\\{\"sent\":\\d+\\}");
  }

  @Test
  void theBoardRefusesACampaignTheUserDoesNotBelongTo() {
    HttpResponse<String> r = Browserless.asNewUser("ORGANISER").get("/api/board?campaignId=no-such-campaign");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(Browserless.asNewUser("ORGANISER").get("/api/board?size=500").statusCode()).isEqualTo(400);
  }
}

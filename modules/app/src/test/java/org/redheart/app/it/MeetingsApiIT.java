package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduling meetings and working their tasks over REST, with bad input refused and nothing changed. */
@ExtendWith(TestServer.class)
class MeetingsApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
  private static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");

  static String meetingJson(String title, String date, int participants) {
    return "{\"title\":" + (title == null ? "null" : "\"" + title + "\"") + ",\"audienceCategoryId\":4,\"date\":\"" + date
        + "\",\"startTime\":\"14:00\",\"endTime\":\"17:00\",\"timeZone\":\"Asia/Dhaka\",\"venue\":\"CWCS Conference Room, Dhaka\","
        + "\"expectedParticipants\":" + participants + "}";
  }

  /** A concept note that passes the step's rules (the payload other areas' tests use too). */
  static String conceptNote(String purpose) {
    return "{\"fields\":{\"purpose\":\"" + purpose + "\",\"context\":\"Third stakeholder meeting\",\"targetCategories\":\"4\","
        + "\"modality\":\"ONSITE\",\"agenda\":\"\",\"themes\":\"A | Prevention\\nB | Access to child protection\\nC | Reintegration\","
        + "\"plannedGroups\":\"3\",\"expectedParticipants\":\"30\",\"roomCapacity\":\"40\",\"speakersWanted\":\"2\"}}";
  }

  static String future() {
    return LocalDate.now().plusDays(30).toString();
  }

  static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  static long meetingCount(Browserless client) {
    return Long.parseLong(group(TOTAL, client.get("/api/meetings?size=1").body()));
  }

  @Test
  void organiserSchedulesAMeetingAndFindsItsFirstTaskInTheirList() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    HttpResponse<String> created = organiser.postJson("/api/meetings", meetingJson("Social workers' meeting", future(), 40));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/meetings/"));
    assertThat(created.body()).contains("\"stage\":\"Task_WriteConceptNote\"").contains("\"timeZone\":\"Asia/Dhaka\"")
        .contains("+06:00");
    String meetingId = group(ID, created.body());

    HttpResponse<String> tasks = organiser.get("/api/tasks");
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).contains("\"step\":\"Task_WriteConceptNote\"").contains(meetingId).contains("Social workers' meeting");

    HttpResponse<String> details = organiser.get("/api/meetings/" + meetingId);
    assertThat(details.statusCode()).isEqualTo(200);
    assertThat(details.body()).contains("\"openSteps\":[{").contains("\"step\":\"Task_WriteConceptNote\"");
  }

  @Test
  void completingTheConceptNoteRecordsItAndOffersTheApprovalToASupervisorOnly() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Parents' meeting", future(), 30)).body());
    String taskId = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());

    HttpResponse<String> done = organiser.postJson("/api/tasks/" + taskId + "/complete", conceptNote("Raise awareness"));
    assertThat(done.statusCode()).isEqualTo(204);

    String details = organiser.get("/api/meetings/" + meetingId).body();
    assertThat(details).contains("\"outcome\":\"done\"").contains("\"stage\":\"Task_ApproveConceptNote\"");
    String approvalId = group(TASK_ID, details);
    assertThat(supervisor.get("/api/tasks").body()).contains(approvalId);
    assertThat(organiser.get("/api/tasks").body()).doesNotContain(approvalId);
    assertThat(organiser.postJson("/api/tasks/" + approvalId + "/complete", "{\"fields\":{\"decision\":\"approve\"}}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void aSupervisorWhoWroteTheConceptNoteIsNotOfferedItsApproval() {
    Browserless both = Browserless.asNewUser("ORGANISER", "SUPERVISOR");
    String meetingId = group(ID, both.postJson("/api/meetings", meetingJson("Students' meeting", future(), 39)).body());
    String taskId = group(TASK_ID, both.get("/api/meetings/" + meetingId).body());
    assertThat(both.postJson("/api/tasks/" + taskId + "/complete", conceptNote("x")).statusCode()).isEqualTo(204);

    String approvalId = group(TASK_ID, both.get("/api/meetings/" + meetingId).body());
    assertThat(both.get("/api/tasks").body()).doesNotContain(approvalId);
    HttpResponse<String> refused = both.postJson("/api/tasks/" + approvalId + "/complete", "{\"fields\":{\"decision\":\"approve\"}}");
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aTaskCompletedTwiceIsAConflict() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Twice", future(), 10)).body());
    String taskId = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    String body = conceptNote("once");
    assertThat(organiser.postJson("/api/tasks/" + taskId + "/complete", body).statusCode()).isEqualTo(204);
    HttpResponse<String> again = organiser.postJson("/api/tasks/" + taskId + "/complete", body);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void aStepFormMissingARequiredFieldIsRefusedWithTheField() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Missing field", future(), 10)).body());
    String taskId = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    HttpResponse<String> r = organiser.postJson("/api/tasks/" + taskId + "/complete", "{\"fields\":{}}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"purpose\"").contains("\"field\":\"targetCategories\"");
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"history\":[]");
  }

  @Test
  void aMeetingWithoutATitleIsRefusedAndNothingIsCreated() {
    assertRefused(meetingJson(null, future(), 20), "title");
  }

  @Test
  void aMeetingInThePastIsRefusedAndNothingIsCreated() {
    assertRefused(meetingJson("Past", LocalDate.now().minusDays(1).toString(), 20), "date");
  }

  @Test
  void aNegativeNumberOfParticipantsIsRefusedAndNothingIsCreated() {
    assertRefused(meetingJson("Negative", future(), -5), "expectedParticipants");
  }

  @Test
  void anAbsurdNumberOfParticipantsIsRefusedAndNothingIsCreated() {
    assertRefused(meetingJson("Absurd", future(), 2_000_000), "expectedParticipants");
  }

  @Test
  void malformedJsonIsABadRequest() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    HttpResponse<String> r = organiser.postJson("/api/meetings", "{\"title\": ");
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void unknownMeetingsAndTasksAreNotFound() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    assertThat(organiser.get("/api/meetings/00000000-0000-0000-0000-00000000dead").statusCode()).isEqualTo(404);
    assertThat(organiser.get("/api/tasks/no-such-task").statusCode()).isEqualTo(404);
    assertThat(organiser.postJson("/api/tasks/no-such-task/complete", "{\"fields\":{}}").statusCode()).isEqualTo(404);
  }

  @Test
  void anAdminWithoutOrganiserRoleCannotScheduleMeetings() {
    HttpResponse<String> r = Browserless.admin().postJson("/api/meetings", meetingJson("By admin", future(), 10));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  private static void assertRefused(String json, String field) {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    long before = meetingCount(organiser);
    HttpResponse<String> r = organiser.postJson("/api/meetings", json);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"field\":\"" + field + "\"");
    assertThat(meetingCount(organiser)).isEqualTo(before);
    assertThat(organiser.get("/api/tasks").body()).contains("\"total\":0");
  }
}

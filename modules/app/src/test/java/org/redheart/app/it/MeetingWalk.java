package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a meeting through the lifecycle's steps over REST, doing each step's real work (invitees,
 * check-ins, groups and their leads) so that every step's guard is satisfied: the one place ITs of
 * later steps get their meetings from.
 */
final class MeetingWalk {
  private MeetingWalk() {}

  /** A concept note that passes the rules: three themes, three groups, room for 40. */
  static final String CONCEPT_NOTE = "{\"purpose\":\"Raise awareness\",\"context\":\"Campaign\",\"targetCategories\":\"4\","
      + "\"modality\":\"ONSITE\",\"agenda\":\"20 | Orientation on the campaign | Programme officer\","
      + "\"themes\":\"A | Prevention\\nB | Access to child protection\\nC | Reintegration\",\"plannedGroups\":\"3\","
      + "\"expectedParticipants\":\"30\",\"roomCapacity\":\"40\",\"speakersWanted\":\"2\"}";

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  /** Completes the open task of the given step with the given fields (a JSON object). */
  static void complete(Browserless who, String meetingId, String step, String fields) {
    String taskId = AttendanceApiIT.openTask(who, meetingId, step);
    HttpResponse<String> done = who.postJson("/api/tasks/" + taskId + "/complete", "{\"fields\":" + fields + "}");
    assertThat(done.statusCode()).as("%s: %s", step, done.body()).isEqualTo(204);
  }

  /** Concept note written and approved. */
  static void approved(Browserless organiser, Browserless supervisor, String meetingId) {
    complete(organiser, meetingId, "Task_WriteConceptNote", CONCEPT_NOTE);
    complete(supervisor, meetingId, "Task_ApproveConceptNote", "{\"decision\":\"approve\"}");
  }

  /** Invites one participant through the invitations step's REST. */
  static void invite(Browserless organiser, String meetingId, String contactId) {
    HttpResponse<String> r = organiser.postJson("/api/meetings/" + meetingId + "/invitees",
        "{\"contactId\":\"" + contactId + "\",\"kind\":\"PARTICIPANT\"}");
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  /**
   * Up to the attendance step: concept note approved, {@code people} new contacts (categories 4, 5,
   * 6 in turn) invited, invitations and logistics done. Returns the invitees' contact ids.
   */
  static List<String> toAttendance(Browserless organiser, Browserless supervisor, String meetingId, int people) {
    approved(organiser, supervisor, meetingId);
    String marker = UUID.randomUUID().toString().substring(0, 6);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      String id = AttendanceApiIT.contact(organiser, "Walk " + marker + " " + (i + 1), 4 + i % 3);
      invite(organiser, meetingId, id);
      ids.add(id);
    }
    complete(organiser, meetingId, "Task_InviteSpeakers", "{}");
    complete(organiser, meetingId, "Task_PrepareLogistics", "{\"venue\":\"CIRDAP auditorium, Dhaka\"}");
    return ids;
  }

  /**
   * Up to the findings step: six invitees checked in, three groups assigned with a facilitator and a
   * rapporteur each.
   */
  static void toFindings(Browserless organiser, Browserless supervisor, String meetingId) {
    for (String contactId : toAttendance(organiser, supervisor, meetingId, 6)) {
      HttpResponse<String> r = organiser.postJson("/api/meetings/" + meetingId + "/attendance/check-ins",
          "{\"contactId\":\"" + contactId + "\",\"clientKey\":\"" + UUID.randomUUID() + "\"}");
      assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    }
    complete(organiser, meetingId, "Task_RecordAttendance", "{}");
    HttpResponse<String> assigned = organiser.postJson("/api/meetings/" + meetingId + "/groups", "{}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    List<List<Long>> groups = AttendanceApiIT.members(assigned.body());
    StringBuilder leads = new StringBuilder("{\"leads\":[");
    for (int g = 0; g < groups.size(); g++) {
      List<Long> members = groups.get(g);
      leads.append(g == 0 ? "" : ",").append("{\"position\":").append(g).append(",\"facilitatorId\":").append(members.get(0))
          .append(",\"rapporteurId\":").append(members.get(members.size() - 1)).append('}');
    }
    HttpResponse<String> led = organiser.postJson("/api/meetings/" + meetingId + "/groups/leads", leads.append("]}").toString());
    assertThat(led.statusCode()).as(led.body()).isEqualTo(200);
    complete(organiser, meetingId, "Task_AssignBreakoutGroups", "{}");
  }

  static String id(String body) {
    Matcher m = ID.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }
}

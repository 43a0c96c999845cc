package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance over REST: a double tap counts once (same client key, or the same invitee tapped
 * twice), walk-ins become contacts, children are a headcount, going over capacity warns and never
 * blocks; then the attendance and breakout steps complete only when their data is there.
 */
@ExtendWith(TestServer.class)
class AttendanceApiIT {
  static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  static final Pattern ATTENDEE_ID = Pattern.compile("\"attendee\":\\{[^}]*?\"id\":(\\d+)");
  static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");
  static final Pattern ADULTS = Pattern.compile("\"adults\":(\\d+)");
  static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

  static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  static String key() {
    return UUID.randomUUID().toString();
  }

  /** A meeting of the default campaign, 30 days ahead, for {@code expected} participants. */
  static String meeting(Browserless organiser, String title, int expected) {
    HttpResponse<String> r = organiser.postJson("/api/meetings",
        MeetingsApiIT.meetingJson(title + " " + key().substring(0, 6), MeetingsApiIT.future(), expected));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return group(ID, r.body());
  }

  /** A new contact of a stakeholder category. */
  static String contact(Browserless organiser, String name, long categoryId) {
    HttpResponse<String> r = organiser.postJson("/api/contacts",
        "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"categoryIds\":[" + categoryId + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return group(ID, r.body());
  }

  /** Makes the contact an invitee of the meeting, through the invitations step's REST. */
  static void invite(Browserless organiser, String meetingId, String contactId) {
    HttpResponse<String> r = organiser.postJson("/api/meetings/" + meetingId + "/invitees",
        "{\"contactId\":\"" + contactId + "\",\"kind\":\"PARTICIPANT\"}");
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201, 204);
  }

  /** Invitees, one per category given, named with the marker; returns their contact ids. */
  static List<String> invitees(Browserless organiser, String meetingId, String marker, long... categories) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < categories.length; i++) {
      String id = contact(organiser, "Invitee " + marker + " " + (i + 1), categories[i]);
      invite(organiser, meetingId, id);
      ids.add(id);
    }
    return ids;
  }

  static HttpResponse<String> checkIn(Browserless client, String meetingId, String contactId, String clientKey) {
    return client.postJson("/api/meetings/" + meetingId + "/attendance/check-ins",
        "{\"contactId\":\"" + contactId + "\",\"clientKey\":\"" + clientKey + "\"}");
  }

  static int adults(Browserless client, String meetingId) {
    HttpResponse<String> r = client.get("/api/meetings/" + meetingId + "/attendance");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Integer.parseInt(group(ADULTS, r.body()));
  }

  @Test
  void aRetriedTapAndASecondTapForTheSameInviteeCountOnce() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = meeting(organiser, "Double tap", 30);
    List<String> people = invitees(organiser, meetingId, "dt", 4, 5);
    String tap = key();

    HttpResponse<String> first = checkIn(organiser, meetingId, people.get(0), tap);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains("\"created\":true").contains("\"walkIn\":false").contains("\"categoryId\":4");
    String attendeeId = group(ATTENDEE_ID, first.body());

    HttpResponse<String> retried = checkIn(organiser, meetingId, people.get(0), tap);
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(retried.body()).contains("\"created\":false");
    assertThat(group(ATTENDEE_ID, retried.body())).isEqualTo(attendeeId);

    HttpResponse<String> otherTap = checkIn(organiser, meetingId, people.get(0), key());
    assertThat(otherTap.statusCode()).isEqualTo(200);
    assertThat(group(ATTENDEE_ID, otherTap.body())).isEqualTo(attendeeId);
    assertThat(adults(organiser, meetingId)).isEqualTo(1);

    assertThat(checkIn(organiser, meetingId, people.get(1), key()).statusCode()).isEqualTo(201);
    assertThat(adults(organiser, meetingId)).isEqualTo(2);
    String invitees = organiser.get("/api/meetings/" + meetingId + "/attendance/invitees?q=dt%202").body();
    assertThat(invitees).contains("Invitee dt 2").doesNotContain("Invitee dt 1").contains("\"attendeeId\":");
  }

  @Test
  void aKeyReusedForAnotherPersonIsAConflictAndSomeoneNotInvitedIsRefused() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = meeting(organiser, "Reused key", 30);
    List<String> people = invitees(organiser, meetingId, "rk", 4, 4);
    String tap = key();
    assertThat(checkIn(organiser, meetingId, people.get(0), tap).statusCode()).isEqualTo(201);
    assertThat(checkIn(organiser, meetingId, people.get(1), tap).statusCode()).isEqualTo(409);

    String stranger = contact(organiser, "Not invited rk", 4);
    HttpResponse<String> refused = checkIn(organiser, meetingId, stranger, key());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"contactId\"");
    HttpResponse<String> noKey = checkIn(organiser, meetingId, people.get(1), "");
    assertThat(noKey.statusCode()).isEqualTo(400);
    assertThat(noKey.body()).contains("\"field\":\"clientKey\"");
    assertThat(adults(organiser, meetingId)).isEqualTo(1);
  }

  @Test
  void aWalkInBecomesAContactAndARetryAddsNoOne() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = meeting(organiser, "Walk-in", 30);
    String tap = key();
    String json = "{\"name\":\"Walk-in Nasrin Akter\",\"categoryId\":6,\"gender\":\"FEMALE\",\"ageBand\":\"১৮-২৪\","
        + "\"volunteer\":true,\"clientKey\":\"" + tap + "\"}";
    HttpResponse<String> first = organiser.postJson("/api/meetings/" + meetingId + "/attendance/walk-ins", json);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains("\"walkIn\":true").contains("\"volunteer\":true").contains("\"ageBand\":\"18-24\"")
        .contains("\"walkIns\":1").contains("\"volunteers\":1");
    String contactId = group(Pattern.compile("\"contactId\":\"([^\"]+)\""), first.body());

    HttpResponse<String> again = organiser.postJson("/api/meetings/" + meetingId + "/attendance/walk-ins", json);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"created\":false").contains(contactId);
    assertThat(adults(organiser, meetingId)).isEqualTo(1);

    String contact = organiser.get("/api/contacts/" + contactId).body();
    assertThat(contact).contains("Walk-in Nasrin Akter").contains("\"emails\":[]").contains("\"phones\":[]");

    HttpResponse<String> bad = organiser.postJson("/api/meetings/" + meetingId + "/attendance/walk-ins",
        "{\"name\":\" \",\"gender\":\"unknown\",\"clientKey\":\"" + key() + "\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"name\"").contains("\"field\":\"categoryId\"").contains("\"field\":\"gender\"");
    assertThat(adults(organiser, meetingId)).isEqualTo(1);
  }

  @Test
  void childrenAreAHeadcountThatIsSetNotAdded() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = meeting(organiser, "Children", 30);
    String path = "/api/meetings/" + meetingId + "/attendance/children";
    HttpResponse<String> set = organiser.putJson(path, "{\"0-5\":\"২\",\"6-11\":3}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains("\"children\":5");
    assertThat(organiser.putJson(path, "{\"0-5\":\"২\",\"6-11\":3}").body()).contains("\"children\":5");

    HttpResponse<String> negative = organiser.putJson(path, "{\"0-5\":-1,\"12-17\":4}");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("\"field\":\"children.0-5\"");
    assertThat(organiser.get("/api/meetings/" + meetingId + "/attendance").body()).contains("\"children\":5");
  }

  @Test
  void goingOverCapacityWarnsAsksForANoteAndNeverBlocks() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = meeting(organiser, "Over capacity", 2);
    List<String> people = invitees(organiser, meetingId, "oc", 4, 5, 6);
    assertThat(checkIn(organiser, meetingId, people.get(0), key()).body()).contains("\"overCapacity\":false");
    assertThat(checkIn(organiser, meetingId, people.get(1), key()).body()).contains("\"overCapacity\":false");
    HttpResponse<String> third = checkIn(organiser, meetingId, people.get(2), key());
    assertThat(third.statusCode()).isEqualTo(201);
    assertThat(third.body()).contains("\"overCapacity\":true").contains("\"roomCapacity\":2").contains("\"total\":3");
    assertThat(third.body()).doesNotContain("\"capacityNote\":\"");

    String notePath = "/api/meetings/" + meetingId + "/attendance/capacity-note";
    assertThat(organiser.putJson(notePath, "{\"note\":\"\"}").statusCode()).isEqualTo(400);
    HttpResponse<String> noted = organiser.putJson(notePath, "{\"note\":\"Chairs brought from the office next door\"}");
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
    assertThat(noted.body()).contains("\"capacityNote\":\"Chairs brought from the office next door\"");
  }

  @Test
  void onlyTheCampaignsOrganisersAndSupervisorsRunAttendance() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = meeting(organiser, "Outsiders", 30);
    Browserless admin = Browserless.admin();
    assertThat(admin.get("/api/meetings/" + meetingId + "/attendance").statusCode()).isEqualTo(403);
    assertThat(admin.get("/api/meetings/" + meetingId + "/groups").statusCode()).isEqualTo(403);
    assertThat(organiser.get("/api/meetings/00000000-0000-0000-0000-00000000dead/attendance").statusCode()).isEqualTo(404);
  }

  @Test
  void theAttendanceAndBreakoutStepsCompleteOnlyWithTheirData() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String meetingId = meeting(organiser, "Steps", 30);
    completeUpToAttendance(organiser, supervisor, meetingId);

    String attendanceTask = openTask(organiser, meetingId, "Task_RecordAttendance");
    HttpResponse<String> empty = organiser.postJson("/api/tasks/" + attendanceTask + "/complete", "{\"fields\":{}}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"attendedCount\"");

    List<String> people = invitees(organiser, meetingId, "st", 4, 4, 4, 5, 5, 6, 6);
    for (String p : people) {
      assertThat(checkIn(organiser, meetingId, p, key()).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> recorded = organiser.postJson("/api/tasks/" + attendanceTask + "/complete", "{\"fields\":{}}");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(204);

    String groupsTask = openTask(organiser, meetingId, "Task_AssignBreakoutGroups");
    HttpResponse<String> notYet = organiser.postJson("/api/tasks/" + groupsTask + "/complete", "{\"fields\":{}}");
    assertThat(notYet.statusCode()).isEqualTo(400);
    assertThat(notYet.body()).contains("\"field\":\"groups\"").contains("no groups are saved yet");

    String groupsPath = "/api/meetings/" + meetingId + "/groups";
    HttpResponse<String> tooMany = organiser.postJson(groupsPath, "{\"groupCount\":8}");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("\"field\":\"groupCount\"").contains("8 groups for 7 attendees");

    HttpResponse<String> assigned = organiser.postJson(groupsPath, "{}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.body()).contains("\"plannedGroups\":3").contains("\"themeCode\":\"A\"").contains("\"themeCode\":\"C\"")
        .contains("\"theme\":\"Reintegration\"");
    List<List<Long>> groups = members(assigned.body());
    assertThat(groups).hasSize(3);
    assertThat(groups.stream().mapToInt(List::size).max().getAsInt()
        - groups.stream().mapToInt(List::size).min().getAsInt()).isLessThanOrEqualTo(1);

    long moved = groups.get(0).get(0);
    HttpResponse<String> pinned = organiser.postJson(groupsPath, "{\"seed\":5,\"pins\":{\"" + moved + "\":2}}");
    assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(200);
    groups = members(pinned.body());
    assertThat(groups.get(2)).contains(moved);

    StringBuilder leads = new StringBuilder("{\"leads\":[");
    for (int g = 0; g < 3; g++) {
      leads.append(g == 0 ? "" : ",").append("{\"position\":").append(g).append(",\"facilitatorId\":")
          .append(groups.get(g).get(0)).append(",\"rapporteurId\":").append(groups.get(g).get(1)).append('}');
    }
    HttpResponse<String> badLeads = organiser.postJson(groupsPath + "/leads",
        "{\"leads\":[{\"position\":0,\"facilitatorId\":" + groups.get(1).get(0) + "}]}");
    assertThat(badLeads.statusCode()).isEqualTo(400);
    assertThat(badLeads.body()).contains("\"field\":\"leads\"");
    HttpResponse<String> saved = organiser.postJson(groupsPath + "/leads", leads.append("]}").toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("\"missing\":[]");
    assertThat(organiser.postJson("/api/tasks/" + groupsTask + "/complete", "{\"fields\":{}}").statusCode()).isEqualTo(204);
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"outcome\":\"done\",\"step\":\"Task_AssignBreakoutGroups\"");
  }

  @Test
  void anAttendeeWhoVolunteersBecomesANetworkVolunteer() throws InterruptedException {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String marker = key().substring(0, 8);
    String email = "volunteer." + marker + "@example.org";
    PublicClient applicant = PublicClient.english();
    HttpResponse<String> page = applicant.get("/public/join.xhtml");
    java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("kind", "INDIVIDUAL");
    f.put("name", "Member " + marker);
    f.put("organisationName", "");
    f.put("email", email);
    f.put("phone", "");
    f.put("country", "Bangladesh");
    f.put("district", "Dhaka");
    f.put("categoryId", "5");
    f.put("volunteer", "false");
    f.put("helpText", "");
    f.put("language", "en");
    f.put("bulletinConsent", "false");
    f.put("website", "");
    assertThat(applicant.post("/public/join.xhtml", PublicClient.form(page, "join", "submit", f)).statusCode()).isEqualTo(200);
    String list = supervisor.get("/api/network/applications?size=200").body();
    Matcher entry = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}").matcher(list);
    String applicationId = null;
    while (entry.find()) {
      if (entry.group(0).contains(email)) {
        applicationId = entry.group(1);
      }
    }
    assertThat(applicationId).as(list).isNotNull();
    HttpResponse<String> approved = supervisor.postJson("/api/network/applications/" + applicationId + "/approve", "");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"volunteer\":false");
    String memberId = group(Pattern.compile("\"id\":\"([^\"]+)\""), approved.body());
    String contactId = group(Pattern.compile("\"contactId\":\"([^\"]+)\""), approved.body());

    String meetingId = meeting(organiser, "Volunteers", 30);
    invite(organiser, meetingId, contactId);
    String attendeeId = group(ATTENDEE_ID, checkIn(organiser, meetingId, contactId, key()).body());
    HttpResponse<String> marked = organiser.putJson("/api/meetings/" + meetingId + "/attendance/attendees/" + attendeeId,
        "{\"volunteer\":true,\"gender\":\"MALE\",\"ageBand\":\"35-49\"}");
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    assertThat(marked.body()).contains("\"volunteer\":true").contains("\"gender\":\"MALE\"");

    String member = "";
    for (int i = 0; i < 50 && !member.contains("\"volunteer\":true"); i++) {
      Thread.sleep(200);
      member = supervisor.get("/api/network/members/" + memberId).body();
    }
    assertThat(member).as("the network heard of the volunteering").contains("\"volunteer\":true").contains(meetingId);
  }

  /** The members (attendee ids) of each group, in position order, from a groups plan. */
  static List<List<Long>> members(String plan) {
    List<List<Long>> out = new ArrayList<>();
    int at = plan.indexOf("\"groups\":[");
    Matcher group = Pattern.compile("\"members\":\\[(.*?)\\]").matcher(plan);
    Pattern member = Pattern.compile("\"attendeeId\":(\\d+)");
    group.region(at, plan.length());
    while (group.find()) {
      List<Long> ids = new ArrayList<>();
      Matcher m = member.matcher(group.group(1));
      while (m.find()) {
        ids.add(Long.parseLong(m.group(1)));
      }
      out.add(ids);
    }
    return out;
  }

  static String openTask(Browserless client, String meetingId, String step) {
    String details = client.get("/api/meetings/" + meetingId).body();
    Matcher m = Pattern.compile("\"step\":\"" + step + "\",\"taskId\":\"([^\"]+)\"").matcher(details);
    assertThat(m.find()).as("open step %s in %s", step, details).isTrue();
    return m.group(1);
  }

  /** Concept note, its approval, invitations and logistics, over the tasks' REST. */
  static void completeUpToAttendance(Browserless organiser, Browserless supervisor, String meetingId) {
    String note = "{\"fields\":{\"purpose\":\"Awareness\",\"context\":\"Dhaka\",\"targetCategories\":\"4\","
        + "\"modality\":\"ONSITE\",\"agenda\":\"\",\"themes\":\"A | Prevention\\nB | Access to child protection\\nC | Reintegration\","
        + "\"plannedGroups\":\"3\",\"expectedParticipants\":\"30\",\"roomCapacity\":\"40\",\"speakersWanted\":\"2\"}}";
    complete(organiser, openTask(organiser, meetingId, "Task_WriteConceptNote"), note);
    complete(supervisor, openTask(supervisor, meetingId, "Task_ApproveConceptNote"), "{\"fields\":{\"decision\":\"approve\"}}");
    MeetingWalk.invite(organiser, meetingId, contact(organiser, "Invited " + key().substring(0, 6), 4));
    complete(organiser, openTask(organiser, meetingId, "Task_InviteSpeakers"), "{\"fields\":{}}");
    complete(organiser, openTask(organiser, meetingId, "Task_PrepareLogistics"), "{\"fields\":{\"venue\":\"CIRDAP auditorium\"}}");
  }

  static void complete(Browserless client, String taskId, String json) {
    HttpResponse<String> r = client.postJson("/api/tasks/" + taskId + "/complete", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
  }
}

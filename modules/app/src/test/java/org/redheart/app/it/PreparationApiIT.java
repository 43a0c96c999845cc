package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redheart.app.it.MeetingsApiIT.conceptNote;
import static org.redheart.app.it.MeetingsApiIT.future;
import static org.redheart.app.it.MeetingsApiIT.group;
import static org.redheart.app.it.MeetingsApiIT.meetingJson;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaigns (membership decides who sees and runs a campaign's meetings), templates (seeded, edited by
 * admins, scheduled from), the concept note's rules, versions and DOCX, and the invitees of a meeting,
 * over REST. Bad input is refused by field and changes nothing.
 */
@ExtendWith(TestServer.class)
class PreparationApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static String userId(Browserless client) {
    return group(ID, client.get("/api/me").body());
  }

  static String marker() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String campaignJson(String name, String organiserId, String supervisorId) {
    return "{\"name\":\"" + name + "\",\"hashtag\":\"Test" + name.replaceAll("[^A-Za-z0-9]", "") + "\",\"mission\":\"Protect children\","
        + "\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\",\"organiserIds\":[\"" + organiserId + "\"],\"supervisorIds\":["
        + (supervisorId == null ? "" : "\"" + supervisorId + "\"") + "]}";
  }

  static String inCampaign(String meetingJson, String campaignId) {
    return meetingJson.replaceFirst("\\{", "{\"campaignId\":\"" + campaignId + "\",");
  }

  @Test
  void anAdminCreatesACampaignAndOnlyItsMembersSeeAndRunItsMeetings() {
    Browserless member = Browserless.asNewUser("ORGANISER");
    Browserless outsider = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String name = "Campaign " + marker();

    HttpResponse<String> created = Browserless.admin().postJson("/api/campaigns", campaignJson(name, userId(member), userId(supervisor)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"openToAll\":false").contains("\"hashtag\":\"#Test");
    String campaignId = group(ID, created.body());

    assertThat(member.get("/api/campaigns").body()).contains(name);
    assertThat(supervisor.get("/api/campaigns").body()).contains(name);
    assertThat(outsider.get("/api/campaigns").body()).doesNotContain(name);
    assertThat(outsider.get("/api/campaigns/" + campaignId).statusCode()).isEqualTo(403);

    HttpResponse<String> refused = outsider.postJson("/api/meetings", inCampaign(meetingJson("Not mine", future(), 20), campaignId));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    HttpResponse<String> scheduled = member.postJson("/api/meetings", inCampaign(meetingJson("Campaign meeting", future(), 20), campaignId));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
    String meetingId = group(ID, scheduled.body());

    assertThat(outsider.get("/api/meetings/" + meetingId).statusCode()).isEqualTo(403);
    assertThat(outsider.get("/api/meetings?campaignId=" + campaignId).body()).contains("\"total\":0");
    assertThat(outsider.get("/api/meetings?size=200").body()).doesNotContain(meetingId);
    assertThat(supervisor.get("/api/meetings/" + meetingId).statusCode()).isEqualTo(200);
    assertThat(member.get("/api/meetings?campaignId=" + campaignId).body()).contains(meetingId).contains("\"total\":1");

    // the admin adds the outsider: now they see it
    HttpResponse<String> updated = Browserless.admin().putJson("/api/campaigns/" + campaignId,
        campaignJson(name, userId(outsider), userId(supervisor)));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(outsider.get("/api/meetings/" + meetingId).statusCode()).isEqualTo(200);
    assertThat(member.get("/api/meetings/" + meetingId).statusCode()).as("no longer a member").isEqualTo(403);
  }

  @Test
  void onlyAdminsCreateCampaignsAndBadFieldsAreNamed() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    assertThat(organiser.postJson("/api/campaigns", campaignJson("Mine " + marker(), userId(organiser), null)).statusCode())
        .isEqualTo(403);

    String name = "Bad " + marker();
    HttpResponse<String> bad = Browserless.admin().postJson("/api/campaigns",
        "{\"name\":\" \",\"hashtag\":\"two words\",\"startsOn\":\"2026-05-01\",\"endsOn\":\"2026-04-01\",\"organiserIds\":[\"nobody\"]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"name\"").contains("\"field\":\"hashtag\"").contains("\"field\":\"endsOn\"");
    HttpResponse<String> notAnOrganiser = Browserless.admin().postJson("/api/campaigns",
        campaignJson(name, userId(Browserless.asNewUser("SUPERVISOR")), null));
    assertThat(notAnOrganiser.statusCode()).isEqualTo(400);
    assertThat(notAnOrganiser.body()).contains("\"field\":\"organiserIds\"");
    assertThat(Browserless.admin().get("/api/campaigns").body()).doesNotContain(name);
  }

  @Test
  void theSeededTemplatesCarryTheIssuesAgendaThemesAndDeadlines() {
    String body = Browserless.asNewUser("ORGANISER").get("/api/templates").body();
    assertThat(body).contains("\"code\":\"stakeholder\"").contains("\"code\":\"campaign\"").contains("\"code\":\"online-launch\"")
        .contains("Welcome address").contains("Breakout session").contains("Vote of thanks")
        .contains("A | Prevention of child sexual abuse, exploitation and trafficking")
        .contains("\"WRITE_CONCEPT_NOTE\":-21").contains("\"APPROVE_CONCEPT_NOTE\":-18").contains("\"INVITE_SPEAKERS\":-14")
        .contains("\"PREPARE_LOGISTICS\":-7").contains("\"WRITE_REPORT\":3").contains("\"PUBLISH_SOCIAL_POST\":6");
  }

  @Test
  void anAdminCreatesAndEditsATemplateAndBadInputIsNamedByField() {
    String code = "t" + marker();
    String json = "{\"code\":\"" + code + "\",\"name\":\"Youth meeting\",\"nameBn\":\"যুব সভা\",\"expectedParticipants\":\"২৫\","
        + "\"speakersCount\":1,\"durationMinutes\":120,\"agenda\":\"10 | Welcome address | Chair\\n60 | Breakout session | Facilitators\","
        + "\"themes\":\"A | Prevention\",\"deadlines\":{\"WRITE_CONCEPT_NOTE\":-21,\"APPROVE_CONCEPT_NOTE\":-18,\"INVITE_SPEAKERS\":-14,"
        + "\"PREPARE_LOGISTICS\":-7,\"RECORD_ATTENDANCE\":0,\"ASSIGN_BREAKOUT_GROUPS\":0,\"RECORD_FINDINGS\":1,\"WRITE_REPORT\":3,"
        + "\"REVIEW_REPORT\":4,\"PUBLISH_SOCIAL_POST\":6}}";
    assertThat(Browserless.asNewUser("ORGANISER").postJson("/api/templates", json).statusCode()).isEqualTo(403);
    HttpResponse<String> created = Browserless.admin().postJson("/api/templates", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"expectedParticipants\":25").contains("\"version\":1");
    String id = group(ID, created.body());

    String overrun = json.replace("60 | Breakout session", "160 | Breakout session").replace("\"speakersCount\":1", "\"speakersCount\":-1")
        .replace("\"INVITE_SPEAKERS\":-14", "\"INVITE_SPEAKERS\":3");
    HttpResponse<String> bad = Browserless.admin().putJson("/api/templates/" + id, overrun.replaceFirst("\\}$", ",\"version\":1}"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"agenda\"").contains("170 minutes").contains("\"field\":\"speakersCount\"")
        .contains("\"field\":\"deadlines.INVITE_SPEAKERS\"");
    assertThat(Browserless.admin().get("/api/templates/" + id).body()).contains("60 | Breakout session").contains("\"version\":1");

    HttpResponse<String> edited = Browserless.admin().putJson("/api/templates/" + id,
        json.replace("Youth meeting", "Youth meeting, edited").replaceFirst("\\}$", ",\"version\":1}"));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(edited.body()).contains("Youth meeting, edited");
    HttpResponse<String> stale = Browserless.admin().putJson("/api/templates/" + id, json.replaceFirst("\\}$", ",\"version\":1}"));
    assertThat(stale.statusCode()).isEqualTo(409);
  }

  @Test
  void aMeetingScheduledFromATemplateTakesItsExpectedParticipants() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String templates = organiser.get("/api/templates?active=true").body();
    String templateId = null;
    for (String object : templates.split("\\},\\{")) {
      if (object.contains("\"code\":\"campaign\"")) {
        templateId = group(ID, object);
      }
    }
    assertThat(templateId).as(templates).isNotNull();
    String json = meetingJson("From a template", future(), 1).replace(",\"expectedParticipants\":1", "")
        .replaceFirst("\\{", "{\"templateId\":\"" + templateId + "\",");
    HttpResponse<String> created = organiser.postJson("/api/meetings", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"expectedParticipants\":85");

    HttpResponse<String> unknown = organiser.postJson("/api/meetings", json.replace(templateId, "no-such-template"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"templateId\"");
  }

  @Test
  void anAgendaThatOverrunsTheMeetingIsRefusedAndNothingIsRecorded() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Overrun", future(), 30)).body());
    String taskId = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());

    String tooLong = conceptNote("Overrun").replace("\"agenda\":\"\"", "\"agenda\":\"100 | Guest speeches | Guests\\n90 | Breakout | All\"");
    HttpResponse<String> r = organiser.postJson("/api/tasks/" + taskId + "/complete", tooLong);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"agenda\"").contains("190 minutes").contains("180 minutes");
    HttpResponse<String> groups = organiser.postJson("/api/tasks/" + taskId + "/complete",
        conceptNote("Groups").replace("\"plannedGroups\":\"3\"", "\"plannedGroups\":\"31\""));
    assertThat(groups.body()).contains("\"field\":\"plannedGroups\"");
    HttpResponse<String> unknownCategory = organiser.postJson("/api/tasks/" + taskId + "/complete",
        conceptNote("Category").replace("\"targetCategories\":\"4\"", "\"targetCategories\":\"4,999999\""));
    assertThat(unknownCategory.body()).contains("\"field\":\"targetCategories\"");
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"history\":[]");
  }

  @Test
  void everyCompletionOfTheConceptNoteIsAVersionDownloadableAsDocxInBothLanguages() throws Exception {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Versioned note", future(), 30)).body());
    String first = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    assertThat(organiser.postJson("/api/tasks/" + first + "/complete", conceptNote("First purpose")).statusCode()).isEqualTo(204);
    String approval = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    assertThat(supervisor.postJson("/api/tasks/" + approval + "/complete",
        "{\"fields\":{\"decision\":\"requestChanges\",\"comment\":\"Name the guests\"}}").statusCode()).isEqualTo(204);
    String second = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    String agenda = conceptNote("Second purpose").replace("\"agenda\":\"\"", "\"agenda\":\"10 | Welcome address | Chair\"");
    assertThat(organiser.postJson("/api/tasks/" + second + "/complete", agenda).statusCode()).isEqualTo(204);

    String versions = organiser.get("/api/meetings/" + meetingId + "/concept-note/versions").body();
    assertThat(versions).contains("\"version\":1").contains("\"version\":2").contains("First purpose").contains("Second purpose");

    HttpResponse<byte[]> en = organiser.getBytes("/api/meetings/" + meetingId + "/concept-note.docx?version=1&lang=en", DOCX);
    assertThat(en.statusCode()).isEqualTo(200);
    assertThat(en.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("-v1.docx"));
    String enText = text(en.body());
    assertThat(enText).contains("Concept note: Versioned note").contains("Purpose").contains("First purpose")
        .contains("On site").contains("Breakout themes").contains("Access to child protection").doesNotContain("Second purpose");

    HttpResponse<byte[]> bn = organiser.getBytes("/api/meetings/" + meetingId + "/concept-note.docx?version=2&lang=bn", DOCX);
    assertThat(bn.statusCode()).isEqualTo(200);
    String bnText = text(bn.body());
    assertThat(bnText).contains("ধারণাপত্র").contains("আলোচ্যসূচি").contains("সরাসরি উপস্থিত").contains("Second purpose")
        .contains("Welcome address").contains("১০");

    assertThat(organiser.getBytes("/api/meetings/" + meetingId + "/concept-note.docx?version=3", DOCX).statusCode()).isEqualTo(404);
    assertThat(Browserless.asNewUser("ADMIN").getBytes("/api/meetings/" + meetingId + "/concept-note.docx", DOCX).statusCode())
        .isEqualTo(403);
  }

  private static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); var ex = new XWPFWordExtractor(doc)) {
      return ex.getText();
    }
  }

  /** Brings a new meeting to its invitations step: concept note (room for {@code capacity}) approved. */
  static String[] meetingAtInvitations(Browserless organiser, int capacity) {
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String meetingId = group(ID, organiser.postJson("/api/meetings", meetingJson("Invitations " + marker(), future(), 30)).body());
    String note = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    assertThat(organiser.postJson("/api/tasks/" + note + "/complete",
        conceptNote("Invite").replace("\"roomCapacity\":\"40\"", "\"roomCapacity\":\"" + capacity + "\"")).statusCode()).isEqualTo(204);
    String approval = group(TASK_ID, organiser.get("/api/meetings/" + meetingId).body());
    assertThat(supervisor.postJson("/api/tasks/" + approval + "/complete", "{\"fields\":{\"decision\":\"approve\"}}").statusCode())
        .isEqualTo(204);
    String details = organiser.get("/api/meetings/" + meetingId).body();
    assertThat(details).contains("\"step\":\"Task_InviteSpeakers\"");
    return new String[] {meetingId, group(TASK_ID, details)};
  }

  static String contact(Browserless client, String name, String... tags) {
    StringBuilder t = new StringBuilder();
    for (String tag : tags) {
      t.append(t.isEmpty() ? "" : ",").append('"').append(tag).append('"');
    }
    HttpResponse<String> r = client.postJson("/api/contacts", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"emails\":[],\"tags\":[" + t
        + "],\"district\":\"Sylhet\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return group(ID, r.body());
  }

  @Test
  void theInvitationsStepRecordsSpeakersAndParticipantsBeyondTheRoomCapacityAndSendsOnCompletion() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = marker();
    String[] at = meetingAtInvitations(organiser, 4);
    String meetingId = at[0];
    String taskId = at[1];
    String path = "/api/meetings/" + meetingId + "/invitees";

    HttpResponse<String> empty = organiser.postJson("/api/tasks/" + taskId + "/complete", "{\"fields\":{}}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"invitees\"");

    String speaker = contact(organiser, "Speaker " + m, "speaker", m);
    String notASpeaker = contact(organiser, "Plain " + m, m);
    HttpResponse<String> untagged = organiser.postJson(path, "{\"contactId\":\"" + notASpeaker + "\",\"kind\":\"SPEAKER\",\"topic\":\"Law\"}");
    assertThat(untagged.statusCode()).isEqualTo(400);
    assertThat(untagged.body()).contains("\"field\":\"contactId\"").contains("speaker");
    HttpResponse<String> noTopic = organiser.postJson(path, "{\"contactId\":\"" + speaker + "\",\"kind\":\"SPEAKER\"}");
    assertThat(noTopic.body()).contains("\"field\":\"topic\"");
    HttpResponse<String> tooLong = organiser.postJson(path,
        "{\"contactId\":\"" + speaker + "\",\"kind\":\"SPEAKER\",\"topic\":\"Online safety\",\"lengthMinutes\":300}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"field\":\"lengthMinutes\"");
    HttpResponse<String> added = organiser.postJson(path,
        "{\"contactId\":\"" + speaker + "\",\"kind\":\"SPEAKER\",\"topic\":\"Online safety\",\"lengthMinutes\":20}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(added.body()).contains("\"lengthMinutes\":20");

    for (int i = 0; i < 5; i++) {
      contact(organiser, "Participant " + i + " " + m, "p" + m);
    }
    HttpResponse<String> all = organiser.postJson(path, "{\"match\":{\"tag\":\"p" + m + "\"}}");
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    // more than the room holds may be invited: acceptances beyond it join the waiting list
    assertThat(all.body()).contains("\"added\":5").contains("\"leftOut\":0").contains("\"total\":6").contains("\"capacity\":4");

    HttpResponse<String> more = organiser.postJson(path, "{\"contactId\":\"" + notASpeaker + "\",\"kind\":\"PARTICIPANT\"}");
    assertThat(more.statusCode()).as(more.body()).isEqualTo(200);

    String list = organiser.get(path).body();
    assertThat(list).contains("Speaker " + m).contains("Online safety").contains("\"kind\":\"SPEAKER\"").contains("\"total\":7");
    assertThat(list.indexOf("SPEAKER")).as("speakers first").isLessThan(list.indexOf("PARTICIPANT"));
    assertThat(Browserless.asNewUser("SAFEGUARDING_LEAD").postJson(path, "{\"contactId\":\"" + notASpeaker + "\",\"kind\":\"PARTICIPANT\"}")
        .statusCode()).isEqualTo(403);

    assertThat(organiser.delete(path + "/" + speaker).statusCode()).isEqualTo(204);
    assertThat(group(TOTAL, organiser.get(path).body())).isEqualTo("6");

    assertThat(organiser.postJson("/api/tasks/" + taskId + "/complete", "{\"fields\":{\"invitationNotes\":\"Sent by hand\"}}").statusCode())
        .isEqualTo(204);
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"step\":\"Task_PrepareLogistics\"");
    // completing the step sent the invitations: these contacts have no address
    String statuses = organiser.get("/api/meetings/" + meetingId + "/invitations?size=50").body();
    assertThat(statuses).contains("\"status\":\"NOT_SENT\"").contains("\"notSentReason\":\"NO_ADDRESS\"")
        .doesNotContain("\"status\":\"CHOSEN\"");
  }

  @Test
  void theLogisticsStepKeepsMaterialsAndChecklistAndRefusesNegativeCounts() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String[] at = meetingAtInvitations(organiser, 10);
    String path = "/api/meetings/" + at[0] + "/invitees";
    String person = contact(organiser, "Guest " + marker());
    assertThat(organiser.postJson(path, "{\"contactId\":\"" + person + "\",\"kind\":\"PARTICIPANT\"}").statusCode()).isEqualTo(200);
    assertThat(organiser.postJson("/api/tasks/" + at[1] + "/complete", "{\"fields\":{}}").statusCode()).isEqualTo(204);
    String logistics = group(TASK_ID, organiser.get("/api/meetings/" + at[0]).body());

    HttpResponse<String> bad = organiser.postJson("/api/tasks/" + logistics + "/complete",
        "{\"fields\":{\"materials\":\"Banners | -2\",\"onlineLink\":\"not a link\",\"checklist\":\"Sound | perhaps\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"materials\"").contains("\"field\":\"onlineLink\"").contains("\"field\":\"checklist\"");
    HttpResponse<String> ok = organiser.postJson("/api/tasks/" + logistics + "/complete",
        "{\"fields\":{\"venue\":\"CWCS Conference Room\",\"onlineLink\":\"https://meet.example.org/rh\",\"materials\":\"Banners | ২\\nBadges | 40\","
            + "\"checklist\":\"Projector | yes\\nSound system | no\",\"logisticsNotes\":\"Tea at 16:00\"}}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
  }
}

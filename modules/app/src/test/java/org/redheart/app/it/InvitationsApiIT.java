package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sending a meeting's invitations over REST on the shared server (no SMTP: mails are HELD and read
 * back through the admin's outbox): who is sent, who is not and why, the mails with their calendar
 * files, withdrawals, the figures, moves and cancellation, and who may do it.
 */
@ExtendWith(TestServer.class)
class InvitationsApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern RECIPIENT = Pattern.compile("\"recipient\":\"([^\"]+)\"");
  private static final Pattern TEMPLATE = Pattern.compile("\"template\":\"([^\"]+)\"");

  static String person(Browserless client, String name, String email, String extra, String... tags) {
    StringBuilder t = new StringBuilder();
    for (String tag : tags) {
      t.append(t.isEmpty() ? "" : ",").append('"').append(tag).append('"');
    }
    HttpResponse<String> r = client.postJson("/api/contacts", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"emails\":["
        + (email == null ? "" : "\"" + email + "\"") + "],\"tags\":[" + t + "]" + (extra == null ? "" : "," + extra) + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return MeetingsApiIT.group(ID, r.body());
  }

  static void consent(Browserless client, String contactId) {
    HttpResponse<String> r = client.putJson("/api/contacts/" + contactId + "/consents/MEETING_INVITATIONS",
        "{\"granted\":true,\"lawfulBasis\":\"CONSENT\",\"source\":\"signed up at the launch\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  static void add(Browserless organiser, String meetingId, String contactId, String kind, String topic, Integer minutes) {
    HttpResponse<String> r = organiser.postJson("/api/meetings/" + meetingId + "/invitees", "{\"contactId\":\"" + contactId
        + "\",\"kind\":\"" + kind + "\"" + (topic == null ? "" : ",\"topic\":\"" + topic + "\"")
        + (minutes == null ? "" : ",\"lengthMinutes\":" + minutes) + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  /** The outbox mails (id, template) to an address, newest first; looks through the newest 1,000. */
  static List<String[]> mailsTo(String address) {
    List<String[]> out = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      String body = Browserless.admin().get("/api/admin/outbox?size=200&page=" + page).body();
      Matcher m = ENTRY.matcher(body);
      while (m.find()) {
        String entry = m.group();
        Matcher to = RECIPIENT.matcher(entry);
        Matcher template = TEMPLATE.matcher(entry);
        Matcher id = ID.matcher(entry);
        if (to.find() && to.group(1).equalsIgnoreCase(address) && template.find() && id.find()) {
          out.add(new String[] {id.group(1), template.group(1)});
        }
      }
      if (!body.contains("\"id\":")) {
        break;
      }
    }
    return out;
  }

  /** The mails of a template to an address, waiting up to 20 s for {@code count} of them (processes send some). */
  static List<String> await(String address, String template, int count) throws InterruptedException {
    List<String> ids = List.of();
    for (int i = 0; i < 40; i++) {
      ids = mailsTo(address).stream().filter(e -> e[1].equals(template)).map(e -> e[0]).toList();
      if (ids.size() >= count) {
        return ids;
      }
      Thread.sleep(500);
    }
    return ids;
  }

  static String mail(String id) {
    HttpResponse<String> r = Browserless.admin().get("/api/admin/outbox/" + id);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  static String row(String list, String contactId) {
    int at = list.indexOf("\"contactId\":\"" + contactId + "\"");
    assertThat(at).as("%s in %s", contactId, list).isGreaterThanOrEqualTo(0);
    int end = list.indexOf("\"contactId\":", at + 10);
    return list.substring(at, end < 0 ? list.length() : end);
  }

  @Test
  void sendsWhereItMayTellsWhyNotElsewhereAndFollowsMovesWithdrawalsAndCancellation() throws InterruptedException {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String m = PreparationApiIT.marker();
    String[] at = PreparationApiIT.meetingAtInvitations(organiser, 2);
    String meetingId = at[0];
    String base = "/api/meetings/" + meetingId + "/invitations";

    String dhakaMail = "speaker.dhaka." + m + "@example.org";
    String madridMail = "speaker.madrid." + m + "@example.org";
    String speakerDhaka = person(organiser, "Speaker Dhaka " + m, dhakaMail,
        "\"country\":\"BD\",\"timeZone\":\"Asia/Dhaka\",\"languages\":[\"bn\",\"en\"]", "speaker");
    String speakerMadrid = person(organiser, "Speaker Madrid " + m, madridMail,
        "\"country\":\"ES\",\"timeZone\":\"Europe/Madrid\",\"languages\":[\"en\"]", "speaker");
    consent(organiser, speakerDhaka);
    consent(organiser, speakerMadrid);
    List<String> participants = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String address = "participant" + i + "." + m + "@example.org";
      String id = person(organiser, "Participant " + i + " " + m, address, null);
      consent(organiser, id);
      participants.add(id);
      addresses.add(address);
    }
    String noAddress = person(organiser, "No Address " + m, null, null);
    String noConsent = person(organiser, "No Consent " + m, "no.consent." + m + "@example.org", null);

    add(organiser, meetingId, speakerDhaka, "SPEAKER", "Online safety", 20);
    add(organiser, meetingId, speakerMadrid, "SPEAKER", "Child labour in supply chains", 30);
    for (String p : participants) {
      add(organiser, meetingId, p, "PARTICIPANT", null, null);
    }
    add(organiser, meetingId, noAddress, "PARTICIPANT", null, null);
    add(organiser, meetingId, noConsent, "PARTICIPANT", null, null);

    // before sending: everyone chosen, nothing sent
    assertThat(organiser.get(base + "/counts").body()).contains("\"chosen\":7").contains("\"invited\":0")
        .contains("\"capacity\":2");

    HttpResponse<String> sent = organiser.postJson(base + "/send", "{}");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body()).contains("\"sent\":5").contains("\"alreadySent\":0").contains("\"notSent\":2");
    HttpResponse<String> again = organiser.postJson(base + "/send", "{}");
    assertThat(again.body()).as("sending twice sends nobody twice; the not-sent are tried again")
        .contains("\"sent\":0").contains("\"alreadySent\":5").contains("\"notSent\":2");

    String list = organiser.get(base + "?size=50").body();
    assertThat(list).contains("\"total\":7");
    assertThat(list.indexOf(speakerDhaka)).as("speakers first").isLessThan(list.indexOf(participants.get(0)));
    assertThat(row(list, speakerDhaka)).contains("\"status\":\"INVITED\"").contains("\"kind\":\"SPEAKER\"")
        .contains("\"topic\":\"Online safety\"").contains("\"lengthMinutes\":20").contains("\"invitedAt\":");
    assertThat(row(list, participants.get(0))).contains("\"status\":\"INVITED\"").contains("\"lastMailKind\":\"INVITATION\"")
        .contains("\"lastMailStatus\":\"HELD\"").contains("\"name\":\"Participant 1 " + m + "\"");
    assertThat(row(list, noAddress)).contains("\"status\":\"NOT_SENT\"").contains("\"notSentReason\":\"NO_ADDRESS\"");
    assertThat(row(list, noConsent)).contains("\"status\":\"NOT_SENT\"").contains("\"notSentReason\":\"NO_CONSENT\"");
    assertThat(organiser.get(base + "/counts").body()).contains("\"invited\":5").contains("\"notSent\":2")
        .contains("\"chosen\":0");

    // the participant's invitation: one mail, in English, with an "add to calendar" file and the answer link
    List<String> invitation = await(addresses.get(0), "invitation", 1);
    assertThat(invitation).hasSize(1);
    String text = mail(invitation.get(0));
    assertThat(text).contains("\"contentType\":\"text/calendar; charset=UTF-8; method=PUBLISH\"")
        .contains("/public/invitation.xhtml?t=").contains("\"language\":\"en\"");
    assertThat(mailsTo("no.consent." + m + "@example.org")).as("no consent, no mail").isEmpty();
    // the speakers' invitations go out through their processes: the one in Dhaka in Bangla
    List<String> dhaka = await(dhakaMail, "invitation", 1);
    assertThat(dhaka).as("the speaker's process sent the invitation").hasSize(1);
    assertThat(mail(dhaka.get(0))).contains("\"language\":\"bn\"").contains("method=PUBLISH");
    List<String> madrid = await(madridMail, "invitation", 1);
    assertThat(madrid).hasSize(1);
    assertThat(mail(madrid.get(0))).contains("\"language\":\"en\"").contains("Madrid");

    // a sent invitation cannot simply be removed: it is withdrawn, and they are told
    HttpResponse<String> removed = organiser.delete("/api/meetings/" + meetingId + "/invitees/" + participants.get(0));
    assertThat(removed.statusCode()).isEqualTo(400);
    assertThat(removed.body()).contains("\"field\":\"contactId\"").contains("withdraw");
    HttpResponse<String> tooLong = organiser.postJson(base + "/" + participants.get(0) + "/withdraw",
        "{\"reason\":\"" + "x".repeat(1001) + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"field\":\"reason\"");
    HttpResponse<String> withdrawn = organiser.postJson(base + "/" + participants.get(0) + "/withdraw",
        "{\"reason\":\"The room was given to the youth group\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"").contains("\"lastMailKind\":\"CANCELLATION\"");
    assertThat(organiser.postJson(base + "/" + participants.get(0) + "/withdraw", "{}").body())
        .contains("\"status\":\"WITHDRAWN\"");
    List<String> cancellations = await(addresses.get(0), "invitation-cancelled", 1);
    assertThat(cancellations).as("withdrawing twice tells them once").hasSize(1);
    assertThat(mail(cancellations.get(0))).contains("method=CANCEL");
    assertThat(organiser.get(base + "/counts").body()).contains("\"withdrawn\":1").contains("\"invited\":4");
    assertThat(organiser.postJson(base + "/" + java.util.UUID.randomUUID() + "/withdraw", "{}").statusCode()).isEqualTo(404);

    // the meeting moves: participants still invited get an update (a new PUBLISH with the answer link)
    HttpResponse<String> moved = organiser.postJson("/api/meetings/" + meetingId + "/reschedule",
        "{\"date\":\"" + LocalDate.now().plusDays(31) + "\",\"startTime\":\"15:00\",\"endTime\":\"18:00\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    List<String> updates = await(addresses.get(1), "invitation-update", 1);
    assertThat(updates).hasSize(1);
    assertThat(mail(updates.get(0))).contains("method=PUBLISH").contains("/public/invitation.xhtml?t=");
    assertThat(mailsTo(addresses.get(0)).stream().filter(e -> e[1].equals("invitation-update")))
        .as("a withdrawn invitee hears nothing more").isEmpty();

    // cancelled: everyone sent an invitation is told; only those nobody could tell are left to tell by hand
    HttpResponse<String> cancelled = organiser.postJson("/api/meetings/" + meetingId + "/cancel",
        "{\"reason\":\"The venue is flooded\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.body()).contains(noAddress).contains(noConsent).doesNotContain(participants.get(1))
        .doesNotContain(speakerDhaka);
    for (String address : List.of(addresses.get(1), addresses.get(2), dhakaMail, madridMail)) {
      List<String> told = await(address, "invitation-cancelled", 1);
      assertThat(told).as(address).hasSize(1);
      assertThat(mail(told.get(0))).contains("method=CANCEL");
    }
    String after = organiser.get(base + "?size=50").body();
    assertThat(row(after, participants.get(1))).contains("\"status\":\"CANCELLED\"");
    assertThat(row(after, participants.get(0))).contains("\"status\":\"WITHDRAWN\"");
    assertThat(organiser.postJson(base + "/send", "{}").statusCode()).as("a cancelled meeting sends nothing").isEqualTo(400);
  }

  @Test
  void onlyTheMeetingsOrganisersAndSupervisorsSendAndWithdrawAndOutsidersSeeNothing() {
    Browserless member = Browserless.asNewUser("ORGANISER");
    Browserless outsider = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String name = "Invitations " + PreparationApiIT.marker();
    HttpResponse<String> created = Browserless.admin().postJson("/api/campaigns",
        PreparationApiIT.campaignJson(name, PreparationApiIT.userId(member), PreparationApiIT.userId(supervisor)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String campaignId = MeetingsApiIT.group(ID, created.body());
    HttpResponse<String> scheduled = member.postJson("/api/meetings",
        PreparationApiIT.inCampaign(MeetingsApiIT.meetingJson("Closed meeting", MeetingsApiIT.future(), 20), campaignId));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
    String meetingId = MeetingsApiIT.group(ID, scheduled.body());
    String guest = person(member, "Guest " + name, "guest." + PreparationApiIT.marker() + "@example.org", null);
    add(member, meetingId, guest, "PARTICIPANT", null, null);
    String base = "/api/meetings/" + meetingId + "/invitations";

    assertThat(outsider.get(base).statusCode()).isEqualTo(403);
    assertThat(outsider.get(base + "/counts").statusCode()).isEqualTo(403);
    assertThat(outsider.get(base + "/suggestions").statusCode()).isEqualTo(403);
    assertThat(outsider.postJson(base + "/send", "{}").statusCode()).isEqualTo(403);
    assertThat(outsider.postJson(base + "/" + guest + "/withdraw", "{}").statusCode()).isEqualTo(403);
    assertThat(Browserless.asNewUser("SAFEGUARDING_LEAD").postJson(base + "/send", "{}").statusCode()).isEqualTo(403);
    assertThat(Browserless.anonymous().get(base).statusCode()).isIn(401, 403);
    assertThat(outsider.get("/api/invitation-tasks/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(outsider.postJson("/api/invitation-suggestions/" + java.util.UUID.randomUUID() + "/dismiss", "{}")
        .statusCode()).isEqualTo(404);

    // the campaign's supervisor may; the guest has no consent: not sent, and why
    HttpResponse<String> sent = supervisor.postJson(base + "/send", "{}");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body()).contains("\"notSent\":1");
    assertThat(supervisor.get(base).body()).contains("\"notSentReason\":\"NO_CONSENT\"");
    assertThat(member.get(base + "/suggestions").body()).isEqualTo("[]");
  }
}

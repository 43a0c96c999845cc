package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Print runs and distribution over REST, following the "Done when" 4: record a print run of
 * 500 badges, distribute 120 at a meeting, the stock shows 380; a distribution of 400 is then refused
 * with 409 and changes nothing. Also: only an approved version is printed, the first print run marks
 * the material printed, targets are checked, the meeting's badge suggestion, and the audit log.
 */
@ExtendWith(TestServer.class)
class PrintRunsApiIT {
  static final String DEFAULT_CAMPAIGN = "00000000-0000-0000-0000-000000000001";
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final Browserless organiser = Browserless.asNewUser("ORGANISER");
  private final Browserless supervisor = Browserless.asNewUser("SUPERVISOR");

  /** A badge of the default campaign; approved by the supervisor when {@code approve}. */
  static String badge(Browserless author, Browserless approver, String title, boolean approve) {
    HttpResponse<String> created = author.postJson("/api/materials", "{\"campaignId\":\"" + DEFAULT_CAMPAIGN
        + "\",\"kindCode\":\"BADGE\",\"title\":\"" + title + "\",\"language\":\"en+bn\",\"meetingIds\":[],"
        + "\"text\":\"Red Heart badge: #SaveFACE4Children, child helpline 1098\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = MaterialsApiIT.materialId(created.body());
    if (approve) {
      MaterialsApiIT.submit(author, id);
      HttpResponse<String> approved = approver.postJson("/api/materials/" + id + "/versions/1/approve", "{}");
      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }
    return id;
  }

  static HttpResponse<String> printRun(Browserless who, String materialId, int quantity) {
    return who.postJson("/api/materials/" + materialId + "/print-runs", "{\"quantity\":" + quantity
        + ",\"printedOn\":\"" + LocalDate.now() + "\",\"printer\":\"Dhaka Press\"}");
  }

  static HttpResponse<String> toMeeting(Browserless who, String materialId, String meetingId, int quantity) {
    return who.postJson("/api/materials/" + materialId + "/distributions", "{\"quantity\":" + quantity
        + ",\"targetKind\":\"MEETING\",\"targetId\":\"" + meetingId + "\",\"distributedOn\":\"" + LocalDate.now() + "\"}");
  }

  @Test
  void fiveHundredBadgesPrintedAndOneHundredTwentyGivenAtAMeetingLeave380AndFourHundredMoreAreRefused() {
    String badge = badge(organiser, supervisor, "Red Heart badge " + marker, true);
    String meeting = AttendanceApiIT.meeting(organiser, "Badges " + marker, 100);

    HttpResponse<String> printed = printRun(organiser, badge, 500);
    assertThat(printed.statusCode()).as(printed.body()).isEqualTo(201);
    assertThat(printed.body()).contains("\"quantity\":500").contains("\"versionNumber\":1");
    assertThat(organiser.get("/api/materials/" + badge).body()).contains("\"status\":\"PRINTED\"");

    HttpResponse<String> given = toMeeting(organiser, badge, meeting, 120);
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    assertThat(given.body()).contains("\"targetKind\":\"MEETING\"").contains("\"targetName\":\"Badges " + marker);

    String stock = organiser.get("/api/materials/" + badge + "/stock").body();
    assertThat(stock).contains("\"printed\":500").contains("\"distributed\":120").contains("\"onHand\":380");

    HttpResponse<String> tooMany = toMeeting(organiser, badge, meeting, 400);
    assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(409);
    assertThat(tooMany.body()).contains("only 380 copies of version 1 on hand");

    assertThat(organiser.get("/api/materials/" + badge + "/stock").body()).isEqualTo(stock);
    String distributions = organiser.get("/api/materials/" + badge + "/distributions").body();
    assertThat(distributions).contains("\"total\":1").doesNotContain("\"quantity\":400");

    String audit = Browserless.admin().get("/api/audit?subject=material:" + badge + "&size=50").body();
    assertThat(audit).contains("material.print-run-recorded").contains("material.printed")
        .contains("material.distributed");
  }

  @Test
  void aMaterialWithoutAnApprovedVersionIsNotPrinted() {
    String draft = badge(organiser, supervisor, "Draft badge " + marker, false);

    HttpResponse<String> r = printRun(organiser, draft, 100);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
    assertThat(r.body()).contains("no approved version");
    assertThat(organiser.get("/api/materials/" + draft + "/stock").body()).contains("\"printed\":0");
    assertThat(printRun(organiser, draft, 0).statusCode()).isEqualTo(400);
  }

  @Test
  void distributionsToAnOrganisationAndAnEventAreCheckedAndNamed() {
    String badge = badge(organiser, supervisor, "Badge for partners " + marker, true);
    assertThat(printRun(organiser, badge, 50).statusCode()).isEqualTo(201);
    HttpResponse<String> org = organiser.postJson("/api/contacts",
        "{\"kind\":\"ORGANISATION\",\"name\":\"Aparajeyo Bangladesh " + marker + "\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    String orgId = MeetingsApiIT.group(ID, org.body());
    HttpResponse<String> person = organiser.postJson("/api/contacts", "{\"kind\":\"PERSON\",\"name\":\"Rahim " + marker + "\"}");
    String personId = MeetingsApiIT.group(ID, person.body());

    HttpResponse<String> toOrg = organiser.postJson("/api/materials/" + badge + "/distributions",
        "{\"quantity\":10,\"targetKind\":\"ORGANISATION\",\"targetId\":\"" + orgId + "\",\"distributedOn\":\"" + LocalDate.now() + "\"}");
    assertThat(toOrg.statusCode()).as(toOrg.body()).isEqualTo(201);
    assertThat(toOrg.body()).contains("Aparajeyo Bangladesh " + marker);

    HttpResponse<String> toPerson = organiser.postJson("/api/materials/" + badge + "/distributions",
        "{\"quantity\":10,\"targetKind\":\"ORGANISATION\",\"targetId\":\"" + personId + "\",\"distributedOn\":\"" + LocalDate.now() + "\"}");
    assertThat(toPerson.statusCode()).isEqualTo(400);
    assertThat(toPerson.body()).contains("\"field\":\"targetId\"");

    HttpResponse<String> eventWithoutName = organiser.postJson("/api/materials/" + badge + "/distributions",
        "{\"quantity\":5,\"targetKind\":\"EVENT\",\"distributedOn\":\"" + LocalDate.now() + "\"}");
    assertThat(eventWithoutName.statusCode()).isEqualTo(400);
    assertThat(eventWithoutName.body()).contains("\"field\":\"targetName\"");

    HttpResponse<String> event = organiser.postJson("/api/materials/" + badge + "/distributions",
        "{\"quantity\":5,\"targetKind\":\"EVENT\",\"targetName\":\"Child rights fair " + marker + "\",\"distributedOn\":\""
            + LocalDate.now() + "\"}");
    assertThat(event.statusCode()).as(event.body()).isEqualTo(201);

    HttpResponse<String> future = organiser.postJson("/api/materials/" + badge + "/distributions",
        "{\"quantity\":5,\"targetKind\":\"EVENT\",\"targetName\":\"Fair\",\"distributedOn\":\"" + LocalDate.now().plusDays(3) + "\"}");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("\"field\":\"distributedOn\"");
    assertThat(organiser.get("/api/materials/" + badge + "/stock").body()).contains("\"onHand\":35");

    Browserless outsider = Browserless.asNewUser("SAFEGUARDING_LEAD");
    assertThat(outsider.postJson("/api/materials/" + badge + "/distributions",
        "{\"quantity\":1,\"targetKind\":\"EVENT\",\"targetName\":\"Fair\",\"distributedOn\":\"" + LocalDate.now() + "\"}")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void theMeetingPageSuggestsTheBadgesToBringFromItsExpectedParticipants() {
    String badge = badge(organiser, supervisor, "Meeting badge " + marker, true);
    assertThat(printRun(organiser, badge, 200).statusCode()).isEqualTo(201);
    String meeting = AttendanceApiIT.meeting(organiser, "Badge count " + marker, 40);
    assertThat(toMeeting(organiser, badge, meeting, 10).statusCode()).isEqualTo(201);

    String badges = organiser.get("/api/meetings/" + meeting + "/badges").body();

    // 40 expected, no speakers: a margin of 4, less the 10 given
    assertThat(badges).contains("\"expectedParticipants\":40").contains("\"speakers\":0").contains("\"margin\":4")
        .contains("\"alreadyDistributed\":10").contains("\"suggested\":34").contains(badge)
        .contains("\"quantity\":10");
  }
}

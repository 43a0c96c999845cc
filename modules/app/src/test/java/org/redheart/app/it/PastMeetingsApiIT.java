package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Past meetings over REST: the demo campaign loaded (ten meetings with speakers, groups and findings)
 * and loaded again with no change; recording a past meeting with its own rules; bad input refused
 * field by field with nothing stored; only members of the campaign record into it.
 */
@ExtendWith(TestServer.class)
class PastMeetingsApiIT {
  private static final Pattern USER_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern MEETING_IDS = Pattern.compile("\"meetingIds\":\\[([^\\]]*)\\]");
  private static final Pattern CAMPAIGN_ID = Pattern.compile("\"campaignId\":\"([^\"]+)\"");
  private static final Pattern REF = Pattern.compile("\"externalRef\":\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

  static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  static int count(String body, String needle) {
    int n = 0;
    for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  static String userId(Browserless user) {
    return group(USER_ID, user.get("/api/me").body());
  }

  static long total(Browserless client, String path) {
    HttpResponse<String> r = client.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Long.parseLong(group(TOTAL, r.body()));
  }

  private static String loadJson(String name, String organiserId, String supervisorId) {
    return "{\"campaignName\":\"" + name + "\",\"organiserIds\":[\"" + organiserId + "\"],\"supervisorIds\":[\""
        + supervisorId + "\"]}";
  }

  /** The past records of the meetings of a load, by external reference (demo:SM1...). */
  private static Map<String, String> records(Browserless reader, String loadBody) {
    Map<String, String> out = new HashMap<>();
    meetingIds(reader, loadBody).forEach((ref, id) -> out.put(ref, reader.get("/api/meetings/" + id + "/past").body()));
    return out;
  }

  /** The meeting ids of a load, by external reference. */
  private static Map<String, String> meetingIds(Browserless reader, String loadBody) {
    Map<String, String> out = new HashMap<>();
    for (String quoted : group(MEETING_IDS, loadBody).split(",")) {
      String id = quoted.replace("\"", "").strip();
      HttpResponse<String> r = reader.get("/api/meetings/" + id + "/past");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      out.put(group(REF, r.body()), id);
    }
    return out;
  }

  /** The contact ids of the speakers of a record with this name (speaker objects hold no nested objects). */
  static Set<String> speakerContacts(String record, String name) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("\\{\"contactId\":\"([^\"]+)\"[^{}]*\\}").matcher(record);
    while (m.find()) {
      if (m.group().contains("\"name\":\"" + name + "\"")) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The meeting id from a Location header ending in /meetings/{id}/past. */
  static String idFromLocation(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return group(Pattern.compile("/meetings/([^/]+)/past$"), location);
  }

  @Test
  void theDemoCampaignLoadsTenMeetingsAndLoadingItAgainChangesNothing() {
    Browserless admin = Browserless.admin();
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String name = "Demo campaign " + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> loaded = admin.postJson("/api/admin/demo-campaign", loadJson(name, userId(organiser), userId(supervisor)));
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    assertThat(loaded.body()).contains("\"campaignCreated\":true").contains("\"meetingsCreated\":10")
        .contains("\"meetingsAlreadyLoaded\":0");
    String campaignId = group(CAMPAIGN_ID, loaded.body());
    assertThat(total(organiser, "/api/meetings?size=1&campaignId=" + campaignId)).isEqualTo(10);

    Map<String, String> records = records(organiser, loaded.body());
    assertThat(records.keySet()).containsExactlyInAnyOrder("demo:LAUNCH", "demo:SM1", "demo:SM2", "demo:SM3", "demo:SM4",
        "demo:SM5", "demo:SM6", "demo:CM1", "demo:CM2", "demo:CM3");
    records.values().forEach(r -> assertThat(r).contains("\"stage\":\"HISTORICAL\""));

    String sm1 = records.get("demo:SM1");
    assertThat(sm1).contains("\"attendanceTotal\":25").contains("\"attendanceUnit\":\"ORGANISATIONS\"")
        .contains("\"groupsPlanned\":2").contains("\"groupsHeld\":2").contains("\"mode\":\"HYBRID\"")
        .contains("\"timesKnown\":true").contains("natural disasters").contains("\"themeCodeSuggested\":true")
        .contains("\"countryCode\":\"US\"").contains("\"countryCode\":\"BD\"").contains("\"countryCode\":\"ES\"")
        .contains("\"role\":\"WELCOME\"").contains("\"role\":\"CHAIR\"").contains("\"name\":\"Guillermo Galarza Abizaid\"");
    assertThat(count(sm1, "\"themeCode\":")).isEqualTo(2);
    assertThat(count(sm1, "\"role\":")).isEqualTo(5);
    assertThat(count(sm1, "\"joined\":\"UNKNOWN\"")).isEqualTo(5);

    String cm1 = records.get("demo:CM1");
    assertThat(cm1).contains("\"attendanceUnit\":\"ORGANISATIONS\"").contains("\"attendanceTotal\":16")
        .contains("\"timesKnown\":false").contains("\"startsAt\":\"2022-08-11T00:00+06:00\"").contains("\"groupsHeld\":0");
    assertThat(records.get("demo:CM3")).contains("\"attendanceUnit\":\"PERSONS\"").contains("\"attendanceTotal\":85")
        .contains("\"joined\":\"ONSITE\"").contains("\"countryCode\":\"IN\"");
    String launch = records.get("demo:LAUNCH");
    assertThat(launch).contains("\"mode\":\"ONLINE\"").contains("\"timesKnown\":false").contains("\"name\":\"Mahdy Hassan\"");
    assertThat(count(launch, "\"joined\":\"ONLINE\"")).isEqualTo(4);
    assertThat(records.get("demo:SM2")).contains("\"countryCode\":\"GB\"").contains("Zoé Colpaert");
    String sm3 = records.get("demo:SM3");
    assertThat(count(sm3, "\"themeCode\":")).isEqualTo(4);
    assertThat(sm3).contains("\"themeCode\":\"A\"").contains("\"themeCode\":\"D\"");
    assertThat(records.get("demo:SM4")).contains("Child help desk in every Upazila");
    String sm6 = records.get("demo:SM6");
    assertThat(count(sm6, "\"kind\":\"DEMAND\"")).isEqualTo(10);
    assertThat(count(sm6, "\"kind\":\"GOOD_PRACTICE\"")).isEqualTo(10);
    assertThat(sm6).contains("establishment of Trauma Council Centre");

    // one contact per person: Ishrat Shamim spoke at all ten meetings as one contact
    Set<String> ishrat = new HashSet<>();
    records.values().forEach(r -> ishrat.addAll(speakerContacts(r, "Ishrat Shamim")));
    assertThat(ishrat).hasSize(1);
    int speakers = records.values().stream().mapToInt(r -> count(r, "\"role\":")).sum();
    assertThat(speakers).isEqualTo(36);

    long contactsBefore = total(admin, "/api/contacts?size=1");
    HttpResponse<String> again = admin.postJson("/api/admin/demo-campaign", loadJson(name, userId(organiser), userId(supervisor)));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("\"campaignCreated\":false").contains("\"meetingsCreated\":0")
        .contains("\"meetingsAlreadyLoaded\":10").contains("\"contactsCreated\":0").contains("\"campaignId\":\"" + campaignId + "\"");
    assertThat(total(organiser, "/api/meetings?size=1&campaignId=" + campaignId)).isEqualTo(10);
    assertThat(total(admin, "/api/contacts?size=1")).isEqualTo(contactsBefore);
    Map<String, String> recordsAgain = records(organiser, again.body());
    assertThat(recordsAgain).isEqualTo(records);

    // a second campaign made from the same files finds every speaker in the contacts again
    HttpResponse<String> other = admin.postJson("/api/admin/demo-campaign",
        loadJson(name + " (copy)", userId(organiser), userId(supervisor)));
    assertThat(other.body()).contains("\"meetingsCreated\":10").contains("\"contactsCreated\":0").contains("\"contactsFound\":15");
    assertThat(total(admin, "/api/contacts?size=1")).isEqualTo(contactsBefore);
  }

  @Test
  void aSpeakersNameVariantBecomesAContactOfferedAsAMergeSuggestion() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    HttpResponse<String> loaded = Browserless.admin().postJson("/api/admin/demo-campaign",
        loadJson("Variants " + UUID.randomUUID().toString().substring(0, 8), userId(organiser), userId(supervisor)));
    Set<String> ishrat = speakerContacts(records(organiser, loaded.body()).get("demo:SM5"), "Ishrat Shamim");
    assertThat(ishrat).hasSize(1);

    // the same name with other capitals and accents is the same person; a variant spelling is not merged silently
    String json = pastJson(null, "Variant", "2023-01-10", "PERSONS", 20, null)
        .replace("Variant Speaker", "ISHRAT  SHAMIM").replace("Variant Guest", "Ishrat Shameem");
    HttpResponse<String> created = organiser.postJson("/api/meetings/past", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(speakerContacts(created.body(), "Ishrat Shamim")).isEqualTo(ishrat);
    Set<String> variant = speakerContacts(created.body(), "Ishrat Shameem");
    assertThat(variant).hasSize(1).doesNotContainAnyElementsOf(ishrat);
    HttpResponse<String> similar = organiser.get("/api/contacts/" + variant.iterator().next() + "/similar");
    assertThat(similar.statusCode()).isEqualTo(200);
    assertThat(similar.body()).contains(ishrat.iterator().next());
  }

  @Test
  void onlyAdminsLoadTheDemoCampaignAndOnlyWithOrganisers() {
    Browserless organiser = Browserless.asNewUser("ORGANISER", "SUPERVISOR");
    String id = userId(organiser);
    assertThat(organiser.postJson("/api/admin/demo-campaign", loadJson("Not mine", id, id)).statusCode()).isEqualTo(403);

    Browserless supervisorOnly = Browserless.asNewUser("SUPERVISOR");
    HttpResponse<String> bad = Browserless.admin().postJson("/api/admin/demo-campaign",
        loadJson("Demo " + UUID.randomUUID(), userId(supervisorOnly), "nobody"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"organiserIds\"").contains("\"field\":\"supervisorIds\"");
  }

  static String pastJson(String campaignId, String title, String date, String unit, int total, String groupsHeld) {
    return "{" + (campaignId == null ? "" : "\"campaignId\":\"" + campaignId + "\",") + "\"title\":\"" + title
        + "\",\"kind\":\"stakeholder\",\"date\":\"" + date + "\",\"timeZone\":\"Asia/Dhaka\","
        + "\"venue\":\"CWCS Conference Room, Dhaka\",\"mode\":\"ONSITE\",\"audience\":\"Parents and teachers\","
        + "\"categoryIds\":[5,4],\"attendanceTotal\":" + total + ",\"attendanceUnit\":\"" + unit + "\","
        + "\"groupsPlanned\":3" + (groupsHeld == null ? "" : ",\"groupsHeld\":" + groupsHeld) + ","
        + "\"speakers\":[{\"name\":\"" + title + " Speaker\",\"role\":\"CHAIR\",\"topic\":\"Welcome\",\"country\":\"Dhaka, Bangladesh\"},"
        + "{\"name\":\"" + title + " Guest\",\"role\":\"SPEAKER\",\"joined\":\"ONLINE\",\"country\":\"Alexandria, VA, USA\"}],"
        + "\"groups\":[{\"themeCode\":\"A\",\"theme\":\"Prevention\",\"challenges\":[\"poverty\",\"lack of education\"],"
        + "\"actionPlans\":[{\"action\":\"awareness meetings in schools\",\"ownerName\":\"CWCS\"}]},"
        + "{\"themeCode\":\"B\",\"theme\":\"Access to child protection\",\"challenges\":[],\"actionPlans\":[]}],"
        + "\"recommendations\":[{\"kind\":\"DEMAND\",\"text\":\"Proper implementation of the laws.\"}]}";
  }

  @Test
  void anOrganiserRecordsAPastMeetingWithoutAProcess() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    String title = "Past parents meeting " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created = organiser.postJson("/api/meetings/past",
        pastJson(null, title, LocalDate.now().minusDays(20).toString(), "persons", 28, null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/past"));
    String id = idFromLocation(created);

    String record = organiser.get("/api/meetings/" + id + "/past").body();
    assertThat(record).contains("\"stage\":\"HISTORICAL\"").contains("\"timesKnown\":false").contains("\"groupsHeld\":2")
        .contains("\"groupsPlanned\":3").contains("\"attendanceUnit\":\"PERSONS\"").contains("\"categoryIds\":[5,4]")
        .contains("\"countryCode\":\"BD\"").contains("\"countryCode\":\"US\"").contains("\"joined\":\"UNKNOWN\"")
        .contains("\"ownerName\":\"CWCS\"").contains("\"themeCodeSuggested\":false").contains("lack of education");
    String details = organiser.get("/api/meetings/" + id).body();
    assertThat(details).contains("\"openSteps\":[]").contains("\"history\":[]");

    // the same speaker named again is the same contact
    HttpResponse<String> second = organiser.postJson("/api/meetings/past",
        pastJson(null, title, LocalDate.now().minusDays(10).toString(), "PERSONS", 30, "2"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(speakerContacts(second.body(), title + " Speaker")).hasSize(1)
        .isEqualTo(speakerContacts(record, title + " Speaker"));

    // a meeting that is not a past one has no past record
    String planned = group(USER_ID, organiser.postJson("/api/meetings",
        MeetingsApiIT.meetingJson("Planned " + title, MeetingsApiIT.future(), 20)).body());
    assertThat(organiser.get("/api/meetings/" + planned + "/past").statusCode()).isEqualTo(404);
  }

  @Test
  void badPastMeetingsAreRefusedFieldByFieldAndNothingIsStored() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    long before = MeetingsApiIT.meetingCount(organiser);
    long contacts = total(organiser, "/api/contacts?size=1");

    assertRefused(organiser, pastJson(null, "Future", LocalDate.now().plusDays(3).toString(), "PERSONS", 20, null), "date");
    assertRefused(organiser, pastJson(null, "Negative", "2023-01-10", "PERSONS", -5, null), "attendanceTotal");
    assertRefused(organiser, pastJson(null, "Mixed", "2023-01-10", "PERSONS_AND_ORGANISATIONS", 20, null), "attendanceUnit");
    assertRefused(organiser, pastJson(null, "Fewer held", "2023-01-10", "PERSONS", 20, "1"), "groupsHeld");
    assertRefused(organiser, pastJson(null, "More groups than people", "2023-01-10", "PERSONS", 1, null), "groupsHeld");
    assertRefused(organiser, pastJson(null, "Atlantis", "2023-01-10", "PERSONS", 20, null)
        .replace("Alexandria, VA, USA", "Atlantis"), "speakers[1].country");
    assertRefused(organiser, pastJson(null, "No action", "2023-01-10", "PERSONS", 20, null)
        .replace("awareness meetings in schools", " "), "groups[0].actionPlans[0].action");

    assertThat(MeetingsApiIT.meetingCount(organiser)).isEqualTo(before);
    assertThat(total(organiser, "/api/contacts?size=1")).isEqualTo(contacts);
  }

  private static void assertRefused(Browserless client, String json, String field) {
    HttpResponse<String> r = client.postJson("/api/meetings/past", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"" + field + "\"");
  }

  @Test
  void onlyMembersOfTheCampaignRecordIntoItAndConfirmThemeCodes() {
    Browserless member = Browserless.asNewUser("ORGANISER");
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    Browserless outsider = Browserless.asNewUser("ORGANISER");
    HttpResponse<String> loaded = Browserless.admin().postJson("/api/admin/demo-campaign",
        loadJson("Members only " + UUID.randomUUID().toString().substring(0, 8), userId(member), userId(supervisor)));
    String campaignId = group(CAMPAIGN_ID, loaded.body());

    HttpResponse<String> refused = outsider.postJson("/api/meetings/past",
        pastJson(campaignId, "Outsider", "2023-01-10", "PERSONS", 20, null));
    assertThat(refused.statusCode()).isEqualTo(403);
    HttpResponse<String> ok = member.postJson("/api/meetings/past",
        pastJson(campaignId, "Member " + UUID.randomUUID().toString().substring(0, 6), "2023-01-10", "PERSONS", 20, null));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);

    String meetingId = meetingIds(member, loaded.body()).get("demo:SM1");
    String sm1 = member.get("/api/meetings/" + meetingId + "/past").body();
    Matcher groups = Pattern.compile("\"id\":(\\d+),\"position\":(\\d+)").matcher(sm1);
    List<String> codes = new java.util.ArrayList<>();
    while (groups.find()) {
      codes.add("{\"groupId\":" + groups.group(1) + ",\"themeCode\":\"" + (groups.group(2).equals("1") ? "A" : "B") + "\"}");
    }
    assertThat(codes).hasSize(2);
    String body = "{\"codes\":[" + String.join(",", codes) + "]}";
    assertThat(outsider.postJson("/api/meetings/" + meetingId + "/past/themes", body).statusCode()).isEqualTo(403);
    HttpResponse<String> confirmed = supervisor.postJson("/api/meetings/" + meetingId + "/past/themes", body);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.body()).contains("\"themeCode\":\"A\"").contains("\"themeCode\":\"B\"")
        .doesNotContain("\"themeCodeSuggested\":true");
  }
}

package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invitation answer page over HTTP, as an invitee reaches it from the link in their mail: a GET
 * (or a scanner's HEAD) changes nothing; each form post acts once; forged, foreign and closed links
 * act never; the calendar file follows the answer; the page speaks the invitee's language; a full
 * room puts participants on the waiting list and a decline moves the first one up.
 *
 * <p>ENDED cannot be reached over HTTP (a meeting cannot be scheduled in the past, nor the shared
 * server's clock moved): that state is the service's decision, tested in the meetings module's
 * {@code InvitationAnswerStateTest}.
 */
@ExtendWith(TestServer.class)
class InvitationAnswerPageIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern OUTBOX_ENTRY = Pattern.compile("\\{[^{}]*?\"id\":\"([^\"]+)\"[^{}]*?\\}");
  private static final Pattern ANSWER_LINK = Pattern.compile("/public/invitation\\.xhtml\\?t=([A-Za-z0-9_.\\-]+)");
  private static final Pattern ITEM = Pattern.compile("\\{[^{}]*\"contactId\":\"[^\"]+\"[^{}]*\\}");
  private static final Pattern STATUS_ELEMENT = Pattern.compile("<div[^>]*\\bid=\"answer-status\"[^>]*>");
  private static final String ONLINE_LINK = "https://meet.example.org/red-heart-";

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final Browserless organiser = Browserless.asNewUser("ORGANISER");
  private final Browserless supervisor = Browserless.asNewUser("SUPERVISOR");

  // ---- the set-up: a meeting at the invitations step, invitees with addresses and consent

  /** A meeting 30 days ahead with a venue and an online link, its concept note approved for a room of {@code capacity}. */
  private String meetingAtInvitations(String title, int capacity) {
    String json = "{\"title\":\"" + title + " " + marker + "\",\"audienceCategoryId\":4,\"date\":\"" + LocalDate.now().plusDays(30)
        + "\",\"startTime\":\"14:00\",\"endTime\":\"17:00\",\"timeZone\":\"Asia/Dhaka\",\"venue\":\"CIRDAP auditorium, Dhaka\","
        + "\"onlineLink\":\"" + ONLINE_LINK + marker + "\",\"expectedParticipants\":30}";
    HttpResponse<String> created = organiser.postJson("/api/meetings", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String meetingId = MeetingWalk.id(created.body());
    String note = MeetingWalk.CONCEPT_NOTE.replace("\"roomCapacity\":\"40\"", "\"roomCapacity\":\"" + capacity + "\"");
    MeetingWalk.complete(organiser, meetingId, "Task_WriteConceptNote", note);
    MeetingWalk.complete(supervisor, meetingId, "Task_ApproveConceptNote", "{\"decision\":\"approve\"}");
    return meetingId;
  }

  /** A person with an address, a language and a zone, who consented to meeting invitations. */
  private String person(String name, String email, String language, String zone, boolean speaker) {
    String json = "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"emails\":[\"" + email + "\"],\"languages\":[\"" + language
        + "\"],\"timeZone\":\"" + zone + "\",\"categoryIds\":[4],\"tags\":[" + (speaker ? "\"speaker\"" : "") + "]}";
    HttpResponse<String> created = organiser.postJson("/api/contacts", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = MeetingWalk.id(created.body());
    HttpResponse<String> consent = organiser.putJson("/api/contacts/" + id + "/consents/MEETING_INVITATIONS",
        "{\"granted\":true,\"lawfulBasis\":\"CONSENT\",\"source\":\"signed up at the launch\"}");
    assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
    return id;
  }

  private String email(String who) {
    return who + "." + marker + "@example.org";
  }

  private void addInvitee(String meetingId, String contactId, String kind, String topic) {
    HttpResponse<String> r = organiser.postJson("/api/meetings/" + meetingId + "/invitees", "{\"contactId\":\"" + contactId
        + "\",\"kind\":\"" + kind + "\"" + (topic == null ? "" : ",\"topic\":\"" + topic + "\"") + "}");
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  private void send(String meetingId) {
    HttpResponse<String> r = organiser.postJson("/api/meetings/" + meetingId + "/invitations/send", "{}");
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  /** A speaker invited to a new meeting (capacity 40): returns {meetingId, contactId, link}. */
  private String[] invitedSpeaker(String who, String language, String zone) {
    String meetingId = meetingAtInvitations("Answers " + who, 40);
    String contactId = person("Speaker " + who + " " + marker, email(who), language, zone, true);
    addInvitee(meetingId, contactId, "SPEAKER", "Online safety of children");
    send(meetingId);
    return new String[] {meetingId, contactId, linkMailedTo(email(who))};
  }

  // ---- reading what the server sent and holds

  /** The outbox entries (list JSON objects) to an address with a template, newest first. */
  private static List<String> mails(String email, String template) {
    String list = Browserless.admin().get("/api/admin/outbox?size=200").body();
    List<String> ids = new ArrayList<>();
    Matcher m = OUTBOX_ENTRY.matcher(list);
    while (m.find()) {
      if (m.group(0).contains("\"recipient\":\"" + email + "\"") && m.group(0).contains("\"template\":\"" + template + "\"")) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** The answer page's address from the newest invitation mailed to the address (waiting a few seconds for it). */
  private static String linkMailedTo(String email) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (true) {
      for (String id : mails(email, "invitation")) {
        Matcher l = ANSWER_LINK.matcher(Browserless.admin().get("/api/admin/outbox/" + id).body());
        if (l.find()) {
          return "/public/invitation.xhtml?t=" + l.group(1);
        }
      }
      assertThat(System.nanoTime()).as("an invitation mail with the answer link to %s", email).isLessThan(deadline);
      sleep(250);
    }
  }

  private static int mailCount(String email, String template) {
    return mails(email, template).size();
  }

  /** Waits (up to 20 s: a speaker's mails come from their process, after the answer commits) for n such mails. */
  private static void awaitMails(String email, String template, int n) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (mailCount(email, template) < n && System.nanoTime() < deadline) {
      sleep(250);
    }
    assertThat(mailCount(email, template)).as("%s mails to %s", template, email).isGreaterThanOrEqualTo(n);
  }

  /** The invitee's row in GET /api/meetings/{id}/invitations. */
  private String row(String meetingId, String contactId) {
    HttpResponse<String> r = organiser.get("/api/meetings/" + meetingId + "/invitations?size=100");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Matcher m = ITEM.matcher(r.body());
    while (m.find()) {
      if (m.group(0).contains("\"contactId\":\"" + contactId + "\"")) {
        return m.group(0);
      }
    }
    throw new AssertionError("no invitation of " + contactId + " in " + r.body());
  }

  private String status(String meetingId, String contactId) {
    return field(row(meetingId, contactId), "status");
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|(\\d+)|null)").matcher(json);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** data-status, data-mode and data-waiting of the page's answer-status element. */
  private static String[] shown(HttpResponse<String> page) {
    Matcher m = STATUS_ELEMENT.matcher(page.body());
    assertThat(m.find()).as("answer-status on the page (status %d): %s", page.statusCode(), page.body()).isTrue();
    String element = m.group();
    return new String[] {attribute(element, "data-status"), attribute(element, "data-mode"), attribute(element, "data-waiting")};
  }

  private static String attribute(String element, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(element);
    assertThat(m.find()).as("%s in %s", name, element).isTrue();
    return m.group(1);
  }

  private static String token(String link) {
    return link.substring(link.indexOf("?t=") + 3);
  }

  private static void noCookie(HttpResponse<?> r) {
    assertThat(r.headers().allValues("Set-Cookie")).as("Set-Cookie of %s", r.uri()).isEmpty();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<byte[]> raw(String method, String path) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.get().baseUrl() + path))
          .method(method, HttpRequest.BodyPublishers.noBody()).build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String calendarText(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  // ---- the tests

  @Test
  void openingTheLinkWithGetOrHeadChangesNothingAndSetsNoCookie() {
    String[] s = invitedSpeaker("scanner", "en", "Europe/Madrid");
    PublicClient client = PublicClient.english();

    HttpResponse<String> page = client.get(s[2]);
    assertThat(page.statusCode()).isEqualTo(200);
    noCookie(page);
    assertThat(shown(page)).containsExactly("INVITED", "", "");
    assertThat(page.body()).contains("Answers scanner " + marker).contains("Online safety of children")
        .contains("<form id=\"answer\"").contains("<form id=\"delegate\"").contains("<form id=\"upload\"")
        .contains("id=\"answer:acceptOnSite\"").contains("id=\"answer:acceptOnline\"").contains("id=\"answer:decline\"")
        .contains("id=\"answer:reason\"").contains("/public/invitation-calendar?t=")
        .doesNotContain(ONLINE_LINK + marker); // the online link only for those who accepted
    for (int i = 0; i < 3; i++) {
      HttpResponse<byte[]> head = raw("HEAD", s[2]);
      assertThat(head.statusCode()).isEqualTo(200);
      noCookie(head);
      noCookie(client.get(s[2]));
    }

    String row = row(s[0], s[1]);
    assertThat(field(row, "status")).isEqualTo("INVITED");
    assertThat(field(row, "answeredAt")).isNull();
    assertThat(mailCount(email("scanner"), "invitation-confirmation")).isZero();
  }

  @Test
  void aSpeakerAcceptsOnlineThenChangesToOnSiteAndTheCalendarFileFollows() {
    String[] s = invitedSpeaker("changer", "en", "Europe/Madrid");
    PublicClient client = PublicClient.english();
    String calendar = "/public/invitation-calendar?t=" + token(s[2]);

    HttpResponse<byte[]> before = raw("GET", calendar);
    assertThat(before.statusCode()).isEqualTo(200);
    noCookie(before);
    assertThat(before.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    assertThat(before.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains(".ics\""));
    assertThat(calendarText(before)).contains("BEGIN:VCALENDAR").contains("METHOD:PUBLISH").doesNotContain("METHOD:REQUEST");

    HttpResponse<String> online = client.post(s[2], PublicClient.form(client.get(s[2]), "answer", "acceptOnline", Map.of()));
    assertThat(online.statusCode()).isEqualTo(200);
    noCookie(online);
    assertThat(online.body()).contains("id=\"recorded\"").contains(ONLINE_LINK + marker);
    assertThat(shown(online)).containsExactly("ACCEPTED", "ONLINE", "");
    assertThat(status(s[0], s[1])).isEqualTo("ACCEPTED");
    assertThat(field(row(s[0], s[1]), "mode")).isEqualTo("ONLINE");

    HttpResponse<String> onSite = client.post(s[2], PublicClient.form(client.get(s[2]), "answer", "acceptOnSite", Map.of()));
    assertThat(onSite.body()).contains("id=\"recorded\"");
    assertThat(shown(onSite)).containsExactly("ACCEPTED", "ON_SITE", "");
    assertThat(field(row(s[0], s[1]), "mode")).isEqualTo("ON_SITE");
    assertThat(shown(client.get(s[2]))).containsExactly("ACCEPTED", "ON_SITE", "");

    HttpResponse<byte[]> after = raw("GET", calendar);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(calendarText(after)).contains("METHOD:REQUEST").contains("PARTSTAT=ACCEPTED").doesNotContain("METHOD:PUBLISH");
  }

  @Test
  void aSpeakerDeclinesWithAReason() {
    String[] s = invitedSpeaker("decliner", "en", "Asia/Dhaka");
    PublicClient client = PublicClient.english();

    HttpResponse<String> declined = client.post(s[2], PublicClient.form(client.get(s[2]), "answer", "decline",
        Map.of("reason", "I am abroad that week " + marker)));

    assertThat(declined.statusCode()).isEqualTo(200);
    assertThat(declined.body()).contains("id=\"recorded\"");
    assertThat(shown(declined)[0]).isEqualTo("DECLINED");
    String row = row(s[0], s[1]);
    assertThat(field(row, "status")).isEqualTo("DECLINED");
    assertThat(field(row, "reason")).isEqualTo("I am abroad that week " + marker);
    assertThat(client.get(s[2]).body()).as("the link stays valid: the answer can change").contains("<form id=\"answer\"");
  }

  @Test
  void aSpeakerSuggestsAColleagueAndABadSuggestionChangesNothing() {
    String[] s = invitedSpeaker("delegator", "en", "Asia/Dhaka");
    PublicClient client = PublicClient.english();

    HttpResponse<String> bad = client.post(s[2], PublicClient.form(client.get(s[2]), "delegate", "suggest",
        Map.of("colleagueName", "", "colleagueEmail", "not-an-address", "colleagueOrganisation", "", "note", "")));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).doesNotContain("id=\"recorded\"").contains("class=\"error\"")
        .contains("Your colleague's name").contains("<form id=\"delegate\"");
    assertThat(status(s[0], s[1])).isEqualTo("INVITED");

    String colleague = "Colleague " + marker;
    HttpResponse<String> good = client.post(s[2], PublicClient.form(client.get(s[2]), "delegate", "suggest",
        Map.of("colleagueName", colleague, "colleagueEmail", email("colleague"), "colleagueOrganisation", "Aparajeyo Bangladesh",
            "note", "She leads the online safety work")));
    assertThat(good.body()).contains("id=\"recorded\"");
    assertThat(shown(good)[0]).isEqualTo("DELEGATED");
    assertThat(status(s[0], s[1])).isEqualTo("DELEGATED");
    HttpResponse<String> suggestions = organiser.get("/api/meetings/" + s[0] + "/invitations/suggestions");
    assertThat(suggestions.statusCode()).as(suggestions.body()).isEqualTo(200);
    assertThat(suggestions.body()).contains(colleague).contains(email("colleague"));
  }

  @Test
  void theSameFormPostedTwiceActsOnce() {
    String[] s = invitedSpeaker("twice", "en", "Asia/Dhaka");
    PublicClient client = PublicClient.english();
    Map<String, String> form = PublicClient.form(client.get(s[2]), "answer", "acceptOnline", Map.of());

    HttpResponse<String> first = client.post(s[2], form);
    String answeredAt = field(row(s[0], s[1]), "answeredAt");
    HttpResponse<String> second = client.post(s[2], form);

    assertThat(first.body()).contains("id=\"recorded\"").doesNotContain("id=\"replayed\"");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("id=\"replayed\"").doesNotContain("id=\"recorded\"");
    assertThat(shown(second)).containsExactly("ACCEPTED", "ONLINE", "");
    assertThat(answeredAt).isNotNull();
    assertThat(field(row(s[0], s[1]), "answeredAt")).as("the replay recorded no second answer").isEqualTo(answeredAt);
    awaitMails(email("twice"), "invitation-confirmation", 1);
    sleep(2000);
    assertThat(mailCount(email("twice"), "invitation-confirmation")).as("one confirmation").isEqualTo(1);

    Map<String, String> declineReplay = new LinkedHashMap<>(form);
    declineReplay.remove("answer:acceptOnline");
    declineReplay.put("answer:decline", "x");
    assertThat(client.post(s[2], declineReplay).body()).as("another button with the used token").contains("id=\"replayed\"");
    assertThat(status(s[0], s[1])).isEqualTo("ACCEPTED");
  }

  @Test
  void forgedAndForeignLinksGetTheInvalidPageAndNoCalendar() {
    String[] s = invitedSpeaker("forger", "en", "Asia/Dhaka");
    String t = token(s[2]);
    String forged = t.substring(0, t.length() - 2) + (t.endsWith("AA") ? "BB" : "AA");
    String user = Browserless.newUser("ORGANISER");
    PublicClient client = PublicClient.english();
    HttpResponse<String> forgot = client.get("/public/forgot-password.xhtml");
    client.post("/public/forgot-password.xhtml", PublicClient.form(forgot, "forgot", "submit", Map.of("usernameOrEmail", user)));
    String resetLink = ResetMails.fromOutbox().lastLinkTo(user + "@example.org");
    String foreign = token(resetLink);

    for (String bad : List.of(forged, foreign, "not-a-token", "")) {
      HttpResponse<String> page = client.get("/public/invitation.xhtml?t=" + bad);
      assertThat(page.statusCode()).as(bad).isEqualTo(200);
      noCookie(page);
      assertThat(page.body()).as(bad).contains("id=\"invalid\"").doesNotContain("<form id=\"answer\"").doesNotContain("answer-status");
      HttpResponse<byte[]> ics = raw("GET", "/public/invitation-calendar?t=" + bad);
      assertThat(ics.statusCode()).as(bad).isEqualTo(404);
      noCookie(ics);
    }
    Map<String, String> form = PublicClient.form(client.get(s[2]), "answer", "acceptOnSite", Map.of());
    form.put("t", forged);
    HttpResponse<String> posted = client.post("/public/invitation.xhtml", form);
    assertThat(posted.body()).contains("id=\"invalid\"");
    assertThat(status(s[0], s[1])).isEqualTo("INVITED");
  }

  @Test
  void aCancelledMeetingsLinkShowsTheCancellationAndActsNoMore() {
    String[] s = invitedSpeaker("cancelled", "en", "Asia/Dhaka");
    PublicClient client = PublicClient.english();
    Map<String, String> form = PublicClient.form(client.get(s[2]), "answer", "acceptOnSite", Map.of());

    HttpResponse<String> cancelled = organiser.postJson("/api/meetings/" + s[0] + "/cancel", "{\"reason\":\"The venue is flooded\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

    HttpResponse<String> page = client.get(s[2]);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"cancelled\"").contains("This meeting was cancelled").doesNotContain("<form id=\"answer\"");
    HttpResponse<String> late = client.post(s[2], form);
    assertThat(late.body()).contains("id=\"cancelled\"").doesNotContain("id=\"recorded\"");
    assertThat(status(s[0], s[1])).isNotEqualTo("ACCEPTED");
  }

  @Test
  void aWithdrawnInviteesLinkSaysSoAndActsNoMore() {
    String[] s = invitedSpeaker("withdrawn", "en", "Asia/Dhaka");
    PublicClient client = PublicClient.english();
    Map<String, String> form = PublicClient.form(client.get(s[2]), "answer", "acceptOnline", Map.of());

    HttpResponse<String> withdrawn = organiser.postJson("/api/meetings/" + s[0] + "/invitations/" + s[1] + "/withdraw",
        "{\"reason\":\"The programme changed\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

    assertThat(client.get(s[2]).body()).contains("id=\"withdrawn\"").doesNotContain("<form id=\"answer\"");
    assertThat(client.post(s[2], form).body()).contains("id=\"withdrawn\"").doesNotContain("id=\"recorded\"");
    assertThat(status(s[0], s[1])).isEqualTo("WITHDRAWN");
  }

  @Test
  void aBanglaInviteeGetsTheBanglaPageAndCanSwitchToEnglish() {
    String[] s = invitedSpeaker("bangla", "bn", "Asia/Dhaka");
    PublicClient client = PublicClient.english(); // a reader whose cookie says English: the invitee's language wins

    HttpResponse<String> page = client.get(s[2]);
    assertThat(page.body()).contains(" lang=\"bn\"><head").contains("আপনার বর্তমান উত্তর").contains("অপারগতা জানান");

    HttpResponse<String> switched = client.post("/language", Map.of("lang", "en", "next", s[2] + "&lang={lang}"));
    assertThat(switched.statusCode()).isEqualTo(302);
    String location = switched.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/public/invitation.xhtml?t=").endsWith("&lang=en");
    HttpResponse<String> english = client.get(location.substring(location.indexOf("/public/")));
    assertThat(english.body()).contains(" lang=\"en\"><head").contains("Your answer now");

    HttpResponse<String> accepted = client.post(s[2], PublicClient.form(english, "answer", "acceptOnSite", Map.of()));
    assertThat(accepted.body()).as("the chosen language survives the post").contains(" lang=\"en\"><head").contains("id=\"recorded\"");
  }

  @Test
  void participantsBeyondTheRoomWaitAndTheFirstMovesUpWhenAPlaceFrees() {
    String meetingId = meetingAtInvitations("Full room", 2);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String id = person("Participant " + i + " " + marker, email("p" + i), "en", "Asia/Dhaka", false);
      addInvitee(meetingId, id, "PARTICIPANT", null);
      ids.add(id);
    }
    send(meetingId);
    PublicClient client = PublicClient.english();
    List<String> links = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String link = linkMailedTo(email("p" + i));
      links.add(link);
      HttpResponse<String> page = client.get(link);
      assertThat(page.body()).doesNotContain("<form id=\"delegate\"").doesNotContain("<form id=\"upload\"");
      client.post(link, PublicClient.form(page, "answer", "acceptOnSite", Map.of()));
    }

    assertThat(status(meetingId, ids.get(0))).isEqualTo("ACCEPTED");
    assertThat(status(meetingId, ids.get(1))).isEqualTo("ACCEPTED");
    assertThat(status(meetingId, ids.get(2))).isEqualTo("WAITING");
    assertThat(field(row(meetingId, ids.get(2)), "waitingPosition")).isEqualTo("1");
    HttpResponse<String> waiting = client.get(links.get(2));
    assertThat(shown(waiting)).containsExactly("WAITING", "ON_SITE", "1");
    assertThat(waiting.body()).contains("number 1 on the waiting list");

    client.post(links.get(0), PublicClient.form(client.get(links.get(0)), "answer", "decline", Map.of("reason", "")));

    assertThat(status(meetingId, ids.get(0))).isEqualTo("DECLINED");
    assertThat(status(meetingId, ids.get(2))).isEqualTo("ACCEPTED");
    assertThat(shown(client.get(links.get(2)))[0]).isEqualTo("ACCEPTED");
    awaitMails(email("p3"), "invitation-promoted", 1);
    assertThat(mailCount(email("p3"), "invitation-promoted")).as("the promoted participant is told once").isEqualTo(1);
  }

  @Test
  void aSpeakerUploadsABioAndAWrongFileIsRefusedClearly() {
    String[] s = invitedSpeaker("uploader", "en", "Asia/Dhaka");
    PublicClient client = PublicClient.english();

    HttpResponse<String> wrong = multipart(s[2], PublicClient.form(client.get(s[2]), "upload", "uploadFiles", Map.of()),
        "bio", "bio.pdf", "this is plain text, not a PDF".getBytes(StandardCharsets.UTF_8));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("class=\"error\"").doesNotContain("id=\"recorded\"");
    assertThat(row(s[0], s[1])).contains("\"bioUploaded\":false");

    byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> ok = multipart(s[2], PublicClient.form(client.get(s[2]), "upload", "uploadFiles", Map.of()),
        "bio", "bio.pdf", pdf);
    assertThat(ok.body()).contains("id=\"recorded\"").contains("id=\"bio-uploaded\"");
    assertThat(row(s[0], s[1])).contains("\"bioUploaded\":true");
  }

  /** Posts a multipart form (the page's hidden fields and button) with one file. */
  private static HttpResponse<String> multipart(String path, Map<String, String> fields, String fileInput, String fileName,
      byte[] content) {
    String boundary = "----rh" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n"
        + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:" + fileInput + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.get().baseUrl() + path))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", "lang=en")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The issue's "Done when" of the invitations, literally, end to end: a Payara Micro of its own (own
 * database, a GreenMail in this JVM as its SMTP relay), everything over REST and the public answer page
 * over plain HTTP, every mail read back from GreenMail and its calendar file parsed and validated with
 * ical4j.
 *
 * <ol>
 *   <li>Two speakers (one in Madrid reading English, one in Dhaka reading Bangla; contacts take only en and bn) and twenty participants
 *       are invited to a meeting of capacity 15 (sent by completing the invitations step).
 *   <li>The mails: times in both zones, the Bangla one in Bangla, a METHOD:PUBLISH file without ATTENDEE.
 *   <li>Speaker 1 accepts online from the link, then changes to on site (a REQUEST each time, SEQUENCE
 *       rising); speaker 2 declines and the organiser gets the FIND_REPLACEMENT task; sixteen participants
 *       accept, the sixteenth lands on the waiting list; one declines and the waiting one is promoted and
 *       told. The fifteenth acceptance is the {@code kill -9} test: the server dies within 100 ms of the
 *       acknowledged answer and starts again on the same database: the answer is there and its
 *       confirmation arrives.
 *   <li>The meeting moves by a day: every accepted invitee gets a REQUEST with the same UID and a higher
 *       SEQUENCE; it is cancelled: everyone invited gets a cancellation, a METHOD:CANCEL where they had a
 *       REQUEST.
 *   <li>A GET of a link (a scanner) changes nothing; a form posted twice acts once.
 * </ol>
 */
class InvitationMailIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern ANSWER_LINK = Pattern.compile("(https?://[^\\s\"<>]+/public/invitation\\.xhtml\\?t=[^\\s\"<>]+)");
  private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final long MAIL_WAIT_MS = 60_000;

  private GreenMail greenMail;
  private final List<Mail> read = new ArrayList<>();
  /** Message-IDs already read: GreenMail lists its mails mailbox by mailbox, so a new one may come before old ones. */
  private final java.util.Set<String> seen = new java.util.HashSet<>();

  @Test
  void invitationsFromSendingToCancellationWithAKillMinusNineInTheMiddle() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    FreshDatabase db = FreshDatabase.create("rh_inv_", "it-invitations-data", run);
    int smtpPort = PayaraLauncher.freePort();
    greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    greenMail.start();
    String adminPassword = "inv-" + UUID.randomUUID();
    PayaraLauncher.Options options = PayaraLauncher.Options.fromSystemProperties("it-invitations")
        .withDatabase(db.driver(), db.url(), db.user())
        .with("redheart.admin.username", "admin")
        .with("redheart.admin.password", adminPassword)
        .with("redheart.smtp.host", "127.0.0.1")
        .with("redheart.smtp.port", Integer.toString(smtpPort))
        .with("redheart.smtp.tls", "false")
        .with("redheart.mail.poll-millis", "200")
        .with("redheart.mail.outage-pause-seconds", "2")
        // a mail the killed server had claimed goes out once its lease ends: keep that short here
        .with("redheart.mail.lease-seconds", "10");
    PayaraLauncher.deleteRecursively(options.dataDir());
    Process server = PayaraLauncher.start(options);
    try {
      String base = options.baseUrl();
      Browserless admin = Browserless.at(base, new Browserless(base).login("admin", adminPassword).createToken());
      Browserless organiser = user(base, admin, "ORGANISER", "Rahima Organiser");
      Browserless supervisor = user(base, admin, "SUPERVISOR", "Selim Supervisor");
      Answers page = new Answers();

      // --- 1. a campaign's meeting with room for 15, two speakers and twenty participants ---------------
      HttpResponse<String> campaign = admin.postJson("/api/campaigns", PreparationApiIT.campaignJson(
          "Safe journeys " + run, PreparationApiIT.userId(organiser), PreparationApiIT.userId(supervisor)));
      assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(201);
      String campaignId = group(ID, campaign.body());
      LocalDate day = LocalDate.now(DHAKA).plusDays(30);
      String title = "Invitations " + run;
      HttpResponse<String> scheduled = organiser.postJson("/api/meetings", "{\"campaignId\":\"" + campaignId + "\",\"title\":\""
          + title + "\",\"audienceCategoryId\":4,\"date\":\"" + day + "\",\"startTime\":\"14:00\",\"endTime\":\"17:00\","
          + "\"timeZone\":\"Asia/Dhaka\",\"venue\":\"CIRDAP auditorium, Dhaka\",\"onlineLink\":\"https://meet.example/rh-" + run
          + "\",\"expectedParticipants\":15}");
      assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
      String meetingId = group(ID, scheduled.body());
      MeetingWalk.complete(organiser, meetingId, "Task_WriteConceptNote", MeetingWalk.CONCEPT_NOTE
          .replace("\"roomCapacity\":\"40\"", "\"roomCapacity\":\"15\"")
          .replace("\"expectedParticipants\":\"30\"", "\"expectedParticipants\":\"15\"")
          .replace("\"modality\":\"ONSITE\"", "\"modality\":\"HYBRID\""));
      MeetingWalk.complete(supervisor, meetingId, "Task_ApproveConceptNote", "{\"decision\":\"approve\"}");

      String ana = contact(organiser, "Ana García " + run, "ana-" + run + "@example.es", "speaker", "Europe/Madrid", "\"en\"");
      String rahim = contact(organiser, "রহিম উদ্দিন " + run, "rahim-" + run + "@example.bd", "speaker", "Asia/Dhaka", "\"bn\"");
      invitee(organiser, meetingId, ana, "SPEAKER", "Safe migration and trafficking");
      invitee(organiser, meetingId, rahim, "SPEAKER", "Reintegration in Khulna");
      List<String> participants = new ArrayList<>();
      Map<String, String> emailOf = new HashMap<>();
      emailOf.put(ana, "ana-" + run + "@example.es");
      emailOf.put(rahim, "rahim-" + run + "@example.bd");
      for (int i = 1; i <= 20; i++) {
        String email = String.format("p%02d-%s@example.org", i, run);
        String id = contact(organiser, String.format("Participant %02d %s", i, run), email, "social-worker", "Asia/Dhaka", "\"en\"");
        invitee(organiser, meetingId, id, "PARTICIPANT", null);
        participants.add(id);
        emailOf.put(id, email);
      }
      // the invitations step done: the invitations go out
      MeetingWalk.complete(organiser, meetingId, "Task_InviteSpeakers", "{}");

      // --- 2. the mails: both zones, Bangla for Bangla, PUBLISH without ATTENDEE ------------------------
      Map<String, Mail> invitation = awaitOneEach(emailOf.values());
      ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(14, 0), DHAKA);
      Mail toAna = invitation.get(emailOf.get(ana));
      assertThat(toAna.text).contains(title).contains("14:00–17:00 Dhaka (" + start.withZoneSameInstant(MADRID).format(HM)
          + "–" + start.plusHours(3).withZoneSameInstant(MADRID).format(HM) + " Madrid)");
      assertThat(toAna.text).contains("Answers count only through this link");
      Mail toRahim = invitation.get(emailOf.get(rahim));
      assertThat(toRahim.subject).contains("আমন্ত্রণ");
      assertThat(toRahim.text).contains("প্রিয়").contains("১৪:০০–১৭:০০ ঢাকা").contains("উত্তর শুধু এই লিংকের মাধ্যমেই গণ্য হবে");
      Map<String, String> uidOf = new HashMap<>();
      Map<String, Integer> sequenceOf = new HashMap<>();
      for (Map.Entry<String, Mail> e : invitation.entrySet()) {
        Ics ics = e.getValue().calendar("PUBLISH");
        assertThat(ics.event().getProperties(Property.ATTENDEE)).as("PUBLISH to %s", e.getKey()).isEmpty();
        assertThat(ics.organizer()).as("no-reply organiser").startsWith("mailto:no-reply@");
        assertThat(ics.tzid()).isEqualTo("Asia/Dhaka");
        assertThat(ics.startLocal()).isEqualTo(day.toString().replace("-", "") + "T140000");
        uidOf.put(e.getKey(), ics.uid());
        sequenceOf.put(e.getKey(), ics.sequence());
        assertThat(e.getValue().answerLink()).isNotNull();
      }
      assertThat(uidOf.values()).doesNotHaveDuplicates();

      // --- 5a. a scanner's GET changes nothing -----------------------------------------------------------
      String anaLink = toAna.answerLink();
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> opened = page.get(anaLink);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("id=\"answer-status\"").contains("data-status=\"INVITED\"");
        assertThat(opened.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
      }
      assertThat(statuses(organiser, meetingId).get(ana)).isEqualTo("INVITED");

      // --- 3a. speaker 1 accepts online, then changes to on site; a replayed form acts once --------------
      HttpResponse<String> form = page.get(anaLink);
      Map<String, String> acceptOnline = PublicClient.form(form, "answer", "acceptOnline", Map.of());
      HttpResponse<String> accepted = page.post(anaLink, acceptOnline);
      assertThat(accepted.statusCode()).isEqualTo(200);
      assertThat(accepted.body()).contains("id=\"recorded\"");
      Mail confirmed = awaitMail(emailOf.get(ana), m -> m.hasCalendar("REQUEST"));
      Ics request1 = confirmed.calendar("REQUEST");
      assertAcceptedRequest(request1, emailOf.get(ana), uidOf.get(emailOf.get(ana)));
      assertThat(request1.sequence()).isGreaterThanOrEqualTo(sequenceOf.get(emailOf.get(ana)));
      assertThat(confirmed.text).contains("https://meet.example/rh-" + run); // the online link, now accepted
      HttpResponse<String> replayed = page.post(anaLink, acceptOnline);
      assertThat(replayed.statusCode()).isEqualTo(200);
      assertThat(replayed.body()).contains("id=\"replayed\"").doesNotContain("id=\"recorded\"");
      assertThat(statuses(organiser, meetingId).get(ana)).isEqualTo("ACCEPTED");

      HttpResponse<String> onSite = page.post(anaLink, PublicClient.form(page.get(anaLink), "answer", "acceptOnSite", Map.of()));
      assertThat(onSite.body()).contains("id=\"recorded\"");
      Ics request2 = awaitMail(emailOf.get(ana), m -> m.hasCalendar("REQUEST")).calendar("REQUEST");
      assertAcceptedRequest(request2, emailOf.get(ana), uidOf.get(emailOf.get(ana)));
      assertThat(request2.sequence()).isGreaterThan(request1.sequence());
      sequenceOf.put(emailOf.get(ana), request2.sequence());
      assertThat(page.get(anaLink).body()).contains("data-mode=\"ON_SITE\"");
      HttpResponse<String> download = page.get(base + "/public/invitation-calendar?t=" + token(anaLink));
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
      assertThat(download.body()).contains("METHOD:REQUEST");
      assertNoMoreMailTo(emailOf.get(ana)); // the replay sent nothing either

      // --- 3b. speaker 2 declines: the organiser gets the task to find a replacement ---------------------
      String rahimLink = toRahim.answerLink();
      HttpResponse<String> declined = page.post(rahimLink, PublicClient.form(page.get(rahimLink), "answer", "decline",
          Map.of("reason", "আমি সেদিন ঢাকার বাইরে থাকব")));
      assertThat(declined.body()).contains("id=\"recorded\"");
      assertThat(statuses(organiser, meetingId).get(rahim)).isEqualTo("DECLINED");
      awaitTrue("the organiser's FIND_REPLACEMENT task", () -> {
        String tasks = organiser.get("/api/tasks?size=100").body();
        return tasks.contains("Task_FindReplacement") && tasks.contains(meetingId);
      });

      // --- 3c. sixteen participants accept; the fifteenth is the kill -9 --------------------------------
      for (int i = 0; i < 14; i++) {
        String link = invitation.get(emailOf.get(participants.get(i))).answerLink();
        HttpResponse<String> r = page.post(link, PublicClient.form(page.get(link), "answer", "acceptOnSite", Map.of()));
        assertThat(r.body()).as("participant %d", i + 1).contains("id=\"recorded\"");
      }
      for (int i = 0; i < 14; i++) {
        String to = emailOf.get(participants.get(i));
        Ics ics = awaitMail(to, m -> m.hasCalendar("REQUEST")).calendar("REQUEST");
        assertAcceptedRequest(ics, to, uidOf.get(to));
        sequenceOf.put(to, ics.sequence());
      }

      String fifteenth = participants.get(14);
      String fifteenthLink = invitation.get(emailOf.get(fifteenth)).answerLink();
      Map<String, String> fields = PublicClient.form(page.get(fifteenthLink), "answer", "acceptOnSite", Map.of());
      HttpResponse<String> acknowledged = page.post(fifteenthLink, fields);
      long acknowledgedAt = System.nanoTime();
      server.destroyForcibly(); // SIGKILL
      long killedAfterMs = (System.nanoTime() - acknowledgedAt) / 1_000_000;
      server.waitFor();
      assertThat(acknowledged.statusCode()).isEqualTo(200);
      assertThat(acknowledged.body()).contains("id=\"recorded\"");
      assertThat(killedAfterMs).as("killed within 100 ms of the acknowledged answer").isLessThan(100);
      server = PayaraLauncher.start(options);
      assertThat(statuses(organiser, meetingId).get(fifteenth)).as("the answer survived kill -9").isEqualTo("ACCEPTED");
      Ics fifteenthRequest = awaitMail(emailOf.get(fifteenth), m -> m.hasCalendar("REQUEST")).calendar("REQUEST");
      assertAcceptedRequest(fifteenthRequest, emailOf.get(fifteenth), uidOf.get(emailOf.get(fifteenth)));
      sequenceOf.put(emailOf.get(fifteenth), fifteenthRequest.sequence());

      // the sixteenth: the room is full, the waiting list
      String sixteenth = participants.get(15);
      String sixteenthLink = invitation.get(emailOf.get(sixteenth)).answerLink();
      HttpResponse<String> waiting = page.post(sixteenthLink, PublicClient.form(page.get(sixteenthLink), "answer", "acceptOnSite", Map.of()));
      assertThat(waiting.body()).contains("id=\"recorded\"");
      assertThat(statuses(organiser, meetingId).get(sixteenth)).isEqualTo("WAITING");
      assertThat(page.get(sixteenthLink).body()).contains("data-status=\"WAITING\"").contains("data-waiting=\"1\"");
      Mail waitingMail = awaitMail(emailOf.get(sixteenth), m -> m.subject.contains("Waiting list"));
      assertThat(waitingMail.calendars).noneMatch(c -> c.method().equals("REQUEST"));
      Map<String, String> counted = statuses(organiser, meetingId);
      assertThat(participants.stream().filter(p -> "ACCEPTED".equals(counted.get(p)))).hasSize(15);

      // one declines: the waiting one is promoted and told
      String first = participants.get(0);
      String firstLink = invitation.get(emailOf.get(first)).answerLink();
      HttpResponse<String> gaveUp = page.post(firstLink, PublicClient.form(page.get(firstLink), "answer", "decline", Map.of("reason", "")));
      assertThat(gaveUp.body()).contains("id=\"recorded\"");
      Mail promoted = awaitMail(emailOf.get(sixteenth), m -> m.subject.startsWith("A place for you"));
      Ics promotedIcs = promoted.calendar("REQUEST");
      assertAcceptedRequest(promotedIcs, emailOf.get(sixteenth), uidOf.get(emailOf.get(sixteenth)));
      sequenceOf.put(emailOf.get(sixteenth), promotedIcs.sequence());
      Map<String, String> afterPromotion = statuses(organiser, meetingId);
      assertThat(afterPromotion.get(first)).isEqualTo("DECLINED");
      assertThat(afterPromotion.get(sixteenth)).isEqualTo("ACCEPTED");
      drain(); // whatever the decline sent the decliner (a CANCEL of their REQUEST, if any)

      // --- 4a. the meeting moves by a day: every accepted invitee gets an update, SEQUENCE rising --------
      List<String> acceptedContacts = afterPromotion.entrySet().stream().filter(e -> "ACCEPTED".equals(e.getValue()))
          .map(Map.Entry::getKey).toList();
      assertThat(acceptedContacts).hasSize(16).contains(ana, sixteenth).doesNotContain(first, rahim);
      LocalDate moved = day.plusDays(1);
      HttpResponse<String> rescheduled = organiser.postJson("/api/meetings/" + meetingId + "/reschedule",
          "{\"date\":\"" + moved + "\",\"startTime\":\"14:00\",\"endTime\":\"17:00\"}");
      assertThat(rescheduled.statusCode()).as(rescheduled.body()).isEqualTo(200);
      for (String contactId : acceptedContacts) {
        String to = emailOf.get(contactId);
        Ics update = awaitMail(to, m -> m.hasCalendar("REQUEST")).calendar("REQUEST");
        assertAcceptedRequest(update, to, uidOf.get(to));
        assertThat(update.sequence()).as("update to %s", to).isGreaterThan(sequenceOf.get(to));
        assertThat(update.startLocal()).isEqualTo(moved.toString().replace("-", "") + "T140000");
        sequenceOf.put(to, update.sequence());
      }

      // --- 4b. cancelled: everyone invited is told; a CANCEL where they had a REQUEST -------------------
      drain();
      HttpResponse<String> cancelled = organiser.postJson("/api/meetings/" + meetingId + "/cancel",
          "{\"reason\":\"The venue is closed by the flood\"}");
      assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
      Map<String, Mail> cancellation = awaitOneEach(emailOf.values());
      for (String contactId : acceptedContacts) {
        String to = emailOf.get(contactId);
        Ics cancel = cancellation.get(to).calendar("CANCEL");
        assertThat(cancel.uid()).isEqualTo(uidOf.get(to));
        assertThat(cancel.sequence()).isGreaterThan(sequenceOf.get(to));
        assertThat(cancel.event().getProperty(Property.STATUS).map(x -> x.getValue())).hasValue("CANCELLED");
      }
      assertThat(cancellation.get(emailOf.get(ana)).text).contains("The venue is closed by the flood");
      assertThat(cancellation.get(emailOf.get(rahim)).subject).contains("বাতিল");
      assertThat(page.get(anaLink).body()).as("no answer form once cancelled").doesNotContain("<form id=\"answer\"");
    } finally {
      PayaraLauncher.stop(server);
      greenMail.stop();
      db.drop();
    }
  }

  // --- REST set-up ---------------------------------------------------------------------------------------

  private static Browserless user(String base, Browserless admin, String role, String displayName) {
    String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    HttpResponse<String> r = admin.postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName
        + "\",\"email\":\"" + username + "@example.org\",\"password\":\"" + Browserless.PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Browserless.at(base, new Browserless(base).login(username, Browserless.PASSWORD).createToken());
  }

  /** A person with an address, a tag, a zone and languages, who consented to meeting invitations. */
  private static String contact(Browserless organiser, String name, String email, String tag, String zone, String languages) {
    HttpResponse<String> r = organiser.postJson("/api/contacts", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"emails\":[\""
        + email + "\"],\"tags\":[\"" + tag + "\"],\"timeZone\":\"" + zone + "\",\"languages\":[" + languages + "],\"categoryIds\":[4]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = group(ID, r.body());
    HttpResponse<String> consent = organiser.putJson("/api/contacts/" + id + "/consents/MEETING_INVITATIONS",
        "{\"granted\":true,\"lawfulBasis\":\"CONSENT\",\"source\":\"network sign-up form\"}");
    assertThat(consent.statusCode()).as(consent.body()).isBetween(200, 204);
    return id;
  }

  private static void invitee(Browserless organiser, String meetingId, String contactId, String kind, String topic) {
    HttpResponse<String> r = organiser.postJson("/api/meetings/" + meetingId + "/invitees", "{\"contactId\":\"" + contactId
        + "\",\"kind\":\"" + kind + "\"" + (topic == null ? "" : ",\"topic\":\"" + topic + "\"") + "}");
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  private static final Pattern INVITEE = Pattern.compile("\\{\"contactId\":\"([^\"]+)\"[^{}]*?\"status\":\"([A-Z_]+)\"");

  /** contact id → status, from the meeting's invitee list. */
  private static Map<String, String> statuses(Browserless organiser, String meetingId) {
    HttpResponse<String> r = organiser.get("/api/meetings/" + meetingId + "/invitees?size=100");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, String> out = new HashMap<>();
    Matcher m = INVITEE.matcher(r.body());
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    assertThat(out).as(r.body()).hasSize(22);
    return out;
  }

  private static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  private static String token(String link) {
    return link.substring(link.indexOf("?t=") + 3);
  }

  private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not within 30 s: " + what);
      }
      Thread.sleep(250);
    }
  }

  // --- calendar files ------------------------------------------------------------------------------------

  private static void assertAcceptedRequest(Ics ics, String email, String uid) {
    assertThat(ics.uid()).isEqualTo(uid);
    assertThat(ics.organizer()).startsWith("mailto:no-reply@");
    List<Property> attendees = ics.event().getProperties(Property.ATTENDEE);
    assertThat(attendees).hasSize(1);
    Property attendee = attendees.get(0);
    assertThat(attendee.getValue()).isEqualToIgnoringCase("mailto:" + email);
    assertThat(attendee.getParameter(Parameter.PARTSTAT).map(x -> x.getValue())).hasValue("ACCEPTED");
    assertThat(attendee.getParameter(Parameter.RSVP).map(x -> x.getValue())).hasValue("FALSE");
    assertThat(ics.tzid()).isEqualTo("Asia/Dhaka");
  }

  /** One calendar attachment, parsed and validated for its METHOD. */
  record Ics(String method, Calendar calendar) {
    static Ics parse(String text) {
      try {
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        String method = cal.getProperty(Property.METHOD).map(x -> x.getValue()).orElseThrow();
        ValidationResult itip = new ITIPValidator().validate(cal);
        assertThat(itip.hasErrors()).as("iTIP: %s", itip.getEntries()).isFalse();
        ValidationResult full = cal.validate();
        assertThat(full.hasErrors()).as("%s: %s", method, full.getEntries()).isFalse();
        assertThat(cal.getComponents(Component.VTIMEZONE)).as("VTIMEZONE").isNotEmpty();
        return new Ics(method, cal);
      } catch (Exception e) {
        throw new AssertionError("not a valid calendar file: " + e + "\n" + text, e);
      }
    }

    VEvent event() {
      List<VEvent> events = calendar.getComponents(Component.VEVENT);
      assertThat(events).hasSize(1);
      return events.get(0);
    }

    String uid() {
      return event().getProperty(Property.UID).map(x -> x.getValue()).orElseThrow();
    }

    int sequence() {
      return event().getProperty(Property.SEQUENCE).map(p -> Integer.parseInt(p.getValue())).orElse(0);
    }

    String organizer() {
      return event().getProperty(Property.ORGANIZER).map(x -> x.getValue()).orElseThrow();
    }

    String tzid() {
      Property start = event().getProperty(Property.DTSTART).orElseThrow();
      return start.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
    }

    String startLocal() {
      return event().getProperty(Property.DTSTART).map(x -> x.getValue()).orElseThrow();
    }
  }

  // --- mails ---------------------------------------------------------------------------------------------

  /** A mail as read from GreenMail: its recipient, subject, text part and calendar attachments. */
  record Mail(String to, String subject, String text, List<Ics> calendars) {
    boolean hasCalendar(String method) {
      return calendars.stream().anyMatch(c -> c.method().equals(method));
    }

    Ics calendar(String method) {
      return calendars.stream().filter(c -> c.method().equals(method)).findFirst()
          .orElseThrow(() -> new AssertionError("no METHOD:" + method + " file in \"" + subject + "\" to " + to
              + " (has " + calendars.stream().map(Ics::method).toList() + ")"));
    }

    String answerLink() {
      Matcher m = ANSWER_LINK.matcher(text);
      return m.find() ? m.group(1) : null;
    }

    static Mail of(MimeMessage message) throws Exception {
      String to = message.getRecipients(Message.RecipientType.TO)[0].toString().replaceAll(".*<|>.*", "").toLowerCase();
      StringBuilder text = new StringBuilder();
      List<Ics> calendars = new ArrayList<>();
      collect(message, text, calendars);
      return new Mail(to, message.getSubject(), text.toString(), calendars);
    }

    private static void collect(Part part, StringBuilder text, List<Ics> calendars) throws Exception {
      if (part.isMimeType("multipart/*")) {
        Multipart mp = (Multipart) part.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
          BodyPart child = mp.getBodyPart(i);
          collect(child, text, calendars);
        }
      } else if (part.isMimeType("text/calendar")) {
        calendars.add(Ics.parse(string(part)));
      } else if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        text.append(string(part));
      } else if (part.isMimeType("application/ics") || (part.getFileName() != null && part.getFileName().endsWith(".ics"))) {
        calendars.add(Ics.parse(string(part)));
      }
    }

    private static String string(Part part) throws Exception {
      Object content = part.getContent();
      if (content instanceof String s) {
        return s;
      }
      try (InputStream in = content instanceof InputStream is ? is : part.getInputStream()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
      }
    }
  }

  /** Reads every mail GreenMail received since the last read. */
  private void poll() throws Exception {
    MimeMessage[] all = greenMail.getReceivedMessages();
    for (MimeMessage message : all) {
      if (seen.add(message.getMessageID())) {
        read.add(Mail.of(message));
      }
    }
  }

  /** Waits for {@code count} new mails matching, takes them (and only them) out of the unread ones. */
  private List<Mail> awaitMails(int count, Predicate<Mail> matching) throws Exception {
    long deadline = System.currentTimeMillis() + MAIL_WAIT_MS;
    while (true) {
      poll();
      List<Mail> found = read.stream().filter(matching).limit(count).toList();
      if (found.size() == count) {
        read.removeAll(found);
        return found;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("expected " + count + " mails, got " + found.size() + "; unread: "
            + read.stream().map(m -> m.to + ": " + m.subject).collect(Collectors.joining("; ")));
      }
      Thread.sleep(200);
    }
  }

  /** Waits for one new mail to each of these addresses (the first to each), takes them out of the unread. */
  private Map<String, Mail> awaitOneEach(java.util.Collection<String> addresses) throws Exception {
    long deadline = System.currentTimeMillis() + MAIL_WAIT_MS;
    while (true) {
      poll();
      Map<String, Mail> first = new HashMap<>();
      for (Mail m : read) {
        if (addresses.contains(m.to)) {
          first.putIfAbsent(m.to, m);
        }
      }
      if (first.size() == addresses.size()) {
        read.removeAll(first.values());
        return first;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("mails to " + first.size() + " of " + addresses.size() + " addresses; missing: "
            + addresses.stream().filter(a -> !first.containsKey(a)).toList());
      }
      Thread.sleep(200);
    }
  }

  private Mail awaitMail(String to, Predicate<Mail> matching) throws Exception {
    return awaitMails(1, m -> m.to.equalsIgnoreCase(to) && matching.test(m)).get(0);
  }

  /** Waits a moment and checks nothing more reached this address. */
  private void assertNoMoreMailTo(String to) throws Exception {
    Thread.sleep(1_500);
    poll();
    assertThat(read).as("unexpected mail to %s", to).noneMatch(m -> m.to.equalsIgnoreCase(to));
  }

  /** Forgets the unread mails (after waiting for stragglers). */
  private void drain() throws Exception {
    Thread.sleep(1_500);
    poll();
    read.clear();
  }

  // --- the public answer page, the way a mail's link opens it: no cookies ----------------------------------

  private static final class Answers {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String url) {
      return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    /** Posts the form's fields to the page of the link (the form's action is the page itself). */
    HttpResponse<String> post(String link, Map<String, String> fields) {
      String body = fields.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      return send(HttpRequest.newBuilder(URI.create(link)).header("Accept", "text/html")
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  // --- a fresh database, as MailCrashIT -----------------------------------------------------------------

}

package org.redheart.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.meetings.api.InvitationAnswers;
import org.redheart.meetings.api.InvitationAnswers.AnswerInput;
import org.redheart.meetings.api.InvitationAnswers.AnswerResult;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.api.InvitationTask;
import org.redheart.meetings.api.Invitations;
import org.redheart.meetings.api.Invitees;
import org.redheart.meetings.api.MeetingSteps;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.meetings.application.InvitationEngine;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * The invitees' answers through the service in the container, with the real database (row locks,
 * one-time form tokens), outbox, events and invitation processes: the waiting list and its
 * promotion, replayed and repeated posts, a speaker's change of answer confirmed anew with a higher
 * SEQUENCE, a decline that gives the organiser a task, a suggested colleague invited from theirs.
 * (The answer page over HTTP is the public page's own test.)
 */
@ExtendWith(ArquillianExtension.class)
class InvitationAnswersContainerIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "redheart.war")
        .importFrom(new File(System.getProperty("redheart.it.war")))
        .as(WebArchive.class)
        .addAsLibrary(EngineContainerIT.openTestRunner());
  }

  @Inject Users users;
  @Inject Meetings meetings;
  @Inject MeetingSteps steps;
  @Inject Contacts contacts;
  @Inject Invitees invitees;
  @Inject Invitations invitations;
  @Inject InvitationAnswers answers;
  @Inject InvitationEngine engine;
  @Inject Links links;

  @Resource(lookup = "java:app/jdbc/redheart")
  DataSource dataSource;

  private String marker;
  private Actor organiser;

  private String meeting(int capacity) {
    marker = UUID.randomUUID().toString().substring(0, 8);
    UserSummary user = users.create(new NewUser("orga" + marker, "Organiser " + marker, null, "a-long-password-9",
        EnumSet.of(Role.ORGANISER)));
    organiser = Actor.of(user);
    MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(null, "Answers " + marker, 4L,
        LocalDate.now().plusDays(30), LocalTime.of(14, 0), LocalTime.of(17, 0), "Asia/Dhaka", "Dhaka",
        "https://meet.example.org/" + marker, 12), organiser);
    String taskId = meetings.details(meeting.id(), organiser).openSteps().get(0).taskId();
    steps.complete(taskId, Map.of("purpose", "awareness", "targetCategories", "4", "modality", "ONSITE",
        "plannedGroups", "3", "expectedParticipants", "12", "roomCapacity", Integer.toString(capacity),
        "speakersWanted", "1"), organiser);
    return meeting.id();
  }

  private String person(String name, String... tags) {
    ContactDetails c = contacts.create(new ContactInput(ContactKind.PERSON, name + " " + marker, false, null, null, "BD",
        null, Set.of("en"), List.of(address(name)), List.of(), Set.of(tags), Set.of(4L), List.of(), null, null), organiser);
    contacts.recordConsent(c.id(), ConsentPurpose.MEETING_INVITATIONS, true, LawfulBasis.CONSENT, "launch", organiser);
    return c.id();
  }

  private String address(String name) {
    return name.toLowerCase().replace(' ', '.') + "." + marker + "@example.org";
  }

  private String link(String contactId) throws SQLException {
    return links.sign(InvitationAnswers.LINK_PURPOSE, invitationIdOf(contactId), Duration.ofDays(40));
  }

  private AnswerResult answer(String link, String answer) {
    return answers.answer(link, answers.formToken(link), new AnswerInput(answer, null, null, null, null, null));
  }

  /** The calendar files (decoded) of the mails of a template to an address, oldest first. */
  private List<String> calendars(String address, String template) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select a.content_base64 from plt_outbox m"
            + " join plt_outbox_attachment a on a.outbox_id = m.id where m.recipient = ? and m.template = ?"
            + " order by m.created_at, a.seq_no")) {
      ps.setString(1, address);
      ps.setString(2, template);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // unfolded (RFC 5545 folds long lines with CRLF and a space)
          out.add(new String(Base64.getMimeDecoder().decode(rs.getString(1)), StandardCharsets.UTF_8)
              .replace("\r\n ", "").replace("\n ", ""));
        }
      }
    }
    return out;
  }

  private int mails(String address, String template) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select count(*) from plt_outbox where recipient = ? and template = ?")) {
      ps.setString(1, address);
      ps.setString(2, template);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private List<String> awaitCalendars(String address, String template, int count) throws Exception {
    List<String> files = List.of();
    for (int i = 0; i < 60 && files.size() < count; i++) {
      files = calendars(address, template);
      if (files.size() < count) {
        Thread.sleep(500);
      }
    }
    return files;
  }

  private InvitationStatus status(String meetingId, String contactId) {
    return invitations.list(meetingId, new PageRequest(0, 50), organiser).items().stream()
        .filter(s -> s.contactId().equals(contactId)).findFirst().orElseThrow();
  }

  @Test
  void theWaitingListFillsInOrderAndMovesUpWhenAPlaceFrees() throws Exception {
    String meetingId = meeting(2);
    String p1 = person("First Participant");
    String p2 = person("Second Participant");
    String p3 = person("Third Participant");
    String p4 = person("Fourth Participant");
    for (String p : List.of(p1, p2, p3, p4)) {
      invitees.add(meetingId, p, "PARTICIPANT", null, organiser);
    }
    assertEquals(4, invitations.send(meetingId, organiser).sent());

    String l1 = link(p1);
    String l3 = link(p3);
    // a scanner opening the link changes nothing
    InvitationAnswers.AnswerPage page = answers.open(l1, null);
    assertEquals("VALID", page.state());
    assertEquals("INVITED", page.status());
    assertNull(page.onlineLink(), "the online link only for those who accepted");
    assertEquals("INVITED", status(meetingId, p1).status());

    assertEquals(new AnswerResult("RECORDED", "ACCEPTED", "ON_SITE", null), answer(l1, AnswerInput.ACCEPT_ON_SITE));
    assertEquals(new AnswerResult("RECORDED", "ACCEPTED", "ONLINE", null), answer(link(p2), AnswerInput.ACCEPT_ONLINE));
    assertEquals(new AnswerResult("RECORDED", "WAITING", "ON_SITE", 1), answer(l3, AnswerInput.ACCEPT_ON_SITE));
    assertEquals(new AnswerResult("RECORDED", "WAITING", "ON_SITE", 2), answer(link(p4), AnswerInput.ACCEPT_ON_SITE));
    assertEquals(1, mails(address("Third Participant"), "invitation-waiting"));
    assertEquals("https://meet.example.org/" + marker, answers.open(l1, null).onlineLink());

    // a form posted twice acts once; the same answer again changes nothing
    String token = answers.formToken(l3);
    AnswerInput decline = new AnswerInput(AnswerInput.DECLINE, "Exams that week", null, null, null, null);
    AnswerInput wrong = new AnswerInput(AnswerInput.DELEGATE, null, "Someone", null, null, null);
    InvalidInput bad = assertThrows(InvalidInput.class, () -> answers.answer(l3, token, wrong));
    assertTrue(bad.fieldErrors().containsKey("answer"), "participants do not suggest colleagues");
    assertEquals("UNCHANGED", answers.answer(l3, token, new AnswerInput("ACCEPT_ON_SITE", null, null, null, null, null))
        .outcome(), "the token survived the refused post");
    assertEquals("REPLAYED", answers.answer(l3, token, decline).outcome());
    assertEquals("WAITING", status(meetingId, p3).status());
    assertEquals("REPLAYED", answers.answer(l3, "forged-token", decline).outcome());
    assertEquals("INVALID", answers.answer("forged." + l3, answers.formToken(l3), decline).outcome());
    assertEquals("INVALID", answers.open("forged." + l3, null).state());

    // the first accepted declines: the first waiting moves up and is told; the decline cancels the REQUEST
    AnswerResult declined = answers.answer(l1, answers.formToken(l1), decline);
    assertEquals(new AnswerResult("RECORDED", "DECLINED", null, null), declined);
    InvitationStatus third = status(meetingId, p3);
    assertEquals("ACCEPTED", third.status());
    assertEquals("PROMOTED", third.lastMailKind());
    assertEquals(1, status(meetingId, p4).waitingPosition());
    List<String> promoted = calendars(address("Third Participant"), "invitation-promoted");
    assertEquals(1, promoted.size());
    assertTrue(promoted.get(0).contains("METHOD:REQUEST") && promoted.get(0).contains("PARTSTAT=ACCEPTED"), promoted.get(0));
    List<String> confirmation = calendars(address("First Participant"), "invitation-confirmation");
    List<String> cancel = calendars(address("First Participant"), "invitation-cancelled");
    assertEquals(1, cancel.size());
    assertTrue(cancel.get(0).contains("METHOD:CANCEL"));
    assertTrue(sequence(cancel.get(0)) > sequence(confirmation.get(0)), "the CANCEL is newer than the REQUEST");
    assertEquals("Exams that week", status(meetingId, p1).reason());

    // changing back to an acceptance while the room is full: the waiting list
    assertEquals("WAITING", answer(l1, AnswerInput.ACCEPT_ONLINE).status());
    var counts = invitations.counts(meetingId, organiser);
    assertEquals(2, counts.participantsAccepted());
    assertEquals(2, counts.waiting());

    // a withdrawal of an accepted participant also frees the place
    invitations.withdraw(meetingId, p2, "Needed at the office", organiser);
    assertEquals("ACCEPTED", status(meetingId, p4).status(), "the earliest waiting moved up");
    assertEquals("WITHDRAWN", answers.open(link(p2), null).state());
    assertEquals("WITHDRAWN", answer(link(p2), AnswerInput.ACCEPT_ON_SITE).outcome());
    assertEquals("text/calendar; charset=UTF-8; method=REQUEST", answers.calendar(link(p4)).orElseThrow().contentType());
    String l4 = link(p4);
    InvalidInput notASpeaker = assertThrows(InvalidInput.class, () -> answers.upload(l4, answers.formToken(l4), "bio",
        new java.io.ByteArrayInputStream(new byte[] {1}), 1, "bio.pdf"));
    assertTrue(notASpeaker.fieldErrors().containsKey("what"));
  }

  @Test
  void aSpeakersAnswersReachTheirProcessChangesAreConfirmedAnewAndADeclineGivesATask() throws Exception {
    String meetingId = meeting(10);
    String speaker = person("Speaker Answering", "speaker");
    String delegating = person("Speaker Delegating", "speaker");
    invitees.add(meetingId, speaker, "SPEAKER", "Online safety", 20, organiser);
    invitees.add(meetingId, delegating, "SPEAKER", "Child labour", 30, organiser);
    assertEquals(2, invitations.send(meetingId, organiser).sent());
    assertEquals(1, awaitCalendars(address("Speaker Answering"), "invitation", 1).size());
    String link = link(speaker);

    assertEquals("ACCEPTED", answer(link, AnswerInput.ACCEPT_ONLINE).status());
    List<String> first = awaitCalendars(address("Speaker Answering"), "invitation-confirmation", 1);
    assertEquals(1, first.size(), "the process sent the confirmation");
    assertTrue(first.get(0).contains("METHOD:REQUEST") && first.get(0).contains("RSVP=FALSE"), first.get(0));
    assertEquals("UNCHANGED", answer(link, AnswerInput.ACCEPT_ONLINE).outcome());
    assertEquals("RECORDED", answer(link, AnswerInput.ACCEPT_ON_SITE).outcome());
    List<String> both = awaitCalendars(address("Speaker Answering"), "invitation-confirmation", 2);
    assertEquals(2, both.size(), "a change of mode is confirmed anew");
    assertTrue(sequence(both.get(1)) > sequence(both.get(0)), "with a higher SEQUENCE");
    assertEquals(uid(both.get(0)), uid(both.get(1)), "the same event");

    // the speaker's bio and slides, checked by content
    String form = answers.formToken(link);
    InvalidInput notSlides = assertThrows(InvalidInput.class, () -> answers.upload(link, form, "slides",
        new java.io.ByteArrayInputStream(docx()), -1, "slides.pptx"));
    assertTrue(notSlides.fieldErrors().containsKey("file"), "a Word file is no slides: " + notSlides.fieldErrors());
    assertEquals("RECORDED", answers.upload(link, form, "slides", new java.io.ByteArrayInputStream(PDF), PDF.length,
        "slides.pdf").outcome(), "the refused upload left the form token usable");
    assertEquals("REPLAYED", answers.upload(link, form, "bio", new java.io.ByteArrayInputStream(PDF), PDF.length,
        "bio.pdf").outcome());
    assertEquals("RECORDED", answers.upload(link, answers.formToken(link), "bio", new java.io.ByteArrayInputStream(docx()),
        -1, "bio.docx").outcome());
    InvitationStatus uploaded = status(meetingId, speaker);
    assertTrue(uploaded.bioUploaded() && uploaded.slidesUploaded());
    assertTrue(answers.open(link, null).bioUploaded());

    assertEquals("DECLINED", answer(link, AnswerInput.DECLINE).status());
    List<String> cancelled = awaitCalendars(address("Speaker Answering"), "invitation-cancelled", 1);
    assertEquals(1, cancelled.size(), "the REQUEST they held is cancelled");
    String taskId = awaitTask(invitationIdOf(speaker));
    InvitationTask task = invitations.task(taskId, organiser);
    assertEquals(InvitationTask.FIND_REPLACEMENT, task.step());
    assertEquals("DECLINED", task.invitee().status());
    assertEquals(organiser.userId(), engine.task(taskId).assigneeId(), "the organiser's task");
    invitations.completeTask(taskId, false, "Asked the deputy director", organiser);
    assertNull(engine.task(taskId));

    // the other speaker suggests a colleague: the organiser invites them from the task
    String other = link(delegating);
    AnswerResult delegated = answers.answer(other, answers.formToken(other), new AnswerInput(AnswerInput.DELEGATE,
        "On leave", "Colleague " + marker, "colleague." + marker + "@example.org", "Child Rights Forum", "knows it well"));
    assertEquals("DELEGATED", delegated.status());
    String suggestionTask = awaitTask(invitationIdOf(delegating));
    InvitationTask invite = invitations.task(suggestionTask, organiser);
    assertEquals(InvitationTask.INVITE_SUGGESTED, invite.step());
    assertNotNull(invite.suggestion());
    assertEquals("Colleague " + marker, invite.suggestion().name());
    InvalidInput noTopic = assertThrows(InvalidInput.class,
        () -> invitations.inviteSuggested(invite.suggestion().id(), " ", 20, organiser));
    assertTrue(noTopic.fieldErrors().containsKey("topic"));
    InvitationStatus invited = invitations.inviteSuggested(invite.suggestion().id(), "Child labour", 25, organiser);
    assertEquals("INVITED", invited.status());
    assertEquals("SPEAKER", invited.kind());
    assertEquals(25, invited.lengthMinutes());
    assertNull(engine.task(suggestionTask), "the task is done");
    assertEquals("INVITED", invitations.suggestions(meetingId, organiser).get(0).status());
    assertTrue(contacts.get(invited.contactId(), organiser).tags().contains("speaker"));
    assertEquals(1, awaitCalendars("colleague." + marker + "@example.org", "invitation", 1).size());
    assertFalse(invitations.meetingIds(List.of(invitationIdOf(delegating))).isEmpty());
  }

  private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
      .getBytes(StandardCharsets.US_ASCII);

  /** The smallest zip the file store takes for a Word document. */
  private static byte[] docx() throws java.io.IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      zip.write("<?xml version=\"1.0\"?><document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private String invitationIdOf(String contactId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select invitation_id from mtg_invitee where contact_id = ?")) {
      ps.setString(1, contactId);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  private String awaitTask(String invitationId) throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      List<String> open = engine.openTasks(invitationId);
      if (!open.isEmpty()) {
        return open.get(open.size() - 1);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no task for invitation " + invitationId);
  }

  private static int sequence(String ics) {
    var m = java.util.regex.Pattern.compile("(?m)^SEQUENCE:(\\d+)").matcher(ics);
    assertTrue(m.find(), ics);
    return Integer.parseInt(m.group(1));
  }

  private static String uid(String ics) {
    var m = java.util.regex.Pattern.compile("(?m)^UID:(.+)$").matcher(ics);
    assertTrue(m.find(), ics);
    return m.group(1).strip();
  }
}

package org.redheart.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.meetings.api.MeetingSteps;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.ApiTokens;
import org.redheart.platform.api.Erasure;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * The erasure test that every feature storing personal data extends: seed a person through every
 * feature, erase them, then search every text column of every table — the engine's included — for
 * their name and e-mail address, and find nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureContainerIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "redheart.war")
        .importFrom(new File(System.getProperty("redheart.it.war")))
        .as(WebArchive.class)
        .addAsLibrary(EngineContainerIT.openTestRunner());
  }

  @Inject Users users;
  @Inject ApiTokens tokens;
  @Inject Meetings meetings;
  @Inject MeetingSteps steps;
  @Inject Erasure erasure;
  @Inject org.redheart.platform.api.Outbox outbox;
  @Inject org.redheart.platform.api.FileStore files;
  @Inject Contacts contacts;
  @Inject org.redheart.platform.api.Suppressions suppressions;

  @Resource(lookup = "java:app/jdbc/redheart")
  DataSource dataSource;

  @Test
  void anErasedPersonIsFoundInNoTable() throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String name = "Rahima Erasable " + marker;
    String email = "rahima." + marker + "@example.org";
    UserSummary person = users.create(new NewUser("rahima" + marker, name, email, "a-long-password-1", EnumSet.of(Role.ORGANISER)));
    Actor asPerson = Actor.of(person);
    tokens.create(person.id(), "laptop of " + name);
    MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(null, "Meeting to erase from", 3L,
        LocalDate.now().plusDays(30), LocalTime.of(10, 0), null, "Asia/Dhaka", "Dhaka", null, 12), asPerson);
    String taskId = meetings.details(meeting.id(), asPerson).openSteps().get(0).taskId();
    steps.complete(taskId, Map.of("purpose", "awareness", "targetCategories", "3", "modality", "ONSITE",
        "plannedGroups", "3", "expectedParticipants", "12", "roomCapacity", "20", "speakersWanted", "1"), asPerson);
    outbox.enqueue(new org.redheart.platform.api.OutgoingMail(email, "en", "password-reset",
        Map.of("displayName", name, "link", "https://example.org/public/reset-password.xhtml?t=x", "validMinutes", 60),
        org.redheart.platform.api.MailPurpose.ACCOUNT, List.of(), Map.of(), person.id()));
    byte[] png = tinyPng();
    files.store(new java.io.ByteArrayInputStream(png), png.length, "photo of " + name + ".png", person.id(),
        Set.of(org.redheart.platform.api.FileKind.IMAGE));
    assertFalse(tablesContaining(name).isEmpty(), "the seed is findable before erasure");
    assertFalse(tablesContaining(email).isEmpty());
    assertFalse(tablesContaining(person.id()).stream().noneMatch(t -> t.startsWith("ACT_HI")), "the engine history knows the user id");

    UserSummary admin = users.create(new NewUser("eraser" + marker, "Eraser", null, "a-long-password-2", EnumSet.of(Role.ADMIN)));
    Erasure.Report report = erasure.eraseUser(person.id(), Actor.of(admin));

    assertTrue(report.anonymised().get("platform.users") >= 1);
    assertTrue(report.anonymised().get("platform.outbox") >= 1, "the mail to the person was anonymised");
    assertTrue(report.anonymised().get("platform.files") >= 1, "the person's file lost its name");
    assertEquals(List.of(), tablesContaining(name), "name");
    assertEquals(List.of(), tablesContaining(email), "e-mail");
    assertEquals(List.of(), tablesContaining(person.id()).stream().filter(t -> t.startsWith("ACT_")).toList(),
        "the engine's tables no longer name the user");
    assertTrue(users.verify("rahima" + marker, "a-long-password-1").isEmpty(), "the account can no longer log in");
    assertTrue(meetings.summaries(Set.of(meeting.id())).containsKey(meeting.id()), "the meeting and its figures stay");
  }

  @Inject org.redheart.network.api.MembershipApplications networkApplications;
  @Inject org.redheart.platform.api.FormTokens formTokens;

  /** Network: an applicant who became a member (and applied again, declined) is erased as a contact. */
  @Test
  void anErasedNetworkApplicantIsFoundInNoTable() throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String name = "Nasreen Applicant " + marker;
    String email = "nasreen." + marker + "@example.org";
    UserSummary supervisor = users.create(new NewUser("sup" + marker, "Supervisor", null, "a-long-password-3", EnumSet.of(Role.SUPERVISOR)));
    Actor asSupervisor = Actor.of(supervisor);
    String approvedId = apply(name, email);
    org.redheart.network.api.MemberSummary member = networkApplications.approve(approvedId, asSupervisor);
    String declinedId = apply(name, email);
    networkApplications.decline(declinedId, "Already a member, " + name, asSupervisor);
    assertFalse(tablesContaining(name).isEmpty(), "the seed is findable before erasure");
    assertTrue(tablesContaining(email).contains("NET_APPLICATION.EMAIL"));
    // two bulletin sends reached the member: one skipped them (no consent), one queued a mail
    String skippedSend = bulletinSend(member.contactId(), member.id(), "SKIPPED_NO_CONSENT", null);
    String queuedSend = bulletinSend(member.contactId(), member.id(), "QUEUED", UUID.randomUUID().toString());

    UserSummary admin = users.create(new NewUser("neteraser" + marker, "Eraser", null, "a-long-password-4", EnumSet.of(Role.ADMIN)));
    Erasure.Report report = contacts.erase(member.contactId(), Actor.of(admin));

    assertTrue(report.anonymised().get("network.applications") >= 3, "both applications and the directory entry");
    assertEquals(1, report.anonymised().get("materials.bulletin-recipients"), "the skipped recipient row: " + report);
    assertEquals(0, recipientRows(skippedSend), "what queued no mail is dropped");
    assertEquals(1, recipientRows(queuedSend), "a queued mail stays counted (the outbox erases the mail itself)");
    assertEquals(List.of(), tablesContaining(name), "name");
    assertEquals(List.of(), tablesContaining(email), "e-mail");
    assertEquals(org.redheart.network.api.ApplicationState.APPROVED,
        networkApplications.get(approvedId, asSupervisor).state(), "the application still counts");
  }

  /** A bulletin send (as the send job records it) that reached the contact in the given state. */
  private String bulletinSend(String contactId, String memberId, String state, String outboxId) throws SQLException {
    String sendId = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement p = c.prepareStatement("insert into mat_bulletin_send (id, material_id, version_number, state,"
          + " matched, queued, skipped, started_by, started_at, version) values (?, ?, 1, 'SENT', 1, ?, ?, 'erasure-it',"
          + " current_timestamp, 0)")) {
        p.setString(1, sendId);
        p.setString(2, UUID.randomUUID().toString());
        p.setInt(3, outboxId == null ? 0 : 1);
        p.setInt(4, outboxId == null ? 1 : 0);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("insert into mat_bulletin_recipient (send_id, contact_id, member_id,"
          + " state, outbox_id, recorded_at) values (?, ?, ?, ?, ?, current_timestamp)")) {
        p.setString(1, sendId);
        p.setString(2, contactId);
        p.setString(3, memberId);
        p.setString(4, state);
        p.setString(5, outboxId);
        p.executeUpdate();
      }
    }
    return sendId;
  }

  private int recipientRows(String sendId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement("select count(*) from mat_bulletin_recipient where send_id = ?")) {
      p.setString(1, sendId);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private String apply(String name, String email) {
    String token = formTokens.issue(org.redheart.network.api.MembershipApplications.FORM,
        org.redheart.network.api.MembershipApplications.FORM);
    networkApplications.submit(new org.redheart.network.api.ApplicationForm(org.redheart.network.api.MemberKind.INDIVIDUAL,
        name, null, email, "01711000000", "Bangladesh", "Dhaka", 4L, true, null, "en", true, null), token, "erasure-it");
    UserSummary reader = users.create(new NewUser("rd" + UUID.randomUUID().toString().substring(0, 8), "Reader", null,
        "a-long-password-5", EnumSet.of(Role.ADMIN)));
    for (int page = 0; page < 50; page++) {
      var pending = networkApplications.pending(new org.redheart.platform.api.PageRequest(page, 200), Actor.of(reader));
      for (var a : pending.items()) {
        if (email.equals(a.email())) {
          return a.id();
        }
      }
      if (!pending.hasNext()) {
        break;
      }
    }
    throw new AssertionError("the application of " + email + " was not stored");
  }

  @Test
  void anErasedContactIsFoundInNoTable() throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String digits = String.format("%08d", Math.abs(marker.hashCode()) % 100_000_000);
    String name = "Shahana Erasable " + marker;
    String email = "shahana." + marker + "@example.org";
    String phone = "+88017" + digits;
    UserSummary organiser = users.create(new NewUser("org" + marker, "Organiser " + marker, null, "a-long-password-3",
        EnumSet.of(Role.ORGANISER)));
    Actor asOrganiser = Actor.of(organiser);
    ContactDetails org = contacts.create(ContactInput.organisation("Erasure Test NGO " + marker, null), asOrganiser);
    ContactDetails person = contacts.create(new ContactInput(ContactKind.PERSON, name, false, null, "Jessore", "Bangladesh",
        null, Set.of("bn"), List.of(email), List.of("017" + digits), Set.of("guest speaker", "tag " + marker), Set.of(4L),
        List.of(new Affiliation(org.id(), null, "Director")), "met " + name + " at the launch", null), asOrganiser);
    contacts.recordConsent(person.id(), ConsentPurpose.BULLETIN, true, LawfulBasis.CONSENT, "launch meeting", asOrganiser);
    contacts.update(person.id(), new ContactInput(ContactKind.PERSON, name, false, null, "Jashore", "BD", null, Set.of("bn", "en"),
        List.of(email), List.of("017" + digits), Set.of("tag " + marker), Set.of(4L),
        List.of(new Affiliation(org.id(), null, "Director " + marker)), "notes about " + name, null),
        contacts.get(person.id(), asOrganiser).version(), asOrganiser);
    assertFalse(tablesContaining(name).isEmpty(), "the seed is findable before erasure");
    assertFalse(tablesContaining(email).isEmpty());
    assertFalse(tablesContaining(phone).isEmpty());

    UserSummary admin = users.create(new NewUser("eraser2" + marker, "Eraser", null, "a-long-password-4", EnumSet.of(Role.ADMIN)));
    Erasure.Report report = contacts.erase(person.id(), Actor.of(admin));

    assertTrue(report.anonymised().get("contacts.contacts") >= 4, "contact, address, phone, affiliation: " + report);
    assertEquals(List.of(), tablesContaining(name), "name");
    assertEquals(List.of(), tablesContaining(email), "e-mail");
    assertEquals(List.of(), tablesContaining(phone), "phone");
    assertTrue(suppressions.isSuppressed(email), "the address can never be imported and mailed again");
    assertFalse(contacts.mayContact(person.id(), ConsentPurpose.BULLETIN));
    assertTrue(contacts.summaries(Set.of(person.id())).containsKey(person.id()), "the anonymous row stays for the figures");
  }

  @Inject org.redheart.meetings.api.Attendance attendance;

  /** Attendance: an erased walk-in is found in no table and still counts, without gender or age band. */
  @Test
  void anErasedWalkInStillCountsButIsFoundInNoTable() throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String name = "Walk-in Erasable " + marker;
    UserSummary organiser = users.create(new NewUser("orgw" + marker, "Organiser " + marker, null, "a-long-password-5",
        EnumSet.of(Role.ORGANISER)));
    Actor asOrganiser = Actor.of(organiser);
    MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(null, "Meeting with a walk-in " + marker, 4L,
        LocalDate.now().plusDays(30), LocalTime.of(10, 0), null, "Asia/Dhaka", "Dhaka", null, 12), asOrganiser);
    org.redheart.meetings.api.CheckIn in = attendance.walkIn(meeting.id(),
        new org.redheart.meetings.api.WalkIn(name, 4L, "FEMALE", "25-34", false), "erase-" + marker, asOrganiser);
    assertFalse(tablesContaining(name).isEmpty(), "the seed is findable before erasure");

    UserSummary admin = users.create(new NewUser("eraser3" + marker, "Eraser", null, "a-long-password-6", EnumSet.of(Role.ADMIN)));
    Erasure.Report report = contacts.erase(in.attendee().contactId(), Actor.of(admin));

    assertEquals(1, report.anonymised().get("meetings.attendance"), "gender and age band cleared: " + report);
    assertEquals(List.of(), tablesContaining(name), "name");
    org.redheart.meetings.api.AttendanceCounts counts = attendance.counts(meeting.id(), asOrganiser);
    assertEquals(1, counts.adults(), "the walk-in still counts");
    assertEquals(Map.of("4", 1), counts.byCategory());
    assertEquals(Map.of("unspecified", 1), counts.byGender());
  }

  @Inject org.redheart.meetings.api.Invitees invitees;
  @Inject org.redheart.meetings.api.Invitations invitations;
  @Inject org.redheart.meetings.api.InvitationAnswers invitationAnswers;
  @Inject org.redheart.platform.api.Links links;

  /**
   * Invitations: an erased speaker's decline reason (on their invitee row and in the answer log), the
   * colleague they suggested, and another speaker's suggestion naming them are found in no table; the
   * invitation and its status stay.
   */
  @Test
  void anErasedSpeakerTheirAnswersAndSuggestionsAreFoundInNoTable() throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String name = "Speaker Erasable " + marker;
    String email = "speaker.erasable." + marker + "@example.org";
    String colleague = "Colleague Suggested " + marker;
    UserSummary organiser = users.create(new NewUser("orgi" + marker, "Organiser " + marker, null, "a-long-password-7",
        EnumSet.of(Role.ORGANISER)));
    Actor asOrganiser = Actor.of(organiser);
    MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(null, "Meeting with speakers " + marker, 4L,
        LocalDate.now().plusDays(30), LocalTime.of(10, 0), LocalTime.of(13, 0), "Asia/Dhaka", "Dhaka", null, 12),
        asOrganiser);
    ContactDetails speaker = contacts.create(new ContactInput(ContactKind.PERSON, name, false, null, null, "BD", null,
        Set.of("en"), List.of(email), List.of(), Set.of("speaker"), Set.of(4L), List.of(), null, null), asOrganiser);
    ContactDetails other = contacts.create(new ContactInput(ContactKind.PERSON, "Other Speaker " + marker, false, null,
        null, "BD", null, Set.of("en"), List.of("other." + marker + "@example.org"), List.of(), Set.of("speaker"),
        Set.of(4L), List.of(), null, null), asOrganiser);
    for (ContactDetails c : List.of(speaker, other)) {
      contacts.recordConsent(c.id(), ConsentPurpose.MEETING_INVITATIONS, true, LawfulBasis.CONSENT, "launch", asOrganiser);
      invitees.add(meeting.id(), c.id(), "SPEAKER", "Child protection online", 20, asOrganiser);
    }
    assertEquals(2, invitations.send(meeting.id(), asOrganiser).sent());

    answer(invitationOf(speaker.id()), new org.redheart.meetings.api.InvitationAnswers.AnswerInput("DELEGATE",
        "Travelling that week, " + name, colleague, "colleague." + marker + "@example.org", "NGO of " + colleague,
        "ask " + colleague + " from " + name));
    answer(invitationOf(other.id()), new org.redheart.meetings.api.InvitationAnswers.AnswerInput("DELEGATE", null,
        name, email, null, "knows the topic"));
    assertFalse(tablesContaining(name).isEmpty(), "the seed is findable before erasure");
    assertTrue(tablesContaining(colleague).contains("MTG_SPEAKER_SUGGESTION.NAME"));
    assertTrue(tablesContaining(email).contains("MTG_SPEAKER_SUGGESTION.EMAIL"));

    UserSummary admin = users.create(new NewUser("eraser4" + marker, "Eraser", null, "a-long-password-8", EnumSet.of(Role.ADMIN)));
    Erasure.Report report = contacts.erase(speaker.id(), Actor.of(admin));

    assertEquals(4, report.anonymised().get("meetings.invitations"),
        "reason on the invitee and in the log, their suggestion, the suggestion naming them: " + report);
    assertEquals(List.of(), tablesContaining(name), "name");
    assertEquals(List.of(), tablesContaining(email), "e-mail");
    assertEquals(List.of(), tablesContaining(colleague), "the colleague they suggested");
    var statuses = invitations.list(meeting.id(), new org.redheart.platform.api.PageRequest(0, 10), asOrganiser).items();
    assertEquals(2, statuses.size(), "the invitations stay");
    assertTrue(statuses.stream().allMatch(st -> "DELEGATED".equals(st.status())));
    assertTrue(invitations.suggestions(meeting.id(), asOrganiser).stream().allMatch(st -> "ERASED".equals(st.status())));
  }

  private String invitationOf(String contactId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select invitation_id from mtg_invitee where contact_id = ?")) {
      ps.setString(1, contactId);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  private void answer(String invitationId, org.redheart.meetings.api.InvitationAnswers.AnswerInput input) {
    String link = links.sign(org.redheart.meetings.api.InvitationAnswers.LINK_PURPOSE, invitationId,
        java.time.Duration.ofDays(40));
    String form = invitationAnswers.formToken(link);
    assertEquals("RECORDED", invitationAnswers.answer(link, form, input).outcome());
  }

  private static byte[] tinyPng() {
    try {
      var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
      var out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every table.column holding text that contains the value (case-insensitive). */
  private List<String> tablesContaining(String value) throws SQLException {
    List<String> hits = new ArrayList<>();
    Set<Integer> textTypes = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR,
        Types.LONGNVARCHAR, Types.NCLOB);
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"))) {
            continue;
          }
          if (textTypes.contains(rs.getInt("DATA_TYPE"))) {
            columns.add(new String[] {schema, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
          }
        }
      }
      for (String[] col : columns) {
        String table = (col[0] == null ? "" : "\"" + col[0] + "\".") + "\"" + col[1] + "\"";
        try (PreparedStatement ps = c.prepareStatement(
            "select count(*) from " + table + " where lower(\"" + col[2] + "\") like ?")) {
          ps.setString(1, "%" + value.toLowerCase() + "%");
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              hits.add(col[1].toUpperCase() + "." + col[2].toUpperCase());
            }
          }
        }
      }
    }
    return hits;
  }
}

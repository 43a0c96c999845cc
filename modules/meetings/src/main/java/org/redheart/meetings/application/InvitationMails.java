package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.InvitationAnswers;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.domain.CalendarEvent;
import org.redheart.meetings.domain.CalendarFiles;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.InvitationMail;
import org.redheart.meetings.domain.InvitationRules;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.ZoneTimes;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * The invitees' mails, through the outbox in the caller's transaction: the model the templates
 * read (in the invitee's language and zone), the calendar file each kind carries, the signed answer
 * link, and the sent log that keeps each (invitation, kind, SEQUENCE) to one mail.
 */
@ApplicationScoped
public class InvitationMails {
  private static final Logger LOG = Logger.getLogger(InvitationMails.class.getName());

  /** Reads contact details for mail on the system's behalf (a role is needed to read contacts). */
  static final Actor SYSTEM = new Actor(Audit.SYSTEM, Set.of(Role.ORGANISER));

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Contacts contacts;
  @Inject Users users;
  @Inject Links links;
  @Inject Outbox outbox;

  /** Who an invitation goes to, as mail needs them. {@code zone} falls back to the meeting's. */
  public record Recipient(String contactId, String name, String email, String language, ZoneId zone, boolean minor,
      boolean mayContact) {}

  public Recipient recipient(String contactId, Meeting meeting) {
    ContactDetails c;
    try {
      c = contacts.get(contactId, SYSTEM);
    } catch (NotFound e) {
      return new Recipient(contactId, null, null, "en", meeting.zone(), false, false);
    }
    ZoneId zone = meeting.zone();
    if (c.timeZone() != null && !c.timeZone().isBlank()) {
      try {
        zone = ZoneId.of(c.timeZone());
      } catch (java.time.DateTimeException e) {
        LOG.fine(() -> "contact " + contactId + " has an unknown zone");
      }
    }
    String email = c.emails() == null || c.emails().isEmpty() ? null : c.emails().get(0);
    return new Recipient(c.id(), c.name(), email, InvitationRules.language(c.languages(), c.countryCode()), zone,
        c.minor(), email != null && contacts.mayContact(c.id(), ConsentPurpose.MEETING_INVITATIONS));
  }

  /** The signed token of an invitation's answer link, valid until the meeting ends. */
  public String linkToken(Meeting meeting, String invitationId) {
    Instant end = InvitationRules.endOf(meeting.startsAt(), meeting.endsAt());
    Duration validity = Duration.between(Instant.now(), end);
    if (validity.isNegative() || validity.isZero()) {
      validity = Duration.ofMinutes(1);
    }
    return links.sign(InvitationAnswers.LINK_PURPOSE, invitationId, validity);
  }

  public String answerUrl(Meeting meeting, String invitationId) {
    return baseUrl() + "/public/invitation.xhtml?t=" + linkToken(meeting, invitationId);
  }

  /** The template of each mail kind. */
  static String template(String kind) {
    return switch (kind) {
      case InvitationMail.INVITATION -> "invitation";
      case InvitationMail.REMINDER -> "invitation-reminder";
      case InvitationMail.CONFIRMATION -> "invitation-confirmation";
      case InvitationMail.WAITING -> "invitation-waiting";
      case InvitationMail.PROMOTED -> "invitation-promoted";
      case InvitationMail.DAY_BEFORE -> "invitation-day-before";
      case InvitationMail.UPDATE -> "invitation-update";
      case InvitationMail.CANCELLATION -> "invitation-cancelled";
      default -> throw new IllegalArgumentException("unknown mail kind " + kind);
    };
  }

  /**
   * Enqueues one mail of a kind to the invitee, at their current SEQUENCE. With {@code once} a mail
   * of this kind already sent at this SEQUENCE is not sent again (process steps that may run twice);
   * without, it is sent anyway (answers, guarded by their form tokens). False when nothing was sent
   * (already sent, no address, no consent).
   */
  public boolean send(Meeting meeting, Invitee invitee, String kind, boolean once) {
    return send(meeting, invitee, kind, once, null);
  }

  /** As {@link #send(Meeting, Invitee, String, boolean)}, with a cancellation's reason. */
  public boolean send(Meeting meeting, Invitee invitee, String kind, boolean once, String cancelReason) {
    if (invitee.invitationId() == null) {
      return false;
    }
    InvitationMail.Key key = new InvitationMail.Key(invitee.invitationId(), kind, invitee.icsSequence());
    InvitationMail logged = em.find(InvitationMail.class, key);
    if (logged != null && once) {
      return false;
    }
    Recipient r = recipient(invitee.contactId(), meeting);
    if (r.email() == null || !r.mayContact() || r.minor()) {
      LOG.info(() -> "invitation " + invitee.invitationId() + ": no " + kind + " mail (no address or consent)");
      return false;
    }
    Map<String, Object> model = model(meeting, invitee, r, kind, cancelReason);
    List<OutgoingMail.Attachment> attachments = attachment(meeting, invitee, r, kind)
        .map(f -> List.of(new OutgoingMail.Attachment(f.fileName(), f.contentType(), f.content())))
        .orElse(List.of());
    String mailId = outbox.enqueue(new OutgoingMail(r.email(), r.language(), template(kind), model,
        MailPurpose.MEETING_INVITATIONS, attachments, Map.of("X-Redheart-Invitation", invitee.invitationId()),
        invitee.contactId()));
    if (logged != null) {
      em.remove(logged);
      em.flush();
    }
    em.persist(new InvitationMail(invitee.invitationId(), kind, invitee.icsSequence(), mailId, Instant.now()));
    invitee.lastMail(mailId, kind);
    return true;
  }

  private java.util.Optional<InvitationAnswers.CalendarFile> attachment(Meeting meeting, Invitee invitee, Recipient r,
      String kind) {
    boolean accepted = InvitationStatus.ACCEPTED.equals(invitee.status());
    return switch (kind) {
      case InvitationMail.INVITATION -> java.util.Optional.of(file(meeting, invitee, r, CalendarFiles.PUBLISH));
      case InvitationMail.CONFIRMATION, InvitationMail.PROMOTED ->
          java.util.Optional.of(file(meeting, invitee, r, CalendarFiles.REQUEST));
      case InvitationMail.UPDATE -> java.util.Optional.of(file(meeting, invitee, r,
          accepted && invitee.confirmed() ? CalendarFiles.REQUEST : CalendarFiles.PUBLISH));
      case InvitationMail.CANCELLATION -> java.util.Optional.of(file(meeting, invitee, r, CalendarFiles.CANCEL));
      default -> java.util.Optional.empty();
    };
  }

  /** The invitee's calendar file of a METHOD as it stands now. */
  public InvitationAnswers.CalendarFile file(Meeting meeting, Invitee invitee, Recipient r, String method) {
    CalendarEvent event = event(meeting, invitee, r);
    byte[] content = switch (method) {
      case CalendarFiles.REQUEST -> CalendarFiles.request(event, r.email(), r.name());
      case CalendarFiles.CANCEL -> CalendarFiles.cancel(event, invitee.confirmed() ? r.email() : null, r.name());
      default -> CalendarFiles.publish(event);
    };
    return new InvitationAnswers.CalendarFile("invitation.ics", CalendarFiles.contentType(method), content);
  }

  CalendarEvent event(Meeting meeting, Invitee invitee, Recipient r) {
    boolean accepted = InvitationStatus.ACCEPTED.equals(invitee.status());
    String location = meeting.toSummary().venue();
    String link = meeting.toSummary().onlineLink();
    if (accepted && InvitationStatus.ONLINE.equals(invitee.answerMode()) && link != null && !link.isBlank()) {
      location = link;
    }
    String url = answerUrl(meeting, invitee.invitationId());
    String description = "bn".equals(r.language())
        ? "আপনার উত্তর শুধু এই লিংকের মাধ্যমে গণ্য হবে (ক্যালেন্ডারের বোতাম কাউকে পৌঁছায় না): " + url
        : "Answers count only through this link (the calendar program's buttons reach nobody): " + url;
    String[] organizer = organizer();
    return new CalendarEvent(invitee.invitationId() + "@redheart", invitee.icsSequence(), meeting.title(), description,
        meeting.startsAt(), meeting.endsAt(), location, url, organizer[1], organizer[0]);
  }

  Map<String, Object> model(Meeting meeting, Invitee invitee, Recipient r, String kind, String cancelReason) {
    Map<String, Object> m = new LinkedHashMap<>();
    var summary = meeting.toSummary();
    m.put("name", r.name() == null ? "" : r.name());
    m.put("meetingTitle", meeting.title());
    CampaignEntry campaign = em.find(CampaignEntry.class, meeting.campaignId());
    m.put("campaignName", campaign == null || campaign.name() == null ? "" : campaign.name());
    m.put("when", ZoneTimes.when(meeting.startsAt(), meeting.endsAt(), r.zone(), r.language()));
    m.put("venue", summary.venue() == null ? "" : summary.venue());
    boolean online = summary.onlineLink() != null && !summary.onlineLink().isBlank();
    m.put("online", Boolean.toString(online));
    boolean accepted = InvitationStatus.ACCEPTED.equals(invitee.status());
    m.put("onlineLink", accepted && online && !InvitationMail.CANCELLATION.equals(kind) ? summary.onlineLink() : "");
    m.put("topic", invitee.topic() == null ? "" : invitee.topic());
    m.put("lengthMinutes", invitee.lengthMinutes() == null ? "" : invitee.lengthMinutes().toString());
    String organiser = users.displayNames(List.of(meeting.organiserId())).get(meeting.organiserId());
    m.put("invitedBy", organiser == null ? "" : organiser);
    m.put("answerUrl", InvitationMail.CANCELLATION.equals(kind) ? "" : answerUrl(meeting, invitee.invitationId()));
    m.put("kind", invitee.kind());
    m.put("mode", invitee.answerMode() == null ? "" : invitee.answerMode());
    Integer position = InvitationStatus.WAITING.equals(invitee.status())
        ? InvitationRules.position(invitee.contactId(), waitingList(meeting.id())) : null;
    m.put("waitingPosition", position == null ? "" : position.toString());
    m.put("reason", cancelReason == null ? "" : cancelReason);
    m.put("meetingCancelled", Boolean.toString(!meeting.isActive()));
    m.put("baseUrl", baseUrl());
    return m;
  }

  private List<InvitationRules.Waiting> waitingList(String meetingId) {
    return em.createQuery("select i from Invitee i where i.meetingId = :m and i.status = :s", Invitee.class)
        .setParameter("m", meetingId)
        .setParameter("s", InvitationStatus.WAITING)
        .getResultStream()
        .map(InvitationRecords::waitingOf)
        .toList();
  }

  /** Display name and address of {@code redheart.smtp.from}, the ORGANIZER of calendar files. */
  static String[] organizer() {
    String from = ConfigProvider.getConfig().getOptionalValue("redheart.smtp.from", String.class)
        .orElse("Red Heart Organiser <no-reply@localhost>").strip();
    int lt = from.indexOf('<');
    int gt = from.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      String name = from.substring(0, lt).strip().replace("\"", "");
      return new String[] {name.isEmpty() ? null : name, from.substring(lt + 1, gt).strip()};
    }
    return new String[] {null, from};
  }

  static String baseUrl() {
    String configured = ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
        .orElse("http://localhost:8080");
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}

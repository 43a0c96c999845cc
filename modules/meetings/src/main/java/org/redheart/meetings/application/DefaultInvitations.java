package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.meetings.api.InvitationCounts;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.api.InvitationTask;
import org.redheart.meetings.api.Invitations;
import org.redheart.meetings.api.Invitees;
import org.redheart.meetings.api.SpeakerSuggestion;
import org.redheart.meetings.domain.InvitationAnswer;
import org.redheart.meetings.domain.InvitationMail;
import org.redheart.meetings.domain.InvitationRules;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.Suggestion;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.MailStatus;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Sends a meeting's invitations and follows them up (the staff side). Each send and withdrawal holds
 * the meeting's row lock, as answers do, so the waiting list stays right under concurrent answers.
 */
@ApplicationScoped
@Transactional
public class DefaultInvitations implements Invitations {
  public static final String NO_ADDRESS = "NO_ADDRESS";
  public static final String NO_CONSENT = "NO_CONSENT";
  public static final String MINOR = "MINOR";
  static final String SUGGESTED_SOURCE = "suggested by a speaker";

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject MeetingAccess access;
  @Inject InvitationRecords records;
  @Inject InvitationMails mails;
  @Inject InvitationEngine engine;
  @Inject Contacts contacts;
  @Inject Outbox outbox;
  @Inject Audit audit;
  @Inject Invitees invitees;

  Clock clock = Clock.systemUTC();

  /** What sending one invitation did. */
  enum Result { SENT, ALREADY, NOT_SENT }

  @Override
  public Sent send(String meetingId, Actor actor) {
    access.workable(meetingId, actor);
    Meeting meeting = open(meetingId);
    int sent = 0;
    int already = 0;
    int notSent = 0;
    boolean participants = false;
    Instant now = clock.instant();
    for (Invitee i : records.all(meetingId)) {
      switch (sendOne(meeting, i, now)) {
        case SENT -> {
          sent++;
          participants |= !i.isSpeaker();
        }
        case ALREADY -> already++;
        case NOT_SENT -> notSent++;
      }
    }
    if (participants) {
      engine.startParticipants(meetingId);
    }
    audit.record(actor.userId(), "meeting.invitations.sent", "meeting:" + meetingId,
        Map.of("sent", Integer.toString(sent), "notSent", Integer.toString(notSent)));
    return new Sent(sent, already, notSent);
  }

  /** Sends one invitee's invitation if it is due (the meeting is locked by the caller). */
  Result sendOne(Meeting meeting, Invitee i, Instant now) {
    if (!i.sendable()) {
      return Result.ALREADY;
    }
    InvitationMails.Recipient r = mails.recipient(i.contactId(), meeting);
    if (r.minor()) {
      i.notSent(MINOR);
    } else if (r.email() == null) {
      i.notSent(NO_ADDRESS);
    } else if (!r.mayContact()) {
      i.notSent(NO_CONSENT);
    } else {
      i.invited(now);
      em.flush();
      if (i.isSpeaker()) {
        engine.startSpeaker(i.invitationId()); // its process sends the invitation (sendInvitation)
      } else {
        mails.send(meeting, i, InvitationMail.INVITATION, true);
      }
      return Result.SENT;
    }
    return Result.NOT_SENT;
  }

  /** The meeting locked, if it is still active and not over. */
  Meeting open(String meetingId) {
    Meeting meeting = records.lock(meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", meetingId);
    }
    if (!meeting.isActive()) {
      throw new InvalidInput("meeting", "is " + meeting.status().toLowerCase(java.util.Locale.ROOT)
          + ": invitations can no longer change");
    }
    if (!clock.instant().isBefore(InvitationRules.endOf(meeting.startsAt(), meeting.endsAt()))) {
      throw new InvalidInput("meeting", "has ended: invitations can no longer change");
    }
    return meeting;
  }

  // --- reading

  private static final List<String> ORDER = List.of(InvitationStatus.ACCEPTED, InvitationStatus.WAITING,
      InvitationStatus.INVITED, InvitationStatus.CHOSEN, InvitationStatus.NOT_SENT, InvitationStatus.DECLINED,
      InvitationStatus.DELEGATED, InvitationStatus.WITHDRAWN, InvitationStatus.CANCELLED);

  @Override
  public Page<InvitationStatus> list(String meetingId, PageRequest page, Actor actor) {
    access.readable(meetingId, actor);
    List<Invitee> rows = new ArrayList<>(records.all(meetingId));
    List<InvitationRules.Waiting> waiting = rows.stream()
        .filter(i -> InvitationStatus.WAITING.equals(i.status())).map(InvitationRecords::waitingOf).toList();
    rows.sort(Comparator.comparing((Invitee i) -> i.isSpeaker() ? 0 : 1)
        .thenComparing(i -> rank(i.status()))
        .thenComparing(i -> InvitationStatus.WAITING.equals(i.status())
            ? InvitationRules.position(i.contactId(), waiting) : 0)
        .thenComparing(Invitee::addedAt)
        .thenComparing(Invitee::contactId));
    List<Invitee> shown = rows.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(statuses(shown, waiting), page.page(), page.size(), rows.size());
  }

  private static int rank(String status) {
    int r = ORDER.indexOf(status);
    return r < 0 ? ORDER.size() : r;
  }

  List<InvitationStatus> statuses(List<Invitee> shown, List<InvitationRules.Waiting> waiting) {
    Map<String, ContactSummary> names = shown.isEmpty() ? Map.of()
        : contacts.summaries(shown.stream().map(Invitee::contactId).toList());
    List<String> mailIds = shown.stream().map(Invitee::lastMailId).filter(Objects::nonNull).toList();
    Map<String, MailStatus> mailStatus = mailIds.isEmpty() ? Map.of() : outbox.statuses(mailIds);
    return shown.stream().map(i -> status(i, names.get(i.contactId()),
        i.lastMailId() == null ? null : mailStatus.get(i.lastMailId()), waiting)).toList();
  }

  static InvitationStatus status(Invitee i, ContactSummary c, MailStatus mail, List<InvitationRules.Waiting> waiting) {
    Integer position = InvitationStatus.WAITING.equals(i.status()) ? InvitationRules.position(i.contactId(), waiting)
        : null;
    return new InvitationStatus(i.contactId(), c == null ? null : c.name(), i.kind(), i.topic(), i.lengthMinutes(),
        i.status(), i.answerMode(), position, i.reason(), i.notSentReason(), i.lastMailKind(),
        mail == null ? null : mail.name(), i.invitedAt(), i.answeredAt(), i.bioFileId() != null,
        i.slidesFileId() != null);
  }

  InvitationStatus statusOf(Invitee i) {
    return statuses(List.of(i), records.waitingList(i.meetingId())).get(0);
  }

  @Override
  public InvitationCounts counts(String meetingId, Actor actor) {
    Meeting meeting = access.readable(meetingId, actor);
    int chosen = 0;
    int notSent = 0;
    int invited = 0;
    int onSite = 0;
    int online = 0;
    int participants = 0;
    int waiting = 0;
    int declined = 0;
    int withdrawn = 0;
    for (Invitee i : records.all(meetingId)) {
      switch (i.status()) {
        case InvitationStatus.CHOSEN -> chosen++;
        case InvitationStatus.NOT_SENT -> notSent++;
        case InvitationStatus.INVITED -> invited++;
        case InvitationStatus.ACCEPTED -> {
          if (InvitationStatus.ONLINE.equals(i.answerMode())) {
            online++;
          } else {
            onSite++;
          }
          if (!i.isSpeaker()) {
            participants++;
          }
        }
        case InvitationStatus.WAITING -> waiting++;
        case InvitationStatus.DECLINED, InvitationStatus.DELEGATED -> declined++;
        case InvitationStatus.WITHDRAWN -> withdrawn++;
        default -> { }
      }
    }
    int open = (int) records.suggestions(meetingId).stream().filter(Suggestion::isOpen).count();
    return new InvitationCounts(meeting.roomCapacity(), chosen, notSent, invited, onSite, online, participants,
        waiting, declined, withdrawn, open);
  }

  // --- withdrawing

  @Override
  public InvitationStatus withdraw(String meetingId, String contactId, String reason, Actor actor) {
    access.workable(meetingId, actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String why = InvitationRules.text(reason, "reason", InvitationRules.MAX_REASON, errors);
    errors.throwIfAny();
    Meeting meeting = open(meetingId);
    Invitee i = contactId == null || contactId.length() > 36 ? null
        : em.find(Invitee.class, new Invitee.Key(meetingId, contactId.strip()));
    if (i == null) {
      throw new NotFound("invitee", String.valueOf(contactId));
    }
    em.refresh(i);
    if (InvitationStatus.WITHDRAWN.equals(i.status())) {
      return statusOf(i);
    }
    withdraw(meeting, i, why, actor.userId());
    return statusOf(i);
  }

  /** Withdraws one invitee of a locked meeting: they are told, a freed place goes to the next waiting. */
  void withdraw(Meeting meeting, Invitee i, String why, String byUserId) {
    Instant now = clock.instant();
    boolean wasSent = InvitationRules.SENT.contains(i.status());
    boolean freesPlace = !i.isSpeaker() && InvitationStatus.ACCEPTED.equals(i.status());
    i.closed(InvitationStatus.WITHDRAWN, null);
    if (wasSent) {
      i.nextSequence();
      mails.send(meeting, i, InvitationMail.CANCELLATION, true, why);
      i.confirmed(false);
      em.persist(new InvitationAnswer(i.invitationId(), meeting.id(), InvitationAnswer.WITHDRAWN,
          InvitationStatus.WITHDRAWN, null, now));
      em.flush();
      if (i.isSpeaker()) {
        engine.withdrawn(i.invitationId());
      }
    }
    if (freesPlace) {
      records.promote(meeting, now);
    }
    audit.record(byUserId, "meeting.invitation.withdrawn", "meeting:" + meeting.id(),
        Map.of("contact", i.contactId()), why == null ? "" : why);
  }

  // --- suggestions and tasks

  @Override
  public List<SpeakerSuggestion> suggestions(String meetingId, Actor actor) {
    access.readable(meetingId, actor);
    List<Suggestion> rows = new ArrayList<>(records.suggestions(meetingId));
    rows.sort(Comparator.comparing((Suggestion s) -> s.isOpen() ? 0 : 1)
        .thenComparing(Suggestion::createdAt, Comparator.reverseOrder()));
    return views(rows);
  }

  List<SpeakerSuggestion> views(List<Suggestion> rows) {
    Map<String, String> byInvitation = new HashMap<>();
    for (Suggestion s : rows) {
      records.byInvitation(s.invitationId()).ifPresent(i -> byInvitation.put(s.invitationId(), i.contactId()));
    }
    Map<String, ContactSummary> names = byInvitation.isEmpty() ? Map.of()
        : contacts.summaries(new LinkedHashSet<>(byInvitation.values()));
    return rows.stream().map(s -> {
      String by = byInvitation.get(s.invitationId());
      ContactSummary c = by == null ? null : names.get(by);
      return new SpeakerSuggestion(s.id(), s.meetingId(), by, c == null ? null : c.name(), s.name(), s.email(),
          s.organisation(), s.note(), s.status(), s.contactId(), s.createdAt());
    }).toList();
  }

  private Suggestion suggestion(String suggestionId) {
    Suggestion s = suggestionId == null || suggestionId.length() > 36 ? null : em.find(Suggestion.class, suggestionId);
    if (s == null) {
      throw new NotFound("suggestion", String.valueOf(suggestionId));
    }
    return s;
  }

  @Override
  public InvitationStatus inviteSuggested(String suggestionId, String topic, Integer lengthMinutes, Actor actor) {
    Suggestion s = suggestion(suggestionId);
    access.workable(s.meetingId(), actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String t = InvitationRules.text(topic, "topic", 500, errors);
    if (t == null) {
      errors.add("topic", "is required for a speaker");
    }
    InvitationRules.checkLength(lengthMinutes, errors);
    if (!s.isOpen()) {
      errors.add("suggestion", "is " + s.status().toLowerCase(java.util.Locale.ROOT) + " already");
    }
    errors.throwIfAny();
    Meeting meeting = open(s.meetingId());
    String contactId = speakerContact(s, actor);
    invitees.add(s.meetingId(), contactId, Invitee.SPEAKER, t, lengthMinutes, actor);
    Invitee i = em.find(Invitee.class, new Invitee.Key(s.meetingId(), contactId));
    sendOne(meeting, i, clock.instant());
    s.invited(contactId, actor.userId(), clock.instant());
    completeTasks(s.invitationId(), InvitationTask.INVITE_SUGGESTED);
    audit.record(actor.userId(), "meeting.suggestion.invited", "meeting:" + s.meetingId(),
        Map.of("suggestion", s.id(), "contact", contactId));
    return statusOf(i);
  }

  /** The contact for a suggested colleague: the one holding the address, else a new one; tagged "speaker". */
  private String speakerContact(Suggestion s, Actor actor) {
    ContactSummary existing = s.email() == null ? null : contacts.findByEmail(s.email()).orElse(null);
    String id;
    if (existing == null) {
      String notes = s.organisation() == null ? SUGGESTED_SOURCE : SUGGESTED_SOURCE + "; organisation: " + s.organisation();
      ContactDetails made = contacts.create(new ContactInput(ContactKind.PERSON, s.name(), false, null, null, null, null,
          Set.of(), s.email() == null ? List.of() : List.of(s.email()), List.of(), Set.of(Invitees.SPEAKER_TAG),
          Set.of(), List.of(), notes, null), actor);
      id = made.id();
    } else {
      id = existing.id();
      if (existing.tags().stream().noneMatch(tag -> tag.equalsIgnoreCase(Invitees.SPEAKER_TAG))) {
        ContactDetails d = contacts.get(id, actor);
        Set<String> tags = new java.util.HashSet<>(d.tags());
        tags.add(Invitees.SPEAKER_TAG);
        contacts.update(id, new ContactInput(d.kind(), d.name(), d.minor(), d.guardianConsentOn(), d.district(),
            d.countryCode(), d.timeZone(), d.languages(), d.emails(), d.phones(), tags, d.categoryIds(),
            d.affiliations(), d.notes(), d.attendancePreference()), d.version(), actor);
      }
    }
    ContactDetails d = contacts.get(id, actor);
    if (d.consent(ConsentPurpose.MEETING_INVITATIONS).isEmpty()) {
      contacts.recordConsent(id, ConsentPurpose.MEETING_INVITATIONS, true, LawfulBasis.LEGITIMATE_INTERESTS,
          SUGGESTED_SOURCE, actor);
    }
    return id;
  }

  @Override
  public void dismissSuggestion(String suggestionId, String note, Actor actor) {
    Suggestion s = suggestion(suggestionId);
    access.workable(s.meetingId(), actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String n = InvitationRules.text(note, "note", InvitationRules.MAX_NOTE, errors);
    errors.throwIfAny();
    if (!s.isOpen()) {
      return;
    }
    s.dismissed(actor.userId(), clock.instant());
    completeTasks(s.invitationId(), InvitationTask.INVITE_SUGGESTED);
    audit.record(actor.userId(), "meeting.suggestion.dismissed", "meeting:" + s.meetingId(),
        Map.of("suggestion", s.id()), n == null ? "" : n);
  }

  private void completeTasks(String invitationId, String step) {
    for (String taskId : engine.openTasks(invitationId)) {
      InvitationEngine.TaskRef ref = engine.task(taskId);
      if (ref != null && step.equals(ref.step())) {
        engine.complete(taskId);
      }
    }
  }

  @Override
  public InvitationTask task(String taskId, Actor actor) {
    InvitationEngine.TaskRef ref = taskId == null || taskId.length() > 64 ? null : engine.task(taskId);
    Invitee i = ref == null ? null : records.byInvitation(ref.invitationId()).orElse(null);
    if (i == null) {
      throw new NotFound("task", String.valueOf(taskId));
    }
    Meeting meeting = access.readable(i.meetingId(), actor);
    SpeakerSuggestion suggestion = null;
    if (InvitationTask.INVITE_SUGGESTED.equals(ref.step())) {
      suggestion = records.openSuggestion(i.invitationId()).map(s -> views(List.of(s)).get(0)).orElse(null);
    }
    return new InvitationTask(ref.taskId(), ref.step(), i.meetingId(), meeting.title(), statusOf(i), suggestion,
        ref.createdAt(), ref.dueAt());
  }

  @Override
  public void completeTask(String taskId, boolean withdraw, String note, Actor actor) {
    InvitationEngine.TaskRef ref = taskId == null || taskId.length() > 64 ? null : engine.task(taskId);
    Invitee i = ref == null ? null : records.byInvitation(ref.invitationId()).orElse(null);
    if (i == null) {
      throw new NotFound("task", String.valueOf(taskId));
    }
    access.workable(i.meetingId(), actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String n = InvitationRules.text(note, "note", InvitationRules.MAX_NOTE, errors);
    errors.throwIfAny();
    if (withdraw && !InvitationStatus.WITHDRAWN.equals(i.status())) {
      Meeting meeting = open(i.meetingId());
      em.refresh(i);
      withdraw(meeting, i, n, actor.userId());
    }
    if (engine.task(taskId) != null) {
      engine.complete(taskId);
    }
    audit.record(actor.userId(), "meeting.invitation.task.completed", "meeting:" + i.meetingId(),
        Map.of("task", taskId, "step", ref.step(), "withdraw", Boolean.toString(withdraw)), n == null ? "" : n);
  }

  @Override
  public Map<String, String> meetingIds(Collection<String> invitationIds) {
    List<String> ids = invitationIds == null ? List.of()
        : invitationIds.stream().filter(Objects::nonNull).filter(s -> s.length() <= 36).distinct().toList();
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      em.createQuery("select i.invitationId, i.meetingId from Invitee i where i.invitationId in :ids", Object[].class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(r -> out.put((String) r[0], (String) r[1]));
    }
    return out;
  }
}

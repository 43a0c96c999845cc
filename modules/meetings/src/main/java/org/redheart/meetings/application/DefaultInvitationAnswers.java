package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redheart.meetings.api.InvitationAnswers;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.domain.CalendarFiles;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.InvitationAnswer;
import org.redheart.meetings.domain.InvitationAnswered;
import org.redheart.meetings.domain.InvitationMail;
import org.redheart.meetings.domain.InvitationRules;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.Suggestion;
import org.redheart.meetings.domain.ZoneTimes;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.Users;

/**
 * The invitee's side of an invitation, reached through its signed link. Opening changes nothing; an
 * answer is checked, then its one-time form token consumed, applied under the meeting's row lock
 * (capacity), logged and mailed in one transaction; a speaker's answer is then told to their process
 * by the {@link InvitationAnsweredHandler} (a persisted event, retried until it lands).
 */
@ApplicationScoped
@Transactional
public class DefaultInvitationAnswers implements InvitationAnswers {
  static final String BIO = "bio";
  static final String SLIDES = "slides";
  private static final String PDF = "application/pdf";
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Links links;
  @Inject FormTokens formTokens;
  @Inject InvitationRecords records;
  @Inject InvitationMails mails;
  @Inject Events events;
  @Inject Audit audit;
  @Inject FileStore files;
  @Inject Users users;

  Clock clock = Clock.systemUTC();

  /** The invitee of a genuine link, or empty. */
  Optional<Invitee> invitee(String linkToken) {
    if (linkToken == null || linkToken.isBlank() || linkToken.length() > 2000) {
      return Optional.empty();
    }
    return links.verify(LINK_PURPOSE, linkToken.strip()).flatMap(records::byInvitation);
  }

  /** VALID, or why the link no longer works. */
  String state(Meeting meeting, Invitee i) {
    if (meeting == null) {
      return AnswerPage.INVALID;
    }
    if (!meeting.isActive() || InvitationStatus.CANCELLED.equals(i.status())) {
      return AnswerPage.CANCELLED;
    }
    if (!clock.instant().isBefore(InvitationRules.endOf(meeting.startsAt(), meeting.endsAt()))) {
      return AnswerPage.ENDED;
    }
    if (InvitationStatus.WITHDRAWN.equals(i.status())) {
      return AnswerPage.WITHDRAWN;
    }
    if (!InvitationRules.ANSWERABLE.contains(i.status())) {
      return AnswerPage.INVALID;
    }
    return AnswerPage.VALID;
  }

  @Override
  public AnswerPage open(String linkToken, String language) {
    Optional<Invitee> found = invitee(linkToken);
    if (found.isEmpty()) {
      return new AnswerPage(AnswerPage.INVALID, null, "bn".equals(language) ? "bn" : "en", null, null, null, null, null,
          false, null, null, null, null, null, null, null, null, false, false);
    }
    Invitee i = found.get();
    Meeting meeting = em.find(Meeting.class, i.meetingId());
    String state = state(meeting, i);
    if (AnswerPage.INVALID.equals(state)) {
      return new AnswerPage(state, null, "bn".equals(language) ? "bn" : "en", null, null, null, null, null, false, null,
          null, null, null, null, null, null, null, false, false);
    }
    InvitationMails.Recipient r = mails.recipient(i.contactId(), meeting);
    String lang = "en".equals(language) || "bn".equals(language) ? language : r.language();
    var summary = meeting.toSummary();
    boolean online = summary.onlineLink() != null && !summary.onlineLink().isBlank();
    boolean accepted = InvitationStatus.ACCEPTED.equals(i.status()) && AnswerPage.VALID.equals(state);
    CampaignEntry campaign = em.find(CampaignEntry.class, meeting.campaignId());
    String organiser = users.displayNames(java.util.List.of(meeting.organiserId())).get(meeting.organiserId());
    Integer position = InvitationStatus.WAITING.equals(i.status())
        ? InvitationRules.position(i.contactId(), records.waitingList(meeting.id())) : null;
    return new AnswerPage(state, i.kind(), lang, r.name(), meeting.title(), campaign == null ? null : campaign.name(),
        ZoneTimes.when(meeting.startsAt(), meeting.endsAt(), r.zone(), lang), summary.venue(), online,
        accepted && online ? summary.onlineLink() : null, i.topic(), i.lengthMinutes(), organiser, i.status(),
        i.answerMode(), position, i.reason(), i.bioFileId() != null, i.slidesFileId() != null);
  }

  @Override
  public String formToken(String linkToken) {
    if (invitee(linkToken).isEmpty()) {
      return null; // no form is shown for a forged or unknown link (and nothing is stored for it)
    }
    return formTokens.issue(FORM, linkToken.strip());
  }

  @Override
  public AnswerResult answer(String linkToken, String formToken, AnswerInput input) {
    Optional<Invitee> found = invitee(linkToken);
    if (found.isEmpty()) {
      return new AnswerResult(AnswerPage.INVALID, null, null, null);
    }
    Invitee i = found.get();
    Meeting meeting = records.lock(i.meetingId()); // one answer at a time per meeting: the room's places
    records.fresh(i);
    String state = state(meeting, i);
    if (!AnswerPage.VALID.equals(state)) {
      return new AnswerResult(state, i.status(), i.answerMode(), null);
    }
    AnswerInput in = InvitationRules.checkAnswer(input, i.kind()); // before the token: a bad post may be fixed
    if (formToken == null || formToken.length() > 500 || !formTokens.consume(FORM, linkToken.strip(), formToken)) {
      return result(AnswerResult.REPLAYED, i);
    }
    InvitationRules.Decision d = InvitationRules.decide(i.current(), in.answer(),
        records.acceptedParticipants(meeting.id()), meeting.roomCapacity());
    if (!d.recorded()) {
      return result(AnswerResult.UNCHANGED, i);
    }
    Instant now = clock.instant();
    i.answered(d, in.reason(), now);
    if (d.confirm()) {
      i.nextSequence();
      i.confirmed(true);
    }
    if (d.cancelRequest()) {
      i.nextSequence();
    }
    InvitationAnswer logged = new InvitationAnswer(i.invitationId(), meeting.id(), in.answer(), d.status(), in.reason(),
        now);
    em.persist(logged);
    if (AnswerInput.DELEGATE.equals(in.answer())) {
      em.persist(new Suggestion(meeting.id(), i.invitationId(), in.colleagueName(), in.colleagueEmail(),
          in.colleagueOrganisation(), in.note(), now));
    }
    em.flush();
    if (i.isSpeaker()) {
      // the process sends the speaker's mails; it is told after this commits, retried until it is
      events.publish(new InvitationAnswered(meeting.id(), i.invitationId(), logged.id()));
    } else {
      participantMails(meeting, i, d);
      logged.told(now); // no process waits for a participant's answer
      if (d.freesPlace()) {
        records.promote(meeting, now);
      }
    }
    audit.record(i.contactId(), "meeting.invitation.answered", "meeting:" + meeting.id(),
        Map.of("invitation", i.invitationId(), "answer", in.answer(), "outcome", d.status()));
    return result(AnswerResult.RECORDED, i);
  }

  private void participantMails(Meeting meeting, Invitee i, InvitationRules.Decision d) {
    if (d.confirm()) {
      mails.send(meeting, i, InvitationMail.CONFIRMATION, false);
    } else if (d.joinsWaitingList()) {
      mails.send(meeting, i, InvitationMail.WAITING, false);
    } else if (d.cancelRequest()) {
      mails.send(meeting, i, InvitationMail.CANCELLATION, false);
      i.confirmed(false);
    }
  }

  private AnswerResult result(String outcome, Invitee i) {
    Integer position = InvitationStatus.WAITING.equals(i.status())
        ? InvitationRules.position(i.contactId(), records.waitingList(i.meetingId())) : null;
    return new AnswerResult(outcome, i.status(), i.answerMode(), position);
  }

  @Override
  public AnswerResult upload(String linkToken, String formToken, String what, InputStream content,
      long declaredLength, String declaredName) {
    Optional<Invitee> found = invitee(linkToken);
    if (found.isEmpty()) {
      return new AnswerResult(AnswerPage.INVALID, null, null, null);
    }
    Invitee i = found.get();
    Meeting meeting = em.find(Meeting.class, i.meetingId());
    String state = state(meeting, i);
    if (!AnswerPage.VALID.equals(state)) {
      return new AnswerResult(state, i.status(), i.answerMode(), null);
    }
    if (!i.isSpeaker()) {
      throw new InvalidInput("what", "only speakers upload a bio or slides");
    }
    if (!BIO.equals(what) && !SLIDES.equals(what)) {
      throw new InvalidInput("what", "must be bio or slides");
    }
    if (content == null) {
      throw new InvalidInput("file", "is required");
    }
    if (formToken == null || formToken.length() > 500 || !formTokens.consume(FORM, linkToken.strip(), formToken)) {
      return result(AnswerResult.REPLAYED, i);
    }
    // owned by the contact: erasing them clears the file's name too (the store's erasure goes by owner)
    FileInfo info = files.store(content, declaredLength, declaredName, i.contactId(),
        Set.of(FileKind.DOCUMENT));
    Set<String> allowed = BIO.equals(what) ? Set.of(PDF, DOCX) : Set.of(PDF, PPTX);
    if (!allowed.contains(info.contentType())) {
      // rolls back the token and the file's record: the form can be posted again with the right file
      throw new InvalidInput("file", BIO.equals(what) ? "a bio must be a PDF or Word (docx) file"
          : "slides must be a PDF or PowerPoint (pptx) file");
    }
    if (BIO.equals(what)) {
      i.bioFile(info.id());
    } else {
      i.slidesFile(info.id());
    }
    audit.record(i.contactId(), "meeting.invitation.uploaded", "meeting:" + meeting.id(),
        Map.of("invitation", i.invitationId(), "what", what, "file", info.id()));
    return result(AnswerResult.RECORDED, i);
  }

  @Override
  public Optional<CalendarFile> calendar(String linkToken) {
    Optional<Invitee> found = invitee(linkToken);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Invitee i = found.get();
    Meeting meeting = em.find(Meeting.class, i.meetingId());
    String state = state(meeting, i);
    if (AnswerPage.INVALID.equals(state) || AnswerPage.ENDED.equals(state)) {
      return Optional.empty();
    }
    InvitationMails.Recipient r = mails.recipient(i.contactId(), meeting);
    String method;
    if (!AnswerPage.VALID.equals(state)) {
      method = CalendarFiles.CANCEL;
    } else if (InvitationStatus.ACCEPTED.equals(i.status()) && i.confirmed() && r.email() != null) {
      method = CalendarFiles.REQUEST;
    } else {
      method = CalendarFiles.PUBLISH;
    }
    return Optional.of(mails.file(meeting, i, r, method));
  }
}

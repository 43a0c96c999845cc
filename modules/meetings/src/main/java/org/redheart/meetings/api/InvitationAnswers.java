package org.redheart.meetings.api;

import java.io.InputStream;
import java.util.Optional;

/**
 * The invitee's side: the answer page an invitation link opens (no login, no session). The link is a
 * signed token (purpose {@link #LINK_PURPOSE}, subject the invitation id) valid until the meeting
 * ends; opening it (GET) never changes anything. Every form posted from the page carries a one-time
 * token ({@link #formToken}) consumed in the transaction of the answer, so a replayed post changes
 * nothing. An answer is committed first (with its mails) and then told to the invitation process in a
 * separate step that retries, so no answer is lost.
 */
public interface InvitationAnswers {

  String LINK_PURPOSE = "invitation";
  String FORM = "invitation-answer";

  /** What the page shows. {@code state}: VALID, INVALID (forged, malformed), ENDED, CANCELLED, WITHDRAWN. */
  record AnswerPage(
      String state,
      String kind,
      String language,
      String inviteeName,
      String meetingTitle,
      String campaignName,
      String when,
      String venue,
      boolean online,
      String onlineLink,
      String topic,
      Integer lengthMinutes,
      String invitedBy,
      String status,
      String mode,
      Integer waitingPosition,
      String reason,
      boolean bioUploaded,
      boolean slidesUploaded) {
    public static final String VALID = "VALID";
    public static final String INVALID = "INVALID";
    public static final String ENDED = "ENDED";
    public static final String CANCELLED = "CANCELLED";
    public static final String WITHDRAWN = "WITHDRAWN";
  }

  /**
   * An answer: {@code answer} ACCEPT_ON_SITE, ACCEPT_ONLINE, DECLINE (optional {@code reason}) or
   * DELEGATE (speakers: decline and suggest a colleague: {@code colleagueName} required, e-mail
   * optional but well-formed, organisation and note optional).
   */
  record AnswerInput(
      String answer,
      String reason,
      String colleagueName,
      String colleagueEmail,
      String colleagueOrganisation,
      String note) {
    public static final String ACCEPT_ON_SITE = "ACCEPT_ON_SITE";
    public static final String ACCEPT_ONLINE = "ACCEPT_ONLINE";
    public static final String DECLINE = "DECLINE";
    public static final String DELEGATE = "DELEGATE";
  }

  /**
   * What a post did. {@code outcome}: RECORDED (the answer is stored), UNCHANGED (the same answer
   * again), REPLAYED (the form token was used, unknown or expired: nothing changed), and the page
   * states INVALID, ENDED, CANCELLED, WITHDRAWN (nothing changed). {@code status}, {@code mode} and
   * {@code waitingPosition} as they stand after it.
   */
  record AnswerResult(String outcome, String status, String mode, Integer waitingPosition) {
    public static final String RECORDED = "RECORDED";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String REPLAYED = "REPLAYED";
  }

  /** A calendar file to download: name, content type ({@code text/calendar; method=...}) and bytes. */
  record CalendarFile(String fileName, String contentType, byte[] content) {}

  /** The page for a link; {@code language} "en"/"bn" to switch, null for the invitee's own. */
  AnswerPage open(String linkToken, String language);

  /** A fresh one-time token for one form on the page of this link; null for a forged or unknown link. */
  String formToken(String linkToken);

  /**
   * Records an answer.
   *
   * @throws org.redheart.platform.api.InvalidInput for an unknown answer, a delegate without a name, a
   *     malformed e-mail, or text too long (nothing changed, the form token stays usable)
   */
  AnswerResult answer(String linkToken, String formToken, AnswerInput input);

  /**
   * Stores a speaker's bio ({@code what} "bio": PDF or Word) or slides ("slides": PDF or PowerPoint)
   * through the file store, checked by content; replaces an earlier one.
   *
   * @throws org.redheart.platform.api.InvalidInput for a wrong kind of file or an invitee who is not a speaker
   * @throws org.redheart.platform.api.FileTooLarge above the file store's limit
   */
  AnswerResult upload(String linkToken, String formToken, String what, InputStream content, long declaredLength,
      String declaredName);

  /** The calendar file of the link's invitation as it stands (PUBLISH, or REQUEST once accepted). */
  Optional<CalendarFile> calendar(String linkToken);

}

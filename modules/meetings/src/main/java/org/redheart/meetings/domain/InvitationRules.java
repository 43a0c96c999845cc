package org.redheart.meetings.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.redheart.meetings.api.InvitationAnswers.AnswerInput;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.platform.api.InvalidInput;

/**
 * The invitation's state machine, pure: what an answer does to an invitee (speakers never wait; an
 * acceptance when the accepted participants fill the room joins the waiting list; the same answer
 * again changes nothing; a change between on site and online is recorded and confirmed anew), who
 * moves up from the waiting list when a place frees, and the checks on what an answer page posts.
 */
public final class InvitationRules {

  public static final int MAX_REASON = 1000;
  public static final int MAX_NAME = 200;
  public static final int MAX_EMAIL = 320;
  public static final int MAX_ORGANISATION = 300;
  public static final int MAX_NOTE = 1000;
  public static final int MIN_LENGTH_MINUTES = 5;
  public static final int MAX_LENGTH_MINUTES = 240;
  /** How long a meeting without an end time is taken to last. */
  public static final Duration DEFAULT_LENGTH = Duration.ofHours(3);

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  /** Statuses an invitee can answer from (the link works). */
  public static final Set<String> ANSWERABLE = Set.of(InvitationStatus.INVITED, InvitationStatus.ACCEPTED,
      InvitationStatus.WAITING, InvitationStatus.DECLINED, InvitationStatus.DELEGATED);

  /** Statuses of invitees who were sent an invitation (they must be told of a move or cancellation). */
  public static final Set<String> SENT = ANSWERABLE;

  private InvitationRules() {}

  /** Where an invitee stands before an answer. {@code confirmed}: a METHOD:REQUEST stands for them. */
  public record Current(String kind, String status, String mode, boolean confirmed) {}

  /**
   * What an answer does. {@code outcome} RECORDED or UNCHANGED; {@code status}/{@code mode} after it;
   * {@code joinsWaitingList}: they go to the end of the waiting list now; {@code freesPlace}: an accepted
   * participant left, the first waiting one may move up; {@code confirm}: a new confirmation (REQUEST with
   * the next SEQUENCE) is due; {@code cancelRequest}: a REQUEST stood and no longer does (CANCEL due).
   */
  public record Decision(String outcome, String status, String mode, boolean joinsWaitingList, boolean freesPlace,
      boolean confirm, boolean cancelRequest) {
    public boolean recorded() {
      return RECORDED.equals(outcome);
    }
  }

  public static final String RECORDED = "RECORDED";
  public static final String UNCHANGED = "UNCHANGED";

  /**
   * Applies an answer.
   *
   * @param acceptedParticipants accepted participants of the meeting now (this invitee included if accepted)
   * @param capacity the room capacity, null for no limit
   * @throws IllegalArgumentException for an unknown answer, a status that cannot be answered, or a
   *     participant delegating (check with {@link #checkAnswer} first)
   */
  public static Decision decide(Current now, String answer, long acceptedParticipants, Integer capacity) {
    if (!ANSWERABLE.contains(now.status())) {
      throw new IllegalArgumentException("an invitee who is " + now.status() + " cannot answer");
    }
    boolean speaker = Invitee.SPEAKER.equals(now.kind());
    String status = now.status();
    switch (answer) {
      case AnswerInput.ACCEPT_ON_SITE, AnswerInput.ACCEPT_ONLINE -> {
        String mode = AnswerInput.ACCEPT_ONLINE.equals(answer) ? InvitationStatus.ONLINE : InvitationStatus.ON_SITE;
        if (InvitationStatus.ACCEPTED.equals(status)) {
          return mode.equals(now.mode()) ? unchanged(now)
              : new Decision(RECORDED, InvitationStatus.ACCEPTED, mode, false, false, true, false);
        }
        if (InvitationStatus.WAITING.equals(status)) {
          return mode.equals(now.mode()) ? unchanged(now)
              : new Decision(RECORDED, InvitationStatus.WAITING, mode, false, false, false, false);
        }
        if (!speaker && full(acceptedParticipants, capacity)) {
          return new Decision(RECORDED, InvitationStatus.WAITING, mode, true, false, false, false);
        }
        return new Decision(RECORDED, InvitationStatus.ACCEPTED, mode, false, false, true, false);
      }
      case AnswerInput.DECLINE -> {
        if (InvitationStatus.DECLINED.equals(status)) {
          return unchanged(now);
        }
        boolean wasAccepted = InvitationStatus.ACCEPTED.equals(status);
        return new Decision(RECORDED, InvitationStatus.DECLINED, null, false, wasAccepted && !speaker, false,
            now.confirmed());
      }
      case AnswerInput.DELEGATE -> {
        if (!speaker) {
          throw new IllegalArgumentException("only speakers suggest a colleague");
        }
        // every suggestion is recorded (a second one names another colleague)
        return new Decision(RECORDED, InvitationStatus.DELEGATED, null, false, false, false, now.confirmed());
      }
      default -> throw new IllegalArgumentException("unknown answer " + answer);
    }
  }

  private static Decision unchanged(Current now) {
    return new Decision(UNCHANGED, now.status(), now.mode(), false, false, false, false);
  }

  /** Whether the accepted participants fill the room (never with an unknown capacity). */
  public static boolean full(long acceptedParticipants, Integer capacity) {
    return capacity != null && acceptedParticipants >= capacity;
  }

  /** A participant on the waiting list, in its order. */
  public record Waiting(String contactId, Instant since) {}

  /** The waiting list's order: earliest first, then by contact id. */
  public static final Comparator<Waiting> ORDER =
      Comparator.comparing(Waiting::since, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Waiting::contactId);

  /**
   * Who moves up from the waiting list: the first ones in order, as many as there are free places
   * (all of them when the capacity is unknown).
   */
  public static List<String> promotions(long acceptedParticipants, Integer capacity, List<Waiting> waiting) {
    List<Waiting> ordered = waiting.stream().sorted(ORDER).toList();
    long free = capacity == null ? ordered.size() : Math.max(0, capacity - acceptedParticipants);
    return ordered.stream().limit(free).map(Waiting::contactId).toList();
  }

  /** The 1-based position of a participant on the waiting list, or null when they are not on it. */
  public static Integer position(String contactId, List<Waiting> waiting) {
    List<Waiting> ordered = waiting.stream().sorted(ORDER).toList();
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).contactId().equals(contactId)) {
        return i + 1;
      }
    }
    return null;
  }

  /**
   * Checks what an answer page posted, normalised (answer upper-case, texts stripped, blank as null).
   *
   * @throws InvalidInput field by field; nothing is changed
   */
  public static AnswerInput checkAnswer(AnswerInput in, String kind) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (in == null) {
      throw new InvalidInput("answer", "is required");
    }
    String answer = in.answer() == null ? "" : in.answer().strip().toUpperCase(Locale.ROOT);
    if (!Set.of(AnswerInput.ACCEPT_ON_SITE, AnswerInput.ACCEPT_ONLINE, AnswerInput.DECLINE, AnswerInput.DELEGATE)
        .contains(answer)) {
      errors.add("answer", "must be ACCEPT_ON_SITE, ACCEPT_ONLINE, DECLINE or DELEGATE");
    } else if (AnswerInput.DELEGATE.equals(answer) && !Invitee.SPEAKER.equals(kind)) {
      errors.add("answer", "only speakers can suggest a colleague");
    }
    String reason = text(in.reason(), "reason", MAX_REASON, errors);
    String name = null;
    String email = null;
    String organisation = null;
    String note = null;
    if (AnswerInput.DELEGATE.equals(answer)) {
      name = text(in.colleagueName(), "colleagueName", MAX_NAME, errors);
      if (name == null) {
        errors.add("colleagueName", "is required: who do you suggest?");
      }
      email = text(in.colleagueEmail(), "colleagueEmail", MAX_EMAIL, errors);
      if (email != null && !EMAIL.matcher(email).matches()) {
        errors.add("colleagueEmail", "is not an e-mail address");
      }
      organisation = text(in.colleagueOrganisation(), "colleagueOrganisation", MAX_ORGANISATION, errors);
      note = text(in.note(), "note", MAX_NOTE, errors);
    }
    errors.throwIfAny();
    return new AnswerInput(answer, reason, name, email, organisation, note);
  }

  /** A speaker's talk length: null, or 5 to 240 minutes. */
  public static Integer checkLength(Integer lengthMinutes, InvalidInput.Collector errors) {
    if (lengthMinutes != null && (lengthMinutes < MIN_LENGTH_MINUTES || lengthMinutes > MAX_LENGTH_MINUTES)) {
      errors.add("lengthMinutes", "must be between " + MIN_LENGTH_MINUTES + " and " + MAX_LENGTH_MINUTES + " minutes");
    }
    return lengthMinutes;
  }

  /** A stripped text of at most {@code max} characters, null when blank. */
  public static String text(String value, String field, int max, InvalidInput.Collector errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      errors.add(field, "must be at most " + max + " characters");
    }
    return v;
  }

  /** The invitee's mail language: Bangla for Bangla readers without English, or both in Bangladesh. */
  public static String language(Set<String> languages, String countryCode) {
    boolean bn = false;
    boolean en = false;
    for (String l : languages == null ? Set.<String>of() : languages) {
      String code = l == null ? "" : l.strip().toLowerCase(Locale.ROOT);
      bn |= code.equals("bn") || code.startsWith("bn-") || code.startsWith("bn_");
      en |= code.equals("en") || code.startsWith("en-") || code.startsWith("en_");
    }
    if (bn && (!en || "BD".equalsIgnoreCase(countryCode))) {
      return "bn";
    }
    return "en";
  }

  /** When a meeting ends: its end, or its start plus {@link #DEFAULT_LENGTH}. */
  public static Instant endOf(ZonedDateTime start, ZonedDateTime end) {
    return end != null ? end.toInstant() : start.toInstant().plus(DEFAULT_LENGTH);
  }
}

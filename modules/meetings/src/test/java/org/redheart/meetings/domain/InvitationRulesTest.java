package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.InvitationAnswers.AnswerInput;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.platform.api.InvalidInput;

class InvitationRulesTest {

  private static final String SPEAKER = Invitee.SPEAKER;
  private static final String PARTICIPANT = Invitee.PARTICIPANT;

  private static InvitationRules.Current now(String kind, String status, String mode, boolean confirmed) {
    return new InvitationRules.Current(kind, status, mode, confirmed);
  }

  private static InvitationRules.Current invited(String kind) {
    return now(kind, InvitationStatus.INVITED, null, false);
  }

  @Test
  void aParticipantAcceptsWhileThereIsRoomAndIsConfirmed() {
    var d = InvitationRules.decide(invited(PARTICIPANT), AnswerInput.ACCEPT_ON_SITE, 14, 15);
    assertThat(d.outcome()).isEqualTo(InvitationRules.RECORDED);
    assertThat(d.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(d.mode()).isEqualTo(InvitationStatus.ON_SITE);
    assertThat(d.confirm()).isTrue();
    assertThat(d.joinsWaitingList()).isFalse();
  }

  @Test
  void anAcceptanceWhenTheRoomIsFullJoinsTheWaitingListWithoutConfirmation() {
    var d = InvitationRules.decide(invited(PARTICIPANT), AnswerInput.ACCEPT_ONLINE, 15, 15);
    assertThat(d.status()).isEqualTo(InvitationStatus.WAITING);
    assertThat(d.mode()).isEqualTo(InvitationStatus.ONLINE);
    assertThat(d.joinsWaitingList()).isTrue();
    assertThat(d.confirm()).isFalse();
  }

  @Test
  void speakersNeverWaitEvenWhenTheRoomIsFull() {
    var d = InvitationRules.decide(invited(SPEAKER), AnswerInput.ACCEPT_ON_SITE, 40, 15);
    assertThat(d.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(d.confirm()).isTrue();
  }

  @Test
  void anUnknownCapacityIsNoLimit() {
    var d = InvitationRules.decide(invited(PARTICIPANT), AnswerInput.ACCEPT_ON_SITE, 10_000, null);
    assertThat(d.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(InvitationRules.full(10_000, null)).isFalse();
    assertThat(InvitationRules.promotions(10_000, null, List.of(
        new InvitationRules.Waiting("a", Instant.parse("2026-01-01T10:00:00Z")),
        new InvitationRules.Waiting("b", Instant.parse("2026-01-01T09:00:00Z")))))
        .containsExactly("b", "a");
  }

  @Test
  void theSameAnswerAgainChangesNothing() {
    var accepted = now(PARTICIPANT, InvitationStatus.ACCEPTED, InvitationStatus.ON_SITE, true);
    var d = InvitationRules.decide(accepted, AnswerInput.ACCEPT_ON_SITE, 15, 15);
    assertThat(d.outcome()).isEqualTo(InvitationRules.UNCHANGED);
    assertThat(d.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(d.confirm()).isFalse();
    assertThat(d.freesPlace()).isFalse();

    var declined = now(SPEAKER, InvitationStatus.DECLINED, null, false);
    assertThat(InvitationRules.decide(declined, AnswerInput.DECLINE, 0, null).outcome())
        .isEqualTo(InvitationRules.UNCHANGED);

    var waiting = now(PARTICIPANT, InvitationStatus.WAITING, InvitationStatus.ONLINE, false);
    assertThat(InvitationRules.decide(waiting, AnswerInput.ACCEPT_ONLINE, 15, 15).outcome())
        .isEqualTo(InvitationRules.UNCHANGED);
  }

  @Test
  void changingBetweenOnlineAndOnSiteIsRecordedAndConfirmedAnewWithoutLosingThePlace() {
    var accepted = now(SPEAKER, InvitationStatus.ACCEPTED, InvitationStatus.ONLINE, true);
    var d = InvitationRules.decide(accepted, AnswerInput.ACCEPT_ON_SITE, 0, 15);
    assertThat(d.outcome()).isEqualTo(InvitationRules.RECORDED);
    assertThat(d.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(d.mode()).isEqualTo(InvitationStatus.ON_SITE);
    assertThat(d.confirm()).isTrue();

    // a participant in a full room keeps their place when changing mode
    var participant = now(PARTICIPANT, InvitationStatus.ACCEPTED, InvitationStatus.ON_SITE, true);
    var p = InvitationRules.decide(participant, AnswerInput.ACCEPT_ONLINE, 15, 15);
    assertThat(p.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(p.joinsWaitingList()).isFalse();
    assertThat(p.freesPlace()).isFalse();

    // a waiting one changing mode keeps their place on the list
    var waiting = now(PARTICIPANT, InvitationStatus.WAITING, InvitationStatus.ON_SITE, false);
    var w = InvitationRules.decide(waiting, AnswerInput.ACCEPT_ONLINE, 15, 15);
    assertThat(w.status()).isEqualTo(InvitationStatus.WAITING);
    assertThat(w.mode()).isEqualTo(InvitationStatus.ONLINE);
    assertThat(w.joinsWaitingList()).isFalse();
  }

  @Test
  void aDeclineAfterAcceptingFreesTheParticipantsPlaceAndCancelsTheRequest() {
    var accepted = now(PARTICIPANT, InvitationStatus.ACCEPTED, InvitationStatus.ON_SITE, true);
    var d = InvitationRules.decide(accepted, AnswerInput.DECLINE, 15, 15);
    assertThat(d.status()).isEqualTo(InvitationStatus.DECLINED);
    assertThat(d.mode()).isNull();
    assertThat(d.freesPlace()).isTrue();
    assertThat(d.cancelRequest()).isTrue();

    // a waiting participant who declines frees no place
    var waiting = now(PARTICIPANT, InvitationStatus.WAITING, InvitationStatus.ON_SITE, false);
    var w = InvitationRules.decide(waiting, AnswerInput.DECLINE, 15, 15);
    assertThat(w.freesPlace()).isFalse();
    assertThat(w.cancelRequest()).isFalse();

    // a speaker takes no place
    var speaker = now(SPEAKER, InvitationStatus.ACCEPTED, InvitationStatus.ON_SITE, true);
    var s = InvitationRules.decide(speaker, AnswerInput.DECLINE, 15, 15);
    assertThat(s.freesPlace()).isFalse();
    assertThat(s.cancelRequest()).isTrue();
  }

  @Test
  void aDeclineCanBeChangedToAnAcceptance() {
    var declined = now(PARTICIPANT, InvitationStatus.DECLINED, null, false);
    assertThat(InvitationRules.decide(declined, AnswerInput.ACCEPT_ON_SITE, 3, 15).status())
        .isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(InvitationRules.decide(declined, AnswerInput.ACCEPT_ON_SITE, 15, 15).status())
        .isEqualTo(InvitationStatus.WAITING);
  }

  @Test
  void onlySpeakersDelegateAndEverySuggestionIsRecorded() {
    var d = InvitationRules.decide(invited(SPEAKER), AnswerInput.DELEGATE, 0, 15);
    assertThat(d.status()).isEqualTo(InvitationStatus.DELEGATED);
    var again = InvitationRules.decide(now(SPEAKER, InvitationStatus.DELEGATED, null, false), AnswerInput.DELEGATE, 0, 15);
    assertThat(again.outcome()).isEqualTo(InvitationRules.RECORDED);
    assertThatThrownBy(() -> InvitationRules.decide(invited(PARTICIPANT), AnswerInput.DELEGATE, 0, 15))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withdrawnAndCancelledInviteesCannotAnswer() {
    for (String status : List.of(InvitationStatus.WITHDRAWN, InvitationStatus.CANCELLED, InvitationStatus.CHOSEN,
        InvitationStatus.NOT_SENT)) {
      assertThatThrownBy(() -> InvitationRules.decide(now(PARTICIPANT, status, null, false),
          AnswerInput.ACCEPT_ON_SITE, 0, 15)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theWaitingListMovesUpInOrderAsPlacesFree() {
    Instant t = Instant.parse("2026-03-01T08:00:00Z");
    List<InvitationRules.Waiting> waiting = new ArrayList<>(List.of(
        new InvitationRules.Waiting("c", t.plusSeconds(30)),
        new InvitationRules.Waiting("a", t.plusSeconds(10)),
        new InvitationRules.Waiting("b", t.plusSeconds(20))));
    assertThat(InvitationRules.position("a", waiting)).isEqualTo(1);
    assertThat(InvitationRules.position("c", waiting)).isEqualTo(3);
    assertThat(InvitationRules.position("z", waiting)).isNull();
    // the room is full: nobody moves up
    assertThat(InvitationRules.promotions(15, 15, waiting)).isEmpty();
    // one place frees: the first in line
    assertThat(InvitationRules.promotions(14, 15, waiting)).containsExactly("a");
    waiting.removeIf(w -> w.contactId().equals("a"));
    // two places free: the next two in order
    assertThat(InvitationRules.promotions(13, 15, waiting)).containsExactly("b", "c");
    assertThat(InvitationRules.promotions(0, 15, List.of())).isEmpty();
  }

  @Test
  void theSameMomentIsOrderedByContactId() {
    Instant t = Instant.parse("2026-03-01T08:00:00Z");
    var waiting = List.of(new InvitationRules.Waiting("b", t), new InvitationRules.Waiting("a", t));
    assertThat(InvitationRules.promotions(14, 15, waiting)).containsExactly("a");
  }

  @Test
  void anAnswerIsCheckedFieldByField() {
    var ok = InvitationRules.checkAnswer(new AnswerInput(" accept_online ", "  ", null, null, null, null), PARTICIPANT);
    assertThat(ok.answer()).isEqualTo(AnswerInput.ACCEPT_ONLINE);
    assertThat(ok.reason()).isNull();

    assertThatThrownBy(() -> InvitationRules.checkAnswer(new AnswerInput("MAYBE", null, null, null, null, null), SPEAKER))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("answer"));
    assertThatThrownBy(() -> InvitationRules.checkAnswer(
        new AnswerInput(AnswerInput.DECLINE, "x".repeat(1001), null, null, null, null), SPEAKER))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
    assertThatThrownBy(() -> InvitationRules.checkAnswer(
        new AnswerInput(AnswerInput.DELEGATE, null, " ", "not-an-address", "o".repeat(301), "n".repeat(1001)), SPEAKER))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
            .containsKeys("colleagueName", "colleagueEmail", "colleagueOrganisation", "note"));
    assertThatThrownBy(() -> InvitationRules.checkAnswer(
        new AnswerInput(AnswerInput.DELEGATE, null, "Rina Das", null, null, null), PARTICIPANT))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("answer"));
    assertThatThrownBy(() -> InvitationRules.checkAnswer(
        new AnswerInput(AnswerInput.DELEGATE, null, "n".repeat(201), "rina@example.org", null, null), SPEAKER))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("colleagueName"));

    var delegate = InvitationRules.checkAnswer(
        new AnswerInput("DELEGATE", null, " Rina Das ", "rina@example.org", "BRAC", "knows the topic"), SPEAKER);
    assertThat(delegate.colleagueName()).isEqualTo("Rina Das");
    assertThat(delegate.colleagueEmail()).isEqualTo("rina@example.org");
  }

  @Test
  void aTalkLengthIsFiveToTwoHundredFortyMinutes() {
    for (Integer ok : new Integer[] {null, 5, 30, 240}) {
      InvalidInput.Collector errors = new InvalidInput.Collector();
      InvitationRules.checkLength(ok, errors);
      assertThat(errors.isEmpty()).as("%s", ok).isTrue();
    }
    for (int bad : new int[] {0, 4, 241}) {
      InvalidInput.Collector errors = new InvalidInput.Collector();
      InvitationRules.checkLength(bad, errors);
      assertThat(errors.isEmpty()).as("%s", bad).isFalse();
    }
  }

  @Test
  void theMailLanguageFollowsTheContactsLanguagesAndCountry() {
    assertThat(InvitationRules.language(Set.of("bn"), "BD")).isEqualTo("bn");
    assertThat(InvitationRules.language(Set.of("bn"), "GB")).isEqualTo("bn");
    assertThat(InvitationRules.language(Set.of("bn", "en"), "BD")).isEqualTo("bn");
    assertThat(InvitationRules.language(Set.of("bn", "en"), "ES")).isEqualTo("en");
    assertThat(InvitationRules.language(Set.of("es"), "ES")).isEqualTo("en");
    assertThat(InvitationRules.language(Set.of(), "BD")).isEqualTo("en");
    assertThat(InvitationRules.language(null, null)).isEqualTo("en");
  }

  @Test
  void aMeetingWithoutAnEndLastsTheDefaultLength() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 14, 0, 0, 0, ZoneId.of("Asia/Dhaka"));
    assertThat(InvitationRules.endOf(start, null)).isEqualTo(start.plusHours(3).toInstant());
    assertThat(InvitationRules.endOf(start, start.plusHours(1))).isEqualTo(start.plusHours(1).toInstant());
  }

  @Test
  void anInviteeFollowsTheDecisions() {
    Invitee i = new Invitee("m1", "c1", PARTICIPANT, null, "u1");
    assertThat(i.sendable()).isTrue();
    i.invited(Instant.parse("2026-03-01T08:00:00Z"));
    assertThat(i.invitationId()).isNotNull();
    assertThat(i.status()).isEqualTo(InvitationStatus.INVITED);
    assertThat(i.sendable()).isFalse();

    Instant at = Instant.parse("2026-03-02T08:00:00Z");
    i.answered(InvitationRules.decide(i.current(), AnswerInput.ACCEPT_ON_SITE, 15, 15), null, at);
    assertThat(i.status()).isEqualTo(InvitationStatus.WAITING);
    assertThat(i.waitingSince()).isEqualTo(at);
    // changing mode while waiting keeps the place in the line
    i.answered(InvitationRules.decide(i.current(), AnswerInput.ACCEPT_ONLINE, 15, 15), null, at.plusSeconds(60));
    assertThat(i.waitingSince()).isEqualTo(at);
    i.promoted();
    assertThat(i.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(i.waitingSince()).isNull();

    i.answered(InvitationRules.decide(i.current(), AnswerInput.DECLINE, 15, 15), "ill", at.plusSeconds(120));
    assertThat(i.status()).isEqualTo(InvitationStatus.DECLINED);
    assertThat(i.reason()).isEqualTo("ill");
    assertThat(i.answerMode()).isNull();
    assertThat(i.nextSequence()).isEqualTo(1);
    assertThat(i.nextSequence()).isEqualTo(2);
  }
}

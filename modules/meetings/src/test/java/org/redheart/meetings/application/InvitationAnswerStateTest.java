package org.redheart.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.InvitationAnswers.AnswerPage;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;

/**
 * What an invitation link's page is, decided from the meeting and the invitee at a moment: the
 * answer page stays VALID until the meeting ends (ENDED from its end on, which the HTTP tests cannot
 * reach on a shared server), and a cancelled meeting or a withdrawn invitee closes it at once.
 */
class InvitationAnswerStateTest {
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 1, 14, 0, 0, 0, ZoneId.of("Asia/Dhaka"));

  private static DefaultInvitationAnswers at(Instant now) {
    DefaultInvitationAnswers answers = new DefaultInvitationAnswers();
    answers.clock = Clock.fixed(now, ZoneOffset.UTC);
    return answers;
  }

  private static Meeting meeting(ZonedDateTime end) {
    return new Meeting("campaign", "Stakeholder meeting", 4, START, end, "CIRDAP auditorium", null, 30, "organiser",
        "Task_InviteSpeakers");
  }

  private static Invitee invited() {
    Invitee i = new Invitee("m1", "c1", Invitee.SPEAKER, "Online safety", "organiser");
    i.invited(START.minusDays(20).toInstant());
    return i;
  }

  @Test
  void theLinkWorksUntilTheMeetingEndsThenShowsEnded() {
    Meeting m = meeting(START.plusHours(3));
    Invitee i = invited();

    assertThat(at(START.minusDays(10).toInstant()).state(m, i)).isEqualTo(AnswerPage.VALID);
    assertThat(at(START.plusHours(1).toInstant()).state(m, i)).as("during the meeting").isEqualTo(AnswerPage.VALID);
    assertThat(at(START.plusHours(3).minusSeconds(1).toInstant()).state(m, i)).isEqualTo(AnswerPage.VALID);
    assertThat(at(START.plusHours(3).toInstant()).state(m, i)).isEqualTo(AnswerPage.ENDED);
    assertThat(at(START.plusDays(5).toInstant()).state(m, i)).isEqualTo(AnswerPage.ENDED);
  }

  @Test
  void aMeetingWithoutAnEndTimeEndsAfterTheDefaultLength() {
    Meeting m = meeting(null);
    Invitee i = invited();

    assertThat(at(START.plusHours(2).toInstant()).state(m, i)).isEqualTo(AnswerPage.VALID);
    assertThat(at(START.plusHours(3).toInstant()).state(m, i)).isEqualTo(AnswerPage.ENDED);
  }

  @Test
  void aCancelledMeetingOrAWithdrawnInviteeClosesTheLinkBeforeTheEnd() {
    Instant before = START.minusDays(1).toInstant();
    Meeting cancelled = meeting(START.plusHours(3));
    cancelled.cancel("The venue is flooded", "organiser", before.minusSeconds(60));
    Invitee withdrawn = invited();
    withdrawn.closed(InvitationStatus.WITHDRAWN, "the topic changed");

    assertThat(at(before).state(cancelled, invited())).isEqualTo(AnswerPage.CANCELLED);
    assertThat(at(START.plusDays(1).toInstant()).state(cancelled, invited())).as("cancelled, not ended").isEqualTo(AnswerPage.CANCELLED);
    assertThat(at(before).state(meeting(START.plusHours(3)), withdrawn)).isEqualTo(AnswerPage.WITHDRAWN);
    assertThat(at(before).state(null, invited())).isEqualTo(AnswerPage.INVALID);
  }
}

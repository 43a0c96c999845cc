package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.StepStatus.State;

class DueDatesTest {
  private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Saturday 1 March 2025, 10:00 in Dhaka. */
  private static final Instant NOW = dhaka("2025-03-01T10:00").toInstant();

  private final DueDates dueDates = new DueDates(StepDeadlines.defaults());

  @Nested
  class ANewMeeting {

    @Test
    void twoWeeksAheadGetsConceptNoteApprovalAndInvitationsAsShortNoticeNotLate() {
      Map<Step, DueDate> due = dueDates.forNewMeeting(dhaka("2025-03-15T10:00"), NOW);

      Instant twoDaysOnAtFive = dhaka("2025-03-03T17:00").toInstant();
      for (Step step : List.of(Step.WRITE_CONCEPT_NOTE, Step.APPROVE_CONCEPT_NOTE, Step.INVITE_SPEAKERS)) {
        assertThat(due.get(step).shortNotice()).as(step.name()).isTrue();
        assertThat(due.get(step).dueAt()).as(step.name()).isEqualTo(twoDaysOnAtFive);
        assertThat(DueDates.status(due.get(step).dueAt(), null, NOW, DHAKA).state()).isEqualTo(State.ON_TIME);
      }
    }

    @Test
    void twoWeeksAheadHasLogisticsAtTMinus7OnTime() {
      DueDate logistics = dueDates.forNewMeeting(dhaka("2025-03-15T10:00"), NOW).get(Step.PREPARE_LOGISTICS);

      assertThat(logistics).isEqualTo(DueDate.regular(Step.PREPARE_LOGISTICS, dhaka("2025-03-08T17:00").toInstant()));
      assertThat(DueDates.status(logistics.dueAt(), null, NOW, DHAKA)).isEqualTo(new StepStatus(State.ON_TIME, 0));
    }

    @Test
    void twoMonthsAheadHasNoShortNotice() {
      Map<Step, DueDate> due = dueDates.forNewMeeting(dhaka("2025-05-01T10:00"), NOW);

      assertThat(due).containsOnlyKeys(Step.values());
      assertThat(due.values()).noneMatch(DueDate::shortNotice);
      assertThat(due.get(Step.WRITE_CONCEPT_NOTE).dueAt()).isEqualTo(dhaka("2025-04-10T17:00").toInstant());
      assertThat(due.get(Step.WRITE_REPORT).dueAt()).isEqualTo(dhaka("2025-05-04T17:00").toInstant());
      assertThat(due.get(Step.PUBLISH_SOCIAL_POST).dueAt()).isEqualTo(dhaka("2025-05-07T17:00").toInstant());
    }

    @Test
    void inDhakaIsDueAtFiveInTheAfternoonLocalTime() {
      Map<Step, DueDate> due = dueDates.forNewMeeting(dhaka("2025-05-01T10:00"), NOW);

      assertThat(due.get(Step.WRITE_CONCEPT_NOTE).dueAt()).isEqualTo(Instant.parse("2025-04-10T11:00:00Z"));
      assertThat(due.get(Step.RECORD_ATTENDANCE).dueAt()).isEqualTo(Instant.parse("2025-05-01T11:00:00Z"));
    }

    @Test
    void countsDueDaysInCalendarDaysOfTheMeetingsZoneAcrossDaylightSaving() {
      ZonedDateTime inLondon = ZonedDateTime.of(LocalDateTime.parse("2025-04-10T10:00"), LONDON);

      Map<Step, DueDate> due = dueDates.forNewMeeting(inLondon, NOW);

      assertThat(due.get(Step.WRITE_CONCEPT_NOTE).dueAt()).isEqualTo(Instant.parse("2025-03-20T17:00:00Z"));
      assertThat(due.get(Step.PREPARE_LOGISTICS).dueAt()).isEqualTo(Instant.parse("2025-04-03T16:00:00Z"));
    }

    @Test
    void givesShortNoticeForADeadlineNotYetPastButCloserThanTheMinimumLeadTime() {
      // Invitations at T-14 fall today at 17:00, seven hours away.
      DueDate invitations = dueDates.forNewMeeting(dhaka("2025-03-15T10:00"), NOW).get(Step.INVITE_SPEAKERS);

      assertThat(invitations.shortNotice()).isTrue();
      assertThat(invitations.dueAt()).isAfterOrEqualTo(NOW.plus(DueDates.DEFAULT_MINIMUM_LEAD));
    }

    @Test
    void givesShortNoticeAtTheFirstEndOfDayAfterTheMinimumLeadTime() {
      Instant evening = dhaka("2025-03-01T18:30").toInstant();

      DueDate conceptNote = dueDates.forNewMeeting(dhaka("2025-03-15T10:00"), evening).get(Step.WRITE_CONCEPT_NOTE);

      assertThat(conceptNote)
          .isEqualTo(DueDate.shortNotice(Step.WRITE_CONCEPT_NOTE, dhaka("2025-03-04T17:00").toInstant()));
    }

    @Test
    void takesTheMinimumLeadTimeAndTimeOfDayFromItsConfiguration() {
      DueDates fiveDaysAtNoon = new DueDates(StepDeadlines.defaults(), Duration.ofDays(5), LocalTime.NOON);

      Map<Step, DueDate> due = fiveDaysAtNoon.forNewMeeting(dhaka("2025-03-15T10:00"), NOW);

      assertThat(due.get(Step.WRITE_CONCEPT_NOTE))
          .isEqualTo(DueDate.shortNotice(Step.WRITE_CONCEPT_NOTE, dhaka("2025-03-06T12:00").toInstant()));
      assertThat(due.get(Step.PREPARE_LOGISTICS))
          .isEqualTo(DueDate.regular(Step.PREPARE_LOGISTICS, dhaka("2025-03-08T12:00").toInstant()));
    }

    @Test
    void tomorrowHasItsPreparationDueWhenItStartsAtTheLatest() {
      ZonedDateTime tomorrow = dhaka("2025-03-02T10:00");

      Map<Step, DueDate> due = dueDates.forNewMeeting(tomorrow, NOW);

      for (Step step : List.of(
          Step.WRITE_CONCEPT_NOTE, Step.APPROVE_CONCEPT_NOTE, Step.INVITE_SPEAKERS, Step.PREPARE_LOGISTICS)) {
        assertThat(due.get(step)).isEqualTo(DueDate.shortNotice(step, tomorrow.toInstant()));
      }
      assertThat(due.get(Step.RECORD_ATTENDANCE))
          .isEqualTo(DueDate.regular(Step.RECORD_ATTENDANCE, dhaka("2025-03-02T17:00").toInstant()));
    }

    @Test
    void neverGivesShortNoticeToTheMeetingItselfOrWhatFollowsIt() {
      Map<Step, DueDate> due = dueDates.forNewMeeting(dhaka("2025-03-02T10:00"), NOW);

      assertThat(due.values())
          .filteredOn(d -> !StepDeadlines.isPreparation(d.step()))
          .hasSize(6)
          .noneMatch(DueDate::shortNotice);
    }

    @Test
    void hasAPreparationStepOnTheMeetingDayDueWhenTheMeetingStarts() {
      DueDates logisticsOnTheDay = new DueDates(StepDeadlines.defaults().with(Step.PREPARE_LOGISTICS, 0));

      DueDate logistics = logisticsOnTheDay.forNewMeeting(dhaka("2025-05-01T10:00"), NOW).get(Step.PREPARE_LOGISTICS);

      assertThat(logistics).isEqualTo(DueDate.regular(Step.PREPARE_LOGISTICS, dhaka("2025-05-01T10:00").toInstant()));
    }

    @Test
    void inTheEveningHasItsAttendanceDueAtTheEndOfItsDayNotBeforeItStarts() {
      Map<Step, DueDate> due = dueDates.forNewMeeting(dhaka("2025-05-01T18:00"), NOW);

      assertThat(due.get(Step.RECORD_ATTENDANCE).dueAt()).isEqualTo(dhaka("2025-05-02T00:00").toInstant());
      assertThat(due.get(Step.ASSIGN_BREAKOUT_GROUPS).dueAt()).isEqualTo(dhaka("2025-05-02T00:00").toInstant());
      assertThat(due.get(Step.RECORD_FINDINGS).dueAt()).isEqualTo(dhaka("2025-05-02T17:00").toInstant());
    }

    @Test
    void neverHasAStepDueBeforeTheStepBeforeIt() {
      for (int daysAhead = 0; daysAhead <= 40; daysAhead++) {
        for (int hour : new int[] {0, 9, 17, 18, 23}) {
          ZonedDateTime start = dhaka("2025-03-01T00:00").plusDays(daysAhead).plusHours(hour).plusMinutes(30);
          Instant previous = Instant.MIN;
          for (DueDate d : dueDates.forNewMeeting(start, NOW).values()) {
            assertThat(d.dueAt()).as("%s, meeting at %s", d.step(), start).isAfterOrEqualTo(previous);
            previous = d.dueAt();
          }
        }
      }
    }
  }

  @Nested
  class TheBoard {
    private final Instant due = dhaka("2025-03-10T17:00").toInstant();

    @Test
    void aStepDoneAfterItsDueDateWasLateByNDays() {
      StepStatus status = DueDates.status(due, dhaka("2025-03-13T09:00").toInstant(), NOW, DHAKA);

      assertThat(status).isEqualTo(new StepStatus(State.DONE, 3));
      assertThat(status.late()).isTrue();
    }

    @Test
    void aStepDoneByItsDueDateWasDoneOnTime() {
      assertThat(DueDates.status(due, due, NOW, DHAKA)).isEqualTo(new StepStatus(State.DONE, 0));
      assertThat(DueDates.status(due, dhaka("2025-03-02T09:00").toInstant(), NOW, DHAKA).late()).isFalse();
    }

    @Test
    void anOpenStepNotYetDueIsOnTime() {
      assertThat(DueDates.status(due, null, due, DHAKA)).isEqualTo(new StepStatus(State.ON_TIME, 0));
    }

    @Test
    void anOpenStepAnHourPastItsDueTimeIsLateByOneDay() {
      Instant anHourLater = dhaka("2025-03-10T18:00").toInstant();

      assertThat(DueDates.status(due, null, anHourLater, DHAKA)).isEqualTo(new StepStatus(State.LATE, 1));
    }

    @Test
    void countsDaysLateInCalendarDaysOfTheMeetingsZone() {
      // 20:00 UTC on 12 March is already 02:00 on 13 March in Dhaka: three days, where UTC would say two.
      Instant now = Instant.parse("2025-03-12T20:00:00Z");

      assertThat(DueDates.status(due, null, now, DHAKA)).isEqualTo(new StepStatus(State.LATE, 3));
      assertThat(DueDates.status(due, null, now, ZoneId.of("UTC")).daysLate()).isEqualTo(2);
    }
  }

  @Nested
  class Rescheduling {
    private final ZonedDateTime firstOfMay = dhaka("2025-05-01T10:00");
    private final Instant tenthOfMarch = dhaka("2025-03-10T10:00").toInstant();

    @Test
    void byAWeekMovesOpenStepsByAWeek() {
      List<DueDate> open = openAfterConceptNote(dueDates.forNewMeeting(firstOfMay, NOW));

      Map<Step, DueDate> moved = dueDates.rescheduled(firstOfMay, firstOfMay.plusWeeks(1), open, tenthOfMarch);

      assertThat(moved.keySet()).containsExactlyElementsOf(open.stream().map(DueDate::step).toList());
      for (DueDate was : open) {
        assertThat(moved.get(was.step()))
            .as(was.step().name())
            .isEqualTo(DueDate.regular(was.step(), was.dueAt().atZone(DHAKA).plusWeeks(1).toInstant()));
      }
    }

    @Test
    void leavesCompletedStepsAlone() {
      List<DueDate> open = openAfterConceptNote(dueDates.forNewMeeting(firstOfMay, NOW));

      Map<Step, DueDate> moved = dueDates.rescheduled(firstOfMay, firstOfMay.plusWeeks(1), open, tenthOfMarch);

      assertThat(moved).doesNotContainKey(Step.WRITE_CONCEPT_NOTE).hasSize(Step.values().length - 1);
    }

    @Test
    void makesAShortNoticeStepRegularWhenTheMeetingMovesFarEnoughLater() {
      ZonedDateTime twoWeeksOn = dhaka("2025-03-15T10:00");
      List<DueDate> open = openAfterConceptNote(dueDates.forNewMeeting(twoWeeksOn, NOW));
      Instant nextDay = dhaka("2025-03-02T10:00").toInstant();

      Map<Step, DueDate> moved = dueDates.rescheduled(twoWeeksOn, twoWeeksOn.plusWeeks(4), open, nextDay);

      assertThat(moved.get(Step.APPROVE_CONCEPT_NOTE))
          .isEqualTo(DueDate.regular(Step.APPROVE_CONCEPT_NOTE, dhaka("2025-03-25T17:00").toInstant()));
      assertThat(moved.get(Step.INVITE_SPEAKERS))
          .isEqualTo(DueDate.regular(Step.INVITE_SPEAKERS, dhaka("2025-03-29T17:00").toInstant()));
    }

    @Test
    void keepsShortNoticeWhenTheMeetingMovesTooLittleAndNeverBringsItForward() {
      ZonedDateTime twoWeeksOn = dhaka("2025-03-15T10:00");
      List<DueDate> open = openAfterConceptNote(dueDates.forNewMeeting(twoWeeksOn, NOW));
      Instant nextDay = dhaka("2025-03-02T10:00").toInstant();

      Map<Step, DueDate> moved = dueDates.rescheduled(twoWeeksOn, twoWeeksOn.plusDays(2), open, nextDay);

      // T-18 of 17 March is 27 February, still past: short notice from the new "now".
      assertThat(moved.get(Step.APPROVE_CONCEPT_NOTE))
          .isEqualTo(DueDate.shortNotice(Step.APPROVE_CONCEPT_NOTE, dhaka("2025-03-04T17:00").toInstant()));
      for (DueDate was : open) {
        assertThat(moved.get(was.step()).dueAt()).as(was.step().name()).isAfterOrEqualTo(was.dueAt());
      }
    }

    @Test
    void earlierGivesStepsThatAreNowTooCloseShortNoticeNotLate() {
      List<DueDate> open = openAfterConceptNote(dueDates.forNewMeeting(firstOfMay, NOW));
      ZonedDateTime threeWeeksOn = dhaka("2025-03-31T10:00");

      Map<Step, DueDate> moved = dueDates.rescheduled(firstOfMay, threeWeeksOn, open, tenthOfMarch);

      // Approval at T-18 would be 13 March: more than two days away, so regular.
      assertThat(moved.get(Step.APPROVE_CONCEPT_NOTE))
          .isEqualTo(DueDate.regular(Step.APPROVE_CONCEPT_NOTE, dhaka("2025-03-13T17:00").toInstant()));

      Map<Step, DueDate> sooner = dueDates.rescheduled(firstOfMay, dhaka("2025-03-20T10:00"), open, tenthOfMarch);

      // Approval at T-18 would be 2 March, already past: short notice, due two days after the move.
      assertThat(sooner.get(Step.APPROVE_CONCEPT_NOTE))
          .isEqualTo(DueDate.shortNotice(Step.APPROVE_CONCEPT_NOTE, dhaka("2025-03-12T17:00").toInstant()));
      assertThat(DueDates.status(sooner.get(Step.APPROVE_CONCEPT_NOTE).dueAt(), null, tenthOfMarch, DHAKA).state())
          .isEqualTo(State.ON_TIME);
    }

    @Test
    void aStepAlreadyLateStaysLateWhenTheMeetingMovesALittle() {
      List<DueDate> open = openAfterConceptNote(dueDates.forNewMeeting(firstOfMay, NOW));
      Instant twoDaysAfterTheApprovalWasDue = dhaka("2025-04-15T10:00").toInstant();

      Map<Step, DueDate> moved =
          dueDates.rescheduled(firstOfMay, firstOfMay.plusDays(1), open, twoDaysAfterTheApprovalWasDue);

      DueDate approval = moved.get(Step.APPROVE_CONCEPT_NOTE);
      assertThat(approval).isEqualTo(DueDate.regular(Step.APPROVE_CONCEPT_NOTE, dhaka("2025-04-14T17:00").toInstant()));
      assertThat(DueDates.status(approval.dueAt(), null, twoDaysAfterTheApprovalWasDue, DHAKA))
          .isEqualTo(new StepStatus(State.LATE, 1));
    }

    @Test
    void aStepAlreadyLateIsOnTimeAgainWhenTheMeetingMovesFarEnoughLater() {
      List<DueDate> open = openAfterConceptNote(dueDates.forNewMeeting(firstOfMay, NOW));
      Instant twoDaysAfterTheApprovalWasDue = dhaka("2025-04-15T10:00").toInstant();

      Map<Step, DueDate> moved =
          dueDates.rescheduled(firstOfMay, firstOfMay.plusWeeks(1), open, twoDaysAfterTheApprovalWasDue);

      DueDate approval = moved.get(Step.APPROVE_CONCEPT_NOTE);
      assertThat(approval).isEqualTo(DueDate.regular(Step.APPROVE_CONCEPT_NOTE, dhaka("2025-04-20T17:00").toInstant()));
      assertThat(DueDates.status(approval.dueAt(), null, twoDaysAfterTheApprovalWasDue, DHAKA).state())
          .isEqualTo(State.ON_TIME);
    }

    @Test
    void toALaterHourOfTheSameDayMovesAPreparationStepDueAtTheStart() {
      DueDates logisticsOnTheDay = new DueDates(StepDeadlines.defaults().with(Step.PREPARE_LOGISTICS, 0));
      List<DueDate> open =
          List.of(logisticsOnTheDay.forNewMeeting(firstOfMay, NOW).get(Step.PREPARE_LOGISTICS));

      Map<Step, DueDate> moved =
          logisticsOnTheDay.rescheduled(firstOfMay, dhaka("2025-05-01T15:00"), open, tenthOfMarch);

      assertThat(moved.get(Step.PREPARE_LOGISTICS).dueAt()).isEqualTo(dhaka("2025-05-01T15:00").toInstant());
    }

    @Test
    void laterNeverBringsForwardADueDateAlreadyGiven() {
      // Due dates given under a ten-day lead time; the lead time is two days by the time the meeting moves.
      DueDates tenDayLead = new DueDates(StepDeadlines.defaults(), Duration.ofDays(10), DueDates.DEFAULT_DUE_TIME);
      ZonedDateTime twoWeeksOn = dhaka("2025-03-15T10:00");
      List<DueDate> open = openAfterConceptNote(tenDayLead.forNewMeeting(twoWeeksOn, NOW));

      Map<Step, DueDate> moved = dueDates.rescheduled(twoWeeksOn, twoWeeksOn.plusDays(1), open, NOW);

      assertThat(moved.get(Step.APPROVE_CONCEPT_NOTE).dueAt()).isEqualTo(dhaka("2025-03-11T17:00").toInstant());
      for (DueDate was : open) {
        assertThat(moved.get(was.step()).dueAt()).as(was.step().name()).isAfterOrEqualTo(was.dueAt());
      }
    }

    @Test
    void withNothingOpenMovesNothing() {
      assertThat(dueDates.rescheduled(firstOfMay, firstOfMay.plusDays(3), List.of(), tenthOfMarch)).isEmpty();
    }

    @Test
    void refusesTheSameStepTwice() {
      DueDate report = DueDate.regular(Step.WRITE_REPORT, firstOfMay.plusDays(3).toInstant());

      assertThatThrownBy(() -> dueDates.rescheduled(firstOfMay, firstOfMay, List.of(report, report), NOW))
          .isInstanceOf(IllegalArgumentException.class);
    }

    private List<DueDate> openAfterConceptNote(Map<Step, DueDate> scheduled) {
      List<DueDate> open = new ArrayList<>(scheduled.values());
      open.removeIf(d -> d.step() == Step.WRITE_CONCEPT_NOTE);
      return open;
    }
  }

  @Test
  void refusesAMinimumLeadTimeOutOfRange() {
    assertThatThrownBy(() -> new DueDates(StepDeadlines.defaults(), Duration.ofHours(-1), LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DueDates(StepDeadlines.defaults(), Duration.ofDays(31), LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ZonedDateTime dhaka(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), DHAKA);
  }
}

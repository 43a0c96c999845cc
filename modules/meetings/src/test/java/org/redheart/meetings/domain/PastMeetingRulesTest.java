package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.RecordPastMeeting;
import org.redheart.meetings.api.RecordPastMeeting.ActionInput;
import org.redheart.meetings.api.RecordPastMeeting.GroupInput;
import org.redheart.meetings.api.RecordPastMeeting.RecommendationInput;
import org.redheart.meetings.api.RecordPastMeeting.SpeakerInput;
import org.redheart.platform.api.InvalidInput;

class PastMeetingRulesTest {

  /** 1 March 2025, 12:00 UTC, which is 18:00 in Dhaka. */
  private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  private static final Map<String, String> PLACES = Map.of("Dhaka, Bangladesh", "BD", "Spain", "ES", "Alexandria, VA, USA", "US");
  private final Function<String, Optional<String>> countries = p -> Optional.ofNullable(PLACES.get(p));

  private static RecordPastMeeting meeting(LocalDate date, LocalTime start, LocalTime end, Integer total, String unit,
      Integer planned, Integer held, List<SpeakerInput> speakers, List<GroupInput> groups) {
    return new RecordPastMeeting(null, "4th Stakeholder Meeting", "stakeholder", date, start, end, "Asia/Dhaka",
        "CWCS Conference Room, Dhaka", "ONSITE", "Social workers", List.of(4L, 5L), total, unit, planned, held, speakers,
        groups, List.of(new RecommendationInput("DEMAND", "Proper implementation of the laws.")), "ref-1");
  }

  private static List<GroupInput> groups(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new GroupInput(String.valueOf((char) ('A' + i)), false, "Theme " + i, List.of("poverty"),
            List.of(new ActionInput("awareness meetings", null))))
        .toList();
  }

  private static final List<SpeakerInput> SPEAKERS = List.of(
      new SpeakerInput(null, "Ishrat Shamim", "CHAIR", "Chaired", "ONSITE", "Dhaka, Bangladesh"),
      new SpeakerInput(null, "Ana Lucila Sandoval Orozco", "speaker", null, null, "Spain"));

  private Map<String, String> errors(RecordPastMeeting m) {
    return catchThrowableOfType(() -> PastMeetingRules.check(m, id -> id < 11, countries, clock), InvalidInput.class)
        .fieldErrors();
  }

  @Test
  void acceptsAPastMeetingWithItsTimesAndNormalisesCountries() {
    var ok = PastMeetingRules.check(meeting(LocalDate.of(2022, 11, 14), LocalTime.of(14, 0), LocalTime.of(17, 30), 26,
        "persons", 3, null, SPEAKERS, groups(3)), id -> id < 11, countries, clock);

    assertThat(ok.start()).isEqualTo(ZonedDateTime.parse("2022-11-14T14:00+06:00[Asia/Dhaka]"));
    assertThat(ok.end()).isEqualTo(ZonedDateTime.parse("2022-11-14T17:30+06:00[Asia/Dhaka]"));
    assertThat(ok.timesKnown()).isTrue();
    assertThat(ok.groupsHeld()).isEqualTo(3);
    assertThat(ok.attendanceUnit()).isEqualTo("PERSONS");
    assertThat(ok.speakerCountries()).containsExactly("BD", "ES");
  }

  @Test
  void storesAMeetingWithoutTimesAtLocalMidnightAsTimesNotKnown() {
    var ok = PastMeetingRules.check(meeting(LocalDate.of(2022, 8, 11), null, null, 16, "ORGANISATIONS", null, null,
        List.of(), List.of()), id -> id < 11, countries, clock);

    assertThat(ok.start()).isEqualTo(ZonedDateTime.parse("2022-08-11T00:00+06:00[Asia/Dhaka]"));
    assertThat(ok.end()).isNull();
    assertThat(ok.timesKnown()).isFalse();
    assertThat(ok.attendanceUnit()).isEqualTo("ORGANISATIONS");
    assertThat(ok.groupsHeld()).isZero();
  }

  @Test
  void refusesAFutureDateAndATimeLaterToday() {
    assertThat(errors(meeting(LocalDate.of(2025, 3, 2), null, null, 10, "PERSONS", null, null, List.of(), List.of())))
        .containsKey("date");
    // 18:00 in Dhaka now: a meeting at 19:00 today has not taken place yet; one at 14:00 has
    assertThat(errors(meeting(LocalDate.of(2025, 3, 1), LocalTime.of(19, 0), null, 10, "PERSONS", null, null, List.of(),
        List.of()))).containsKey("date");
    assertThat(PastMeetingRules.check(meeting(LocalDate.of(2025, 3, 1), LocalTime.of(14, 0), null, 10, "PERSONS", null,
        null, List.of(), List.of()), id -> true, countries, clock).timesKnown()).isTrue();
  }

  @Test
  void refusesNegativeCountsAndACountWithoutItsUnit() {
    Map<String, String> e = errors(meeting(LocalDate.of(2022, 11, 14), null, null, -3, null, -1, -2, List.of(), List.of()));

    assertThat(e).containsKeys("attendanceTotal", "attendanceUnit", "groupsPlanned", "groupsHeld");
    assertThat(e.get("attendanceTotal")).contains("negative");
  }

  @Test
  void countsInOneUnitOnly() {
    Map<String, String> e = errors(meeting(LocalDate.of(2022, 11, 14), null, null, 20, "PERSONS,ORGANISATIONS", null, null,
        List.of(), List.of()));

    assertThat(e.get("attendanceUnit")).contains("never mixed");
  }

  @Test
  void refusesFewerGroupsHeldThanListedAndMoreGroupsThanPersons() {
    assertThat(errors(meeting(LocalDate.of(2022, 11, 14), null, null, 26, "PERSONS", 3, 2, List.of(), groups(3))))
        .containsKey("groupsHeld");
    assertThat(errors(meeting(LocalDate.of(2022, 11, 14), null, null, 2, "PERSONS", 3, null, List.of(), groups(3)))
        .get("groupsHeld")).contains("more groups than");
    // organisations are not persons: 2 organisations may send people to 3 groups
    assertThat(PastMeetingRules.check(meeting(LocalDate.of(2022, 11, 14), null, null, 2, "ORGANISATIONS", 3, null,
        List.of(), groups(3)), id -> true, countries, clock).groupsHeld()).isEqualTo(3);
  }

  @Test
  void allowsFewerGroupsHeldThanPlanned() {
    var ok = PastMeetingRules.check(meeting(LocalDate.of(2022, 8, 30), null, null, 25, "ORGANISATIONS", 3, null, List.of(),
        groups(2)), id -> true, countries, clock);

    assertThat(ok.groupsHeld()).isEqualTo(2);
  }

  @Test
  void reportsEveryBadRowWithItsField() {
    List<SpeakerInput> speakers = List.of(
        new SpeakerInput(null, " ", "CHAIR", null, null, null),
        new SpeakerInput(null, "Someone", "JUGGLER", null, "MAYBE", "Atlantis"));
    List<GroupInput> groups = List.of(
        new GroupInput("A", false, "Prevention", List.of(), List.of(new ActionInput(" ", null))),
        new GroupInput("a", false, "Prevention again", List.of(), List.of()),
        new GroupInput("1x", false, null, List.of(), List.of()));

    Map<String, String> e = errors(meeting(LocalDate.of(2022, 11, 14), LocalTime.of(14, 0), LocalTime.of(13, 0), 30,
        "PERSONS", 3, null, speakers, groups));

    assertThat(e).containsKeys("endTime", "speakers[0].name", "speakers[1].role", "speakers[1].joined",
        "speakers[1].country", "groups[0].actionPlans[0].action", "groups[1].themeCode", "groups[2].themeCode");
    assertThat(e.get("speakers[1].country")).contains("Atlantis");
  }

  @Test
  void needsACategoryAVenueOnSiteAndAKnownMode() {
    RecordPastMeeting m = new RecordPastMeeting(null, " ", "party", LocalDate.of(2022, 1, 1), null, LocalTime.of(10, 0),
        "Mars/Base", null, "FLOATING", null, List.of(), null, null, null, null, null, null, null, null);

    Map<String, String> e = errors(m);

    assertThat(e).containsKeys("title", "kind", "timeZone", "mode", "venue", "categoryIds", "endTime");
  }

  @Test
  void anOnlineMeetingNeedsNoVenue() {
    RecordPastMeeting m = new RecordPastMeeting(null, "Online launch", "launch", LocalDate.of(2022, 7, 30), null, null,
        "Asia/Dhaka", null, "online", null, List.of(1L), 59, "persons", null, null, null, null, null, null);

    assertThat(PastMeetingRules.check(m, id -> true, countries, clock).mode()).isEqualTo("ONLINE");
  }
}

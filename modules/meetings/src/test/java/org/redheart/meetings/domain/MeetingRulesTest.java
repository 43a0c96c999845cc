package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.platform.api.InvalidInput;

class MeetingRulesTest {

  /** 1 March 2025, 12:00 UTC, which is 18:00 in Dhaka. */
  private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  private static final long YOUTH_CATEGORY = 7L;
  private final LongPredicate onlyYouthCategoryExists = id -> id == YOUTH_CATEGORY;

  @Test
  void acceptsAValidMeetingAndReturnsItsStartInItsOwnZone() {
    ZonedDateTime start = MeetingRules.check(aValidMeeting().build(), onlyYouthCategoryExists, clock);

    assertThat(start).isEqualTo(ZonedDateTime.parse("2025-03-20T10:00:00+06:00[Asia/Dhaka]"));
  }

  @Test
  void acceptsAnOnlineMeetingWithoutAVenue() {
    ScheduleMeeting online = aValidMeeting().venue(null).onlineLink("https://meet.example.org/abc").build();

    assertThat(MeetingRules.check(online, onlyYouthCategoryExists, clock)).isNotNull();
  }

  @Test
  void acceptsAMeetingWithoutAnEndTime() {
    assertThat(MeetingRules.check(aValidMeeting().endTime(null).build(), onlyYouthCategoryExists, clock))
        .isNotNull();
  }

  @Test
  void refusesAMissingTitle() {
    assertThat(errorsOf(aValidMeeting().title(null))).containsOnlyKeys("title");
    assertThat(errorsOf(aValidMeeting().title("   "))).containsOnlyKeys("title");
  }

  @Test
  void refusesATitleOfMoreThan200Characters() {
    assertThat(errorsOf(aValidMeeting().title("x".repeat(201)))).containsOnlyKeys("title");
  }

  @Test
  void refusesADateInThePast() {
    assertThat(errorsOf(aValidMeeting().date(LocalDate.of(2025, 2, 28))))
        .containsOnlyKeys("date")
        .hasEntrySatisfying("date", message -> assertThat(message).contains("past"));
  }

  @Test
  void judgesThePastInTheMeetingsZoneNotInUtc() {
    MeetingBuilder fivePmInDhakaToday =
        aValidMeeting().date(LocalDate.of(2025, 3, 1)).startTime(LocalTime.of(17, 0)).endTime(null);
    MeetingBuilder sevenPmInDhakaToday =
        aValidMeeting().date(LocalDate.of(2025, 3, 1)).startTime(LocalTime.of(19, 0)).endTime(null);

    assertThat(errorsOf(fivePmInDhakaToday)).containsOnlyKeys("date");
    assertThat(MeetingRules.check(sevenPmInDhakaToday.build(), onlyYouthCategoryExists, clock)).isNotNull();
  }

  @Test
  void refusesADateMoreThanThreeYearsAhead() {
    assertThat(errorsOf(aValidMeeting().date(LocalDate.of(2028, 3, 2)))).containsOnlyKeys("date");
  }

  @Test
  void refusesNegativeParticipants() {
    assertThat(errorsOf(aValidMeeting().expectedParticipants(-5))).containsOnlyKeys("expectedParticipants");
  }

  @Test
  void refusesAnAbsurdNumberOfParticipants() {
    assertThat(errorsOf(aValidMeeting().expectedParticipants(10_001))).containsOnlyKeys("expectedParticipants");
  }

  @Test
  void acceptsTenThousandParticipants() {
    assertThat(MeetingRules.check(aValidMeeting().expectedParticipants(10_000).build(), onlyYouthCategoryExists, clock))
        .isNotNull();
  }

  @Test
  void refusesMissingParticipants() {
    assertThat(errorsOf(aValidMeeting().expectedParticipants(null))).containsOnlyKeys("expectedParticipants");
  }

  @Test
  void refusesAnUnknownCategory() {
    assertThat(errorsOf(aValidMeeting().audienceCategoryId(99L))).containsOnlyKeys("audienceCategoryId");
  }

  @Test
  void refusesAMissingCategory() {
    assertThat(errorsOf(aValidMeeting().audienceCategoryId(null))).containsOnlyKeys("audienceCategoryId");
  }

  @Test
  void refusesAZoneThatDoesNotExist() {
    assertThat(errorsOf(aValidMeeting().timeZone("Mars/Olympus_Mons"))).containsOnlyKeys("timeZone");
    assertThat(errorsOf(aValidMeeting().timeZone(""))).containsOnlyKeys("timeZone");
  }

  @Test
  void refusesAMeetingWithNeitherVenueNorLink() {
    assertThat(errorsOf(aValidMeeting().venue(" ").onlineLink(null))).containsOnlyKeys("venue");
  }

  @Test
  void refusesALinkThatIsNotAWebAddress() {
    assertThat(errorsOf(aValidMeeting().onlineLink("ftp://files.example.org/x"))).containsOnlyKeys("onlineLink");
    assertThat(errorsOf(aValidMeeting().onlineLink("javascript:alert(1)"))).containsOnlyKeys("onlineLink");
    assertThat(errorsOf(aValidMeeting().onlineLink("meet.example.org"))).containsOnlyKeys("onlineLink");
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertThat(errorsOf(aValidMeeting().startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(9, 30))))
        .containsOnlyKeys("endTime");
  }

  @Test
  void refusesAnEndEqualToTheStart() {
    assertThat(errorsOf(aValidMeeting().startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(10, 0))))
        .containsOnlyKeys("endTime");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    MeetingBuilder everythingWrong =
        aValidMeeting()
            .title("")
            .audienceCategoryId(99L)
            .date(LocalDate.of(2025, 2, 1))
            .startTime(LocalTime.of(10, 0))
            .endTime(LocalTime.of(9, 0))
            .venue(null)
            .onlineLink("ftp://example.org")
            .expectedParticipants(0);

    assertThat(errorsOf(everythingWrong))
        .containsOnlyKeys("title", "audienceCategoryId", "date", "endTime", "onlineLink", "expectedParticipants");
  }

  @Test
  void reportsABadZoneAlongsideTheOtherErrors() {
    assertThat(errorsOf(aValidMeeting().timeZone("Nowhere/Town").title(null).venue(null)))
        .containsOnlyKeys("timeZone", "title", "venue");
  }

  private Map<String, String> errorsOf(MeetingBuilder meeting) {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class, () -> MeetingRules.check(meeting.build(), onlyYouthCategoryExists, clock));
    assertThat(refused).as("the meeting should have been refused").isNotNull();
    return refused.fieldErrors();
  }

  private static MeetingBuilder aValidMeeting() {
    return new MeetingBuilder();
  }

  /** A meeting that passes every rule; each test breaks what it is about. */
  private static final class MeetingBuilder {
    private String campaignId = null;
    private String title = "Youth voices on climate";
    private Long audienceCategoryId = YOUTH_CATEGORY;
    private LocalDate date = LocalDate.of(2025, 3, 20);
    private LocalTime startTime = LocalTime.of(10, 0);
    private LocalTime endTime = LocalTime.of(13, 0);
    private String timeZone = "Asia/Dhaka";
    private String venue = "Community hall, Mirpur";
    private String onlineLink = null;
    private Integer expectedParticipants = 40;

    MeetingBuilder title(String value) {
      title = value;
      return this;
    }

    MeetingBuilder audienceCategoryId(Long value) {
      audienceCategoryId = value;
      return this;
    }

    MeetingBuilder date(LocalDate value) {
      date = value;
      return this;
    }

    MeetingBuilder startTime(LocalTime value) {
      startTime = value;
      return this;
    }

    MeetingBuilder endTime(LocalTime value) {
      endTime = value;
      return this;
    }

    MeetingBuilder timeZone(String value) {
      timeZone = value;
      return this;
    }

    MeetingBuilder venue(String value) {
      venue = value;
      return this;
    }

    MeetingBuilder onlineLink(String value) {
      onlineLink = value;
      return this;
    }

    MeetingBuilder expectedParticipants(Integer value) {
      expectedParticipants = value;
      return this;
    }

    ScheduleMeeting build() {
      return new ScheduleMeeting(
          campaignId, title, audienceCategoryId, date, startTime, endTime, timeZone, venue, onlineLink,
          expectedParticipants);
    }
  }
}

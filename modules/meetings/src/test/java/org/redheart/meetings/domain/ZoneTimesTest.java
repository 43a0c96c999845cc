package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ZoneTimesTest {

  static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  @Test
  void english_shows_the_meeting_zone_and_the_readers() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 14, 0, 0, 0, DHAKA);
    assertThat(ZoneTimes.when(start, start.plusHours(3), MADRID, "en"))
        .isEqualTo("Tuesday 3 March 2026, 14:00–17:00 Dhaka (09:00–12:00 Madrid)");
    assertThat(ZoneTimes.when(start, null, MADRID, "en"))
        .isEqualTo("Tuesday 3 March 2026, 14:00 Dhaka (09:00 Madrid)");
  }

  @Test
  void no_brackets_when_the_reader_sees_the_same_time() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 14, 0, 0, 0, DHAKA);
    assertThat(ZoneTimes.when(start, start.plusHours(2), DHAKA, "en"))
        .isEqualTo("Tuesday 3 March 2026, 14:00–16:00 Dhaka");
    assertThat(ZoneTimes.when(start, start.plusHours(2), null, "en"))
        .isEqualTo("Tuesday 3 March 2026, 14:00–16:00 Dhaka");
  }

  @Test
  void across_the_european_change_to_summer_time_madrid_is_one_hour_later() {
    // invited on Monday 22 March 2027 for the Monday after the change (Sunday 28 March 2027)
    ZonedDateTime before = ZonedDateTime.of(2027, 3, 22, 14, 0, 0, 0, DHAKA);
    ZonedDateTime after = ZonedDateTime.of(2027, 3, 29, 14, 0, 0, 0, DHAKA);
    assertThat(ZoneTimes.when(before, null, MADRID, "en")).endsWith("14:00 Dhaka (09:00 Madrid)");
    assertThat(ZoneTimes.when(after, null, MADRID, "en"))
        .isEqualTo("Monday 29 March 2027, 14:00 Dhaka (10:00 Madrid)");
  }

  @Test
  void the_readers_date_is_shown_when_it_is_another_day_there() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 2, 0, 0, 0, DHAKA);
    assertThat(ZoneTimes.when(start, start.plusHours(2), MADRID, "en"))
        .isEqualTo("Tuesday 3 March 2026, 02:00–04:00 Dhaka (Monday 2 March, 21:00–23:00 Madrid)");
  }

  @Test
  void bangla_has_bangla_names_and_bengali_digits() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 14, 0, 0, 0, DHAKA);
    String bn = ZoneTimes.when(start, start.plusHours(3), MADRID, "bn");
    assertThat(bn).isEqualTo("মঙ্গলবার, ৩ মার্চ ২০২৬, ১৪:০০–১৭:০০ ঢাকা (০৯:০০–১২:০০ Madrid)");
    assertThat(bn).doesNotContainPattern("[0-9]");
    assertThat(ZoneTimes.when(start.withMonth(12).withDayOfMonth(25), null, null, "bn-BD"))
        .isEqualTo("শুক্রবার, ২৫ ডিসেম্বর ২০২৬, ১৪:০০ ঢাকা");
  }

  @Test
  void cities() {
    assertThat(ZoneTimes.city(DHAKA)).isEqualTo("Dhaka");
    assertThat(ZoneTimes.city(MADRID)).isEqualTo("Madrid");
    assertThat(ZoneTimes.city(ZoneId.of("UTC"))).isEqualTo("UTC");
    assertThat(ZoneTimes.city(ZoneOffset.UTC)).isEqualTo("UTC");
    assertThat(ZoneTimes.city(ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
    assertThat(ZoneTimes.city(ZoneId.of("America/New_York"))).isEqualTo("New York");
    assertThat(ZoneTimes.city(ZoneId.of("America/Argentina/Buenos_Aires"))).isEqualTo("Buenos Aires");
    assertThat(ZoneTimes.city(ZoneOffset.ofHours(6))).isEqualTo("UTC+06:00");
    assertThat(ZoneTimes.city(DHAKA, "bn")).isEqualTo("ঢাকা");
    assertThat(ZoneTimes.city(MADRID, "bn")).isEqualTo("Madrid");
  }

  @Test
  void sensible_keeps_daytime_and_moves_night_to_the_next_morning() {
    // 10:00 UTC = 16:00 Dhaka: fine
    Instant day = Instant.parse("2026-05-04T10:00:00Z");
    assertThat(ZoneTimes.sensible(day, DHAKA)).isEqualTo(day);
    // 19:00 Dhaka exactly is still fine
    Instant last = Instant.parse("2026-05-04T13:00:00Z");
    assertThat(ZoneTimes.sensible(last, DHAKA)).isEqualTo(last);
    // 20:00 Dhaka → 09:00 Dhaka the next day (03:00 UTC)
    assertThat(ZoneTimes.sensible(Instant.parse("2026-05-04T14:00:00Z"), DHAKA))
        .isEqualTo(Instant.parse("2026-05-05T03:00:00Z"));
    // 02:00 Dhaka → 09:00 the same day
    assertThat(ZoneTimes.sensible(Instant.parse("2026-05-03T20:00:00Z"), DHAKA))
        .isEqualTo(Instant.parse("2026-05-04T03:00:00Z"));
    // Madrid, the night of the change to summer time: 09:00 CEST = 07:00 UTC
    assertThat(ZoneTimes.sensible(Instant.parse("2027-03-28T01:30:00Z"), MADRID))
        .isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
  }

  @Test
  void day_before_is_nine_in_the_morning_of_the_previous_day_there() {
    ZonedDateTime start = ZonedDateTime.of(2027, 3, 29, 14, 0, 0, 0, DHAKA);
    // Madrid: Sunday 28 March 2027 09:00 CEST (the change happened at 01:00 UTC that night)
    assertThat(ZoneTimes.dayBefore(start, MADRID)).isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
    // Dhaka: Sunday 28 March 09:00 +06
    assertThat(ZoneTimes.dayBefore(start, DHAKA)).isEqualTo(Instant.parse("2027-03-28T03:00:00Z"));
    // 02:00 Dhaka on 10 June is 22:00 on 9 June in Madrid: the day before there is 8 June
    ZonedDateTime dawn = ZonedDateTime.of(2026, 6, 10, 2, 0, 0, 0, DHAKA);
    assertThat(ZoneTimes.dayBefore(dawn, MADRID)).isEqualTo(Instant.parse("2026-06-08T07:00:00Z"));
    assertThat(ZoneTimes.dayBefore(dawn, MADRID)).isBefore(dawn.toInstant());
  }
}

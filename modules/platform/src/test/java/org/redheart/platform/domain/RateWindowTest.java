package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

  @Test
  void startsWindowsOnWholeMinutes() {
    RateWindow w = RateWindow.containing(Instant.parse("2027-01-20T08:15:42Z"), Duration.ofMinutes(1));

    assertThat(w.start()).isEqualTo(Instant.parse("2027-01-20T08:15:00Z"));
  }

  @Test
  void givesTwoMomentsOfTheSameMinuteTheSameWindowOnEveryInstance() {
    Duration minute = Duration.ofMinutes(1);

    assertThat(RateWindow.containing(Instant.parse("2027-01-20T08:15:00Z"), minute))
        .isEqualTo(RateWindow.containing(Instant.parse("2027-01-20T08:15:59.999Z"), minute))
        .isNotEqualTo(RateWindow.containing(Instant.parse("2027-01-20T08:16:00Z"), minute));
  }

  @Test
  void tellsHowManySecondsAreLeftUntilTheNextWindowAtLeastOne() {
    RateWindow w = RateWindow.containing(Instant.parse("2027-01-20T08:15:42Z"), Duration.ofMinutes(1));

    assertThat(w.secondsLeftAfter(Instant.parse("2027-01-20T08:15:42Z"))).isEqualTo(18);
    assertThat(w.secondsLeftAfter(Instant.parse("2027-01-20T08:15:00Z"))).isEqualTo(60);
    assertThat(w.secondsLeftAfter(Instant.parse("2027-01-20T08:15:59.900Z"))).isEqualTo(1);
  }
}

package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  @Test
  void retriesAreSpacedOneFiveThirtyMinutesThenTwoHours() {
    assertThat(RetrySchedule.delayAfter(1)).contains(Duration.ofMinutes(1));
    assertThat(RetrySchedule.delayAfter(2)).contains(Duration.ofMinutes(5));
    assertThat(RetrySchedule.delayAfter(3)).contains(Duration.ofMinutes(30));
    assertThat(RetrySchedule.delayAfter(4)).contains(Duration.ofHours(2));
  }

  @Test
  void theFifthFailedAttemptGivesUp() {
    assertThat(RetrySchedule.delayAfter(5)).isEmpty();
    assertThat(RetrySchedule.delayAfter(9)).isEmpty();
  }

  @Test
  void thereIsNoRetryBeforeAFailure() {
    assertThatThrownBy(() -> RetrySchedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryRetryScheduleTest {

  @Test
  void failedDeliveriesAreRetriedWithGrowingSpacingNeverAtOnce() {
    DeliveryRetrySchedule schedule = new DeliveryRetrySchedule(12);
    assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(10));
    assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofHours(1));
    assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofHours(6));
    assertThat(schedule.delayAfter(11)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void aDeliveryIsParkedAfterTheLastAllowedAttempt() {
    DeliveryRetrySchedule schedule = new DeliveryRetrySchedule(3);
    assertThat(schedule.parks(2)).isFalse();
    assertThat(schedule.parks(3)).isTrue();
    assertThatThrownBy(() -> new DeliveryRetrySchedule(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailedDeliveryWaitsForItsNextAttemptAndKeepsTheError() {
    Instant now = Instant.parse("2027-01-20T10:00:00Z");
    DeliveryEntry d = new DeliveryEntry("event-1", "org.example.Handler", now);
    d.failed("java.lang.IllegalStateException: down", new DeliveryRetrySchedule(2), now);
    assertThat(d.status()).isEqualTo(DeliveryEntry.PENDING);
    assertThat(d.attempts()).isEqualTo(1);
    assertThat(d.nextAttemptAt()).isEqualTo(now.plusSeconds(10));
    assertThat(d.lastError()).contains("down");
    d.failed("again", new DeliveryRetrySchedule(2), now);
    assertThat(d.status()).isEqualTo(DeliveryEntry.PARKED);
  }

  @Test
  void retryingAParkedDeliveryStartsItsAttemptsAgainButADeliveredOneStaysDone() {
    Instant now = Instant.parse("2027-01-20T10:00:00Z");
    DeliveryEntry d = new DeliveryEntry("event-1", "org.example.Handler", now);
    d.failed("boom", new DeliveryRetrySchedule(1), now);
    assertThat(d.retryNow(now.plusSeconds(5))).isTrue();
    assertThat(d.status()).isEqualTo(DeliveryEntry.PENDING);
    assertThat(d.attempts()).isZero();
    assertThat(d.nextAttemptAt()).isEqualTo(now.plusSeconds(5));
    d.delivered(now);
    assertThat(d.retryNow(now)).isFalse();
    assertThat(d.status()).isEqualTo(DeliveryEntry.DELIVERED);
  }
}

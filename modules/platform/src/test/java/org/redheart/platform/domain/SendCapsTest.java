package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendCapsTest {

  @Test
  void noCapsLetTheWholeBatchGo() {
    assertThat(new SendCaps(0, 0).allowance(10_000, 1_000_000, 50)).isEqualTo(50);
  }

  @Test
  void thePerMinuteCapLimitsWhatIsLeftThisMinute() {
    assertThat(new SendCaps(60, 0).allowance(55, 55, 50)).isEqualTo(5);
    assertThat(new SendCaps(60, 0).allowance(60, 60, 50)).isZero();
  }

  @Test
  void thePerDayCapWinsWhenItIsTighter() {
    assertThat(new SendCaps(100, 500).allowance(0, 498, 50)).isEqualTo(2);
  }

  @Test
  void overshootingACapNeverGivesANegativeAllowance() {
    assertThat(new SendCaps(10, 20).allowance(15, 25, 50)).isZero();
  }
}

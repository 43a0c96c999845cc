package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgeCountTest {

  @Test
  void suggestsEveryoneExpectedPlusTenPercent() {
    // 100 participants and 4 speakers: 104 people, a margin of 11 (10 % rounded up)
    assertThat(BadgeCount.margin(100, 4)).isEqualTo(11);
    assertThat(BadgeCount.suggested(100, 4, 0)).isEqualTo(115);
  }

  @Test
  void keepsAMarginOfAtLeastTwo() {
    assertThat(BadgeCount.margin(12, 1)).isEqualTo(2);
    assertThat(BadgeCount.suggested(12, 1, 0)).isEqualTo(15);
    assertThat(BadgeCount.suggested(0, 0, 0)).isEqualTo(2);
  }

  @Test
  void countsTheBadgesAlreadyGivenToTheMeeting() {
    assertThat(BadgeCount.suggested(30, 2, 20)).isEqualTo(16);
    assertThat(BadgeCount.suggested(30, 2, 120)).isZero();
  }
}

package org.redheart.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MemberState;

class MemberTest {
  private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void leavingTwiceChangesNothingTheSecondTime() {
    Member member = new Member("contact-1", MemberKind.ORGANISATION, false, "en", "application-1", now);

    assertThat(member.leave(now.plusSeconds(60))).isTrue();
    assertThat(member.leave(now.plusSeconds(120))).isFalse();
    assertThat(member.toSummary().state()).isEqualTo(MemberState.LEFT);
    assertThat(member.toSummary().leftAt()).isEqualTo(now.plusSeconds(60));
  }

  @Test
  void aMemberWhoLeftJoinsAgainWithANewJoinDate() {
    Member member = new Member("contact-1", MemberKind.INDIVIDUAL, false, "en", "application-1", now);
    member.leave(now.plusSeconds(60));

    assertThat(member.rejoin("application-2", true, "bn", now.plusSeconds(120))).isTrue();

    assertThat(member.toSummary().state()).isEqualTo(MemberState.ACTIVE);
    assertThat(member.toSummary().joinedAt()).isEqualTo(now.plusSeconds(120));
    assertThat(member.toSummary().leftAt()).isNull();
    assertThat(member.toSummary().volunteer()).isTrue();
    assertThat(member.language()).isEqualTo("bn");
  }

  @Test
  void anActiveMemberDoesNotRejoin() {
    Member member = new Member("contact-1", MemberKind.INDIVIDUAL, false, "en", "application-1", now);

    assertThat(member.rejoin("application-2", false, "en", now.plusSeconds(60))).isFalse();
    assertThat(member.toSummary().joinedAt()).isEqualTo(now);
  }

  @Test
  void erasureClearsTheDirectoryCopyOfTheName() {
    Member member = new Member("contact-1", MemberKind.INDIVIDUAL, false, "en", "application-1", now);
    member.describe("Rahima Khatun", "BD", "Dhaka", 4L);

    member.anonymise();

    assertThat(member.toSummary().name()).isNull();
    assertThat(member.toSummary().district()).isNull();
    assertThat(member.toSummary().countryCode()).isEqualTo("BD");
  }
}

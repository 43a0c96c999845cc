package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.api.RecipientState;

class BulletinSendEntryTest {

  @Test
  void keepsTheAudienceNormalised() {
    BulletinSendEntry send = new BulletinSendEntry("b-1", 3, "hash", new BulletinAudience(" bd ", 4L, false, " BN "), "u-1",
        Instant.now());
    assertThat(send.audience()).isEqualTo(new BulletinAudience("BD", 4L, null, "bn"));
    assertThat(BulletinSendEntry.normalise(null)).isEqualTo(BulletinAudience.everyone());
    assertThat(BulletinSendEntry.normalise(new BulletinAudience("", null, true, " "))).isEqualTo(new BulletinAudience(null, null, true, null));
  }

  @Test
  void addsUpEachBatchAndEndsOnlyOnce() {
    BulletinSendEntry send = new BulletinSendEntry("b-1", 1, null, BulletinAudience.everyone(), "u-1", Instant.now());
    send.counted(180, 20);
    send.counted(5, 1);
    assertThat(send.toView()).extracting("matched", "queued", "skipped", "state").containsExactly(206L, 185L, 21L, "RUNNING");

    assertThat(send.end(BulletinSendEntry.STOPPED, "the bulletin was withdrawn", Instant.now())).isTrue();
    assertThat(send.end(BulletinSendEntry.SENT, null, Instant.now())).as("a stopped send stays stopped").isFalse();
    assertThat(send.state()).isEqualTo("STOPPED");
    assertThat(send.stopReason()).isEqualTo("the bulletin was withdrawn");
    assertThat(send.toView().finishedAt()).isNotNull();
  }

  @Test
  void aQueuedRecipientAlwaysNamesItsMail() {
    assertThatThrownBy(() -> new BulletinRecipientEntry("s-1", "c-1", "m-1", RecipientState.QUEUED, null, Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new BulletinRecipientEntry("s-1", "c-1", "m-1", RecipientState.SKIPPED_NO_CONSENT, null, Instant.now()).state())
        .isEqualTo(RecipientState.SKIPPED_NO_CONSENT);
  }
}

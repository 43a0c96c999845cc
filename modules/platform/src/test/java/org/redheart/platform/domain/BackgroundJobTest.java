package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Jobs.State;

class BackgroundJobTest {
  private final Instant now = Instant.parse("2027-01-20T10:00:00Z");

  @Test
  void cancellingAQueuedJobEndsItAtOnce() {
    BackgroundJob job = new BackgroundJob("demo", "{}", "u-1", now);
    job.cancel(now);
    assertThat(job.status()).isEqualTo(State.CANCELLED);
    assertThat(job.toStatus(Map.of()).finished()).isTrue();
  }

  @Test
  void aFinishedJobCannotBeCancelled() {
    BackgroundJob job = new BackgroundJob("demo", "{}", "u-1", now);
    job.finish(State.SUCCEEDED, null, now);
    assertThatThrownBy(() -> job.cancel(now)).isInstanceOf(Conflict.class);
  }

  @Test
  void progressKeepsTheCheckpointAndShowsAPercentage() {
    BackgroundJob job = new BackgroundJob("demo", "{}", "u-1", now);
    job.progress(25, 200, "item 25 of 200", "25", now.plusSeconds(30), now);
    assertThat(job.checkpoint()).isEqualTo("25");
    assertThat(job.toStatus(Map.of()).percent()).isEqualTo(12);
  }

  @Test
  void aSucceededJobShowsAllItemsDone() {
    BackgroundJob job = new BackgroundJob("demo", "{}", "u-1", now);
    job.progress(199, 200, null, "199", now, now);
    job.finish(State.SUCCEEDED, null, now);
    assertThat(job.toStatus(Map.of()).done()).isEqualTo(200);
    assertThat(job.toStatus(Map.of()).finishedAt()).isEqualTo(now);
  }
}

package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.domain.BulletinSendEntry;
import org.redheart.platform.api.JobContext;

/**
 * The send job over a scripted dispatch: it walks from the checkpoint, reports each batch with the
 * last member as the new checkpoint, ends SENT (and only then marks the bulletin sent), stops on a
 * withdrawal, ends CANCELLED when a person cancels, and leaves the send running for the instance
 * that took over a lost lease.
 */
class BulletinSendJobTest {

  /** A dispatch whose batches come from a list of member ids (two per batch), without a database. */
  static final class ScriptedDispatch extends BulletinDispatch {
    final List<String> members;
    final BulletinSendEntry send = new BulletinSendEntry("bulletin-1", 1, "h", BulletinAudience.everyone(), "u", Instant.now());
    final List<String> afters = new ArrayList<>();
    final List<String> ended = new ArrayList<>();
    String withdrawnAfter;

    ScriptedDispatch(List<String> members) {
      this.members = members;
    }

    @Override public Optional<BulletinSendEntry> running(String sendId) {
      return Optional.of(send).filter(BulletinSendEntry::isRunning);
    }

    @Override public long audienceSize(String sendId) {
      return members.size();
    }

    @Override public BatchResult batch(String sendId, String afterMemberId, int size) {
      afters.add(afterMemberId);
      if (withdrawnAfter != null && withdrawnAfter.equals(afterMemberId)) {
        return new BatchResult(afterMemberId, 0, 0, true, "the bulletin was withdrawn or is no longer approved");
      }
      List<String> next = members.stream().filter(m -> afterMemberId == null || m.compareTo(afterMemberId) > 0).limit(2).toList();
      if (next.isEmpty()) {
        return new BatchResult(afterMemberId, 0, 0, true, null);
      }
      send.counted(next.size(), 0);
      return new BatchResult(next.get(next.size() - 1), next.size(), 0, false, null);
    }

    @Override public void end(String sendId, String state, String reason) {
      ended.add(state);
      send.end(state, reason, Instant.now());
    }
  }

  /** A job context that records progress and may refuse it like the runner does. */
  static final class Context implements JobContext {
    final String checkpoint;
    final List<String> checkpoints = new ArrayList<>();
    String refuseWith;
    int refuseAfter = Integer.MAX_VALUE;

    Context(String checkpoint) {
      this.checkpoint = checkpoint;
    }

    @Override public String jobId() { return "job-1"; }
    @Override public Map<String, String> parameters() { return Map.of("sendId", "send-1"); }
    @Override public String startedBy() { return "u"; }
    @Override public String checkpoint() { return checkpoint; }

    @Override public void progress(long done, long total, String message, String checkpoint) {
      if (checkpoints.size() >= refuseAfter) {
        throw new Cancelled(refuseWith);
      }
      checkpoints.add(checkpoint);
    }
  }

  private static BulletinSendJob job(BulletinDispatch dispatch) {
    BulletinSendJob job = new BulletinSendJob();
    job.dispatch = dispatch;
    job.batchSize = 2;
    job.pauseMillis = 0L;
    return job;
  }

  @Test
  void walksFromTheCheckpointReportingTheLastMemberOfEachBatchAndEndsSent() {
    ScriptedDispatch dispatch = new ScriptedDispatch(List.of("m1", "m2", "m3", "m4", "m5"));
    Context context = new Context("m2");

    job(dispatch).run(context);

    assertThat(dispatch.afters).containsExactly("m2", "m4", "m5");
    assertThat(context.checkpoints).containsExactly("m2", "m4", "m5", "m5");
    assertThat(dispatch.ended).containsExactly("SENT");
  }

  @Test
  void aWithdrawalStopsTheSendAtTheNextBatch() {
    ScriptedDispatch dispatch = new ScriptedDispatch(List.of("m1", "m2", "m3", "m4", "m5"));
    dispatch.withdrawnAfter = "m2";

    job(dispatch).run(new Context(null));

    assertThat(dispatch.afters).containsExactly(null, "m2");
    assertThat(dispatch.ended).containsExactly("STOPPED");
    assertThat(dispatch.send.stopReason()).contains("withdrawn");
  }

  @Test
  void aPersonsCancelEndsTheSendCancelled() {
    ScriptedDispatch dispatch = new ScriptedDispatch(List.of("m1", "m2", "m3", "m4", "m5"));
    Context context = new Context(null);
    context.refuseAfter = 2;
    context.refuseWith = "cancelled at 2 of 5";

    assertThatThrownBy(() -> job(dispatch).run(context)).isInstanceOf(JobContext.Cancelled.class);
    assertThat(dispatch.ended).containsExactly("CANCELLED");
  }

  @Test
  void aLostLeaseLeavesTheSendToTheInstanceThatTookItOver() {
    ScriptedDispatch dispatch = new ScriptedDispatch(List.of("m1", "m2", "m3"));
    Context context = new Context(null);
    context.refuseAfter = 1;
    context.refuseWith = "another instance took the job over";

    assertThatThrownBy(() -> job(dispatch).run(context)).isInstanceOf(JobContext.Cancelled.class);
    assertThat(dispatch.ended).isEmpty();
    assertThat(dispatch.send.isRunning()).isTrue();
  }

  @Test
  void aSendThatHasEndedIsNotWalkedAgain() {
    ScriptedDispatch dispatch = new ScriptedDispatch(List.of("m1"));
    dispatch.send.end(BulletinSendEntry.SENT, null, Instant.now());

    job(dispatch).run(new Context("m1"));

    assertThat(dispatch.afters).isEmpty();
  }
}

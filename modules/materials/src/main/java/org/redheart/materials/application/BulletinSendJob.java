package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.redheart.materials.domain.BulletinSendEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.JobContext;
import org.redheart.platform.api.JobHandler;
import org.redheart.platform.api.Role;

/**
 * Runs a bulletin send ({@value #KIND}): walks the audience's active members in member-id order in
 * batches of {@value #BATCH}, each batch in one transaction, reporting progress with the last member id
 * as the checkpoint. After a restart it resumes from the checkpoint; a batch done but not yet reported
 * is walked again and its recipients, already recorded, are passed over. Cancelling stops it at the next
 * batch; a withdrawal of the bulletin stops it too. Settings: {@value #BATCH_KEY}, {@value #PAUSE_KEY}.
 */
@ApplicationScoped
public class BulletinSendJob implements JobHandler {
  public static final String KIND = "materials.bulletin-send";
  /** Members per batch (one transaction each), 1–1000; default {@value #BATCH}. */
  public static final String BATCH_KEY = "redheart.bulletins.batch-size";
  /** A pause between batches in milliseconds (pacing a large send; default 0). */
  public static final String PAUSE_KEY = "redheart.bulletins.batch-pause-millis";
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(BulletinSendJob.class.getName());

  @Inject BulletinDispatch dispatch;
  /** The batch size and pause; null: from the configuration. */
  Integer batchSize;
  Long pauseMillis;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean mayStart(Actor actor) {
    return actor != null && actor.hasAny(Role.ORGANISER, Role.SUPERVISOR);
  }

  @Override
  public void check(Map<String, String> parameters) {
    String sendId = parameters.get("sendId");
    if (sendId == null || sendId.isBlank() || sendId.length() > 36) {
      throw new InvalidInput("sendId", "is required");
    }
  }

  @Override
  public void run(JobContext context) {
    String sendId = context.parameters().get("sendId");
    java.util.Optional<BulletinSendEntry> running = dispatch.running(sendId);
    if (running.isEmpty()) {
      return; // ended already (a resumed job after the end was recorded)
    }
    long total = dispatch.audienceSize(sendId);
    String after = context.checkpoint();
    long done = running.get().toView().matched();
    int batch = Math.max(1, Math.min(1000, batchSize != null ? batchSize
        : org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(BATCH_KEY, Integer.class).orElse(BATCH)));
    long pause = Math.max(0, pauseMillis != null ? pauseMillis
        : org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(PAUSE_KEY, Long.class).orElse(0L));
    try {
      context.progress(done, total, "sending", after);
      while (true) {
        BulletinDispatch.BatchResult r = dispatch.batch(sendId, after, batch);
        if (r.stopReason() != null) {
          dispatch.end(sendId, BulletinSendEntry.STOPPED, r.stopReason());
          context.progress(done, total, "stopped: " + r.stopReason(), after);
          return;
        }
        if (r.end()) {
          break;
        }
        after = r.lastMemberId();
        done += r.queued() + r.skipped();
        context.progress(done, Math.max(total, done), "walked up to member " + after, after);
        if (pause > 0) {
          try {
            Thread.sleep(pause);
          } catch (InterruptedException e) {
            // shutting down: the send stays RUNNING and resumes from the checkpoint after the restart
            Thread.currentThread().interrupt();
            throw new Interrupted(e);
          }
        }
      }
      dispatch.end(sendId, BulletinSendEntry.SENT, null);
      context.progress(Math.max(total, done), Math.max(total, done), "sent", after);
    } catch (JobContext.Cancelled e) {
      if (!String.valueOf(e.getMessage()).startsWith("another instance")) {
        // a person cancelled it (a lost lease means another instance goes on with the send)
        dispatch.end(sendId, BulletinSendEntry.CANCELLED, e.getMessage());
      }
      throw e;
    } catch (Interrupted e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warning(() -> "bulletin send " + sendId + " failed: " + e);
      dispatch.end(sendId, BulletinSendEntry.FAILED, e.getMessage());
      throw e;
    }
  }

  /** The instance is shutting down during a pause: the send stays RUNNING and resumes after the restart. */
  static final class Interrupted extends RuntimeException {
    Interrupted(InterruptedException cause) {
      super("interrupted while pausing between batches", cause);
    }
  }
}

package org.redheart.platform.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.redheart.platform.api.ApplicationReady;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redheart.platform.api.JobContext;
import org.redheart.platform.api.JobHandler;
import org.redheart.platform.api.Jobs.State;

/**
 * Runs jobs on the container's managed executor, at most {@code redheart.jobs.per-instance} at a
 * time on this instance. A poller (on the managed scheduled executor, every few seconds) renews the
 * leases of the jobs running here and claims queued jobs and jobs whose lease expired (their
 * instance died), which resume from their checkpoint. The set of jobs running here is only used
 * for lease renewal and the local limit; the database decides who runs what.
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject JobStore store;
  @Inject JobHandlers handlers;
  @Inject Background background;

  private final Set<String> runningHere = ConcurrentHashMap.newKeySet();
  private volatile ScheduledFuture<?> poller;
  private volatile long lastWarning;

  void onStart(@Observes ApplicationReady ready) {
    long interval = Math.max(2000, background.jobLease().toMillis() / 3);
    poller = scheduler.scheduleWithFixedDelay(this::poll, 3000, interval, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
  }

  /** After the job's transaction committed: start it here if there is room (else the poller will). */
  public void runSoon(String jobId) {
    if (runningHere.size() >= background.jobsPerInstance()) {
      return;
    }
    try {
      executor.execute(() -> {
        if (store.claim(jobId)) {
          run(jobId);
        }
      });
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not hand job " + jobId + " to the executor; the poller will", e);
    }
  }

  void poll() {
    try {
      store.renew(Set.copyOf(runningHere));
      int room = background.jobsPerInstance() - runningHere.size();
      if (room > 0) {
        for (String id : store.claimDue(room)) {
          runningHere.add(id);
          executor.execute(() -> run(id));
        }
      }
    } catch (Throwable e) {
      long now = System.currentTimeMillis();
      if (now - lastWarning > 60_000) {
        lastWarning = now;
        LOG.warning("Job poll failed (will retry): " + DeliveryStore.describe(e));
      }
    }
  }

  private void run(String jobId) {
    runningHere.add(jobId);
    try {
      JobStore.Snapshot job = store.snapshot(jobId);
      if (job.cancelRequested()) {
        store.finish(jobId, State.CANCELLED, "cancelled");
        return;
      }
      JobHandler handler = handlers.byKind(job.kind()).orElse(null);
      if (handler == null) {
        store.finish(jobId, State.FAILED, "no handler for kind " + job.kind() + " in this application");
        return;
      }
      handler.run(new Context(job));
      store.finish(jobId, State.SUCCEEDED, null);
    } catch (JobContext.Cancelled c) {
      store.finish(jobId, State.CANCELLED, c.getMessage());
    } catch (Throwable e) {
      LOG.log(Level.WARNING, "Job " + jobId + " failed", e);
      try {
        store.finish(jobId, State.FAILED, DeliveryStore.describe(e));
      } catch (RuntimeException again) {
        LOG.log(Level.WARNING, "Could not record the failure of job " + jobId, again);
      }
    } finally {
      runningHere.remove(jobId);
    }
  }

  private final class Context implements JobContext {
    private final JobStore.Snapshot job;

    Context(JobStore.Snapshot job) {
      this.job = job;
    }

    @Override public String jobId() { return job.id(); }
    @Override public Map<String, String> parameters() { return job.parameters(); }
    @Override public String startedBy() { return job.startedBy(); }
    @Override public String checkpoint() { return job.checkpoint(); }

    @Override
    public void progress(long done, long total, String message, String checkpoint) {
      switch (store.progress(job.id(), done, total, message, checkpoint)) {
        case CANCEL_REQUESTED -> throw new Cancelled("cancelled at " + done + " of " + total);
        case LEASE_LOST -> throw new Cancelled("another instance took the job over");
        default -> { }
      }
    }
  }
}

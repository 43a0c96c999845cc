package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.redheart.platform.api.Jobs.State;
import org.redheart.platform.domain.BackgroundJob;

/** The transactional steps of running a job, each committed on its own. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JobStore {
  private static final String CLAIM =
      "update plt_job set status = 'RUNNING', lease_owner = ?, lease_until = ?, runs = runs + 1, updated_at = ? "
          + "where id = ? and status in ('QUEUED', 'RUNNING') and (lease_until is null or lease_until < ?)";

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject Background background;

  /** What a run needs to know, read once when it starts. */
  public record Snapshot(String id, String kind, Map<String, String> parameters, String startedBy, String checkpoint,
      boolean cancelRequested) {}

  /** How a progress report went. */
  public enum Report { GO_ON, CANCEL_REQUESTED, LEASE_LOST }

  public boolean claim(String jobId) {
    return claimOne(jobId, Timestamp.from(Instant.now()));
  }

  /** Claims up to {@code limit} queued jobs, or running ones whose instance stopped renewing their lease. */
  public List<String> claimDue(int limit) {
    Timestamp now = Timestamp.from(Instant.now());
    String select = "select id from plt_job where status in ('QUEUED', 'RUNNING') and (lease_until is null or lease_until < ?) "
        + "order by created_at limit " + limit + (background.postgres() ? " for update skip locked" : "");
    @SuppressWarnings("unchecked")
    List<Object> candidates = em.createNativeQuery(select).setParameter(1, now).getResultList();
    List<String> claimed = new ArrayList<>();
    for (Object id : candidates) {
      if (claimOne(id.toString(), now)) {
        claimed.add(id.toString());
      }
    }
    return claimed;
  }

  private boolean claimOne(String id, Timestamp now) {
    return em.createNativeQuery(CLAIM)
        .setParameter(1, background.owner())
        .setParameter(2, Timestamp.from(now.toInstant().plus(background.jobLease())))
        .setParameter(3, now)
        .setParameter(4, id)
        .setParameter(5, now)
        .executeUpdate() == 1;
  }

  /** Renews the leases of the jobs this instance runs. */
  public void renew(Collection<String> jobIds) {
    if (jobIds.isEmpty()) {
      return;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(jobIds.size(), "?"));
    var q = em.createNativeQuery("update plt_job set lease_until = ? where lease_owner = ? and status = 'RUNNING' and id in ("
        + marks + ")")
        .setParameter(1, Timestamp.from(Instant.now().plus(background.jobLease())))
        .setParameter(2, background.owner());
    int i = 3;
    for (String id : jobIds) {
      q.setParameter(i++, id);
    }
    q
        .executeUpdate();
  }

  public Snapshot snapshot(String jobId) {
    BackgroundJob job = em.find(BackgroundJob.class, jobId);
    return new Snapshot(job.id(), job.kind(), JsonCodec.readMap(job.params()), job.startedBy(), job.checkpoint(),
        job.cancelRequested());
  }

  public Report progress(String jobId, long done, long total, String message, String checkpoint) {
    BackgroundJob job = em.find(BackgroundJob.class, jobId);
    if (job == null || !job.heldBy(background.owner())) {
      return Report.LEASE_LOST;
    }
    Instant now = Instant.now();
    job.progress(done, total, message, checkpoint, now.plus(background.jobLease()), now);
    return job.cancelRequested() ? Report.CANCEL_REQUESTED : Report.GO_ON;
  }

  public void finish(String jobId, State end, String error) {
    BackgroundJob job = em.find(BackgroundJob.class, jobId);
    if (job != null && job.heldBy(background.owner())) {
      job.finish(end, error, Instant.now());
    }
  }
}

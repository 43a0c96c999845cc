package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Jobs.JobStatus;
import org.redheart.platform.api.Jobs.State;

/**
 * A background job. QUEUED when stored; RUNNING once an instance claims it (with a lease it renews
 * while the job runs); SUCCEEDED, FAILED or CANCELLED at the end. A RUNNING job whose lease expired
 * (its instance died) is claimed again and resumes from its checkpoint. Cancelling a queued job ends
 * it at once; a running one is asked to stop ({@code cancelRequested}) and stops at its next
 * progress report.
 */
@Entity
@Table(name = "plt_job")
public class BackgroundJob {
  @Id private String id;

  @Column(nullable = false)
  private String kind;

  @Column(name = "params", nullable = false)
  private String params;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State status;

  @Column(name = "done_count")
  private long done;

  @Column(name = "total_count")
  private long total;

  private String message;

  @Column(name = "checkpoint_state")
  private String checkpoint;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "cancel_requested")
  private boolean cancelRequested;

  private int runs;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected BackgroundJob() {}

  public BackgroundJob(String kind, String params, String startedBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.kind = kind;
    this.params = params;
    this.status = State.QUEUED;
    this.startedBy = startedBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public JobStatus toStatus(Map<String, String> parameters) {
    return new JobStatus(id, kind, parameters, status, done, total, message, startedBy, cancelRequested, runs, lastError,
        createdAt, updatedAt, finishedAt);
  }

  public boolean heldBy(String owner) {
    return status == State.RUNNING && owner.equals(leaseOwner);
  }

  /** Cancels a queued job at once; asks a running one to stop. */
  public void cancel(Instant now) {
    if (status.finished()) {
      throw new Conflict("the job has already finished (" + status + ")");
    }
    cancelRequested = true;
    if (status == State.QUEUED) {
      finish(State.CANCELLED, "cancelled before it started", now);
    }
    updatedAt = now;
  }

  public void progress(long done, long total, String message, String checkpoint, Instant leaseUntil, Instant now) {
    this.done = Math.max(0, done);
    this.total = Math.max(0, total);
    this.message = cut(message, 500);
    this.checkpoint = cut(checkpoint, 4000);
    this.leaseUntil = leaseUntil;
    this.updatedAt = now;
  }

  public void finish(State end, String error, Instant now) {
    status = end;
    if (end == State.FAILED || end == State.CANCELLED) {
      lastError = cut(error, 2000);
    }
    if (end == State.SUCCEEDED && total > 0) {
      done = total;
    }
    leaseOwner = null;
    leaseUntil = null;
    finishedAt = now;
    updatedAt = now;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public String id() { return id; }
  public String kind() { return kind; }
  public String params() { return params; }
  public State status() { return status; }
  public String startedBy() { return startedBy; }
  public String checkpoint() { return checkpoint; }
  public boolean cancelRequested() { return cancelRequested; }
}

package org.redheart.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Background jobs: long work (imports, bulk sends, report generation) stored as a job with status
 * and progress, run on the container's managed executor by the {@link JobHandler} of its kind,
 * resumable from its last checkpoint after a restart (on any instance: a running job holds a lease
 * that its instance renews), and cancellable. Users see their own jobs; admins see all.
 */
public interface Jobs {

  /**
   * Stores a queued job in the caller's transaction; it starts after commit.
   *
   * @throws InvalidInput for an unknown kind or bad parameters
   * @throws Forbidden when the actor may not start this kind
   */
  JobStatus start(String kind, Map<String, String> parameters, Actor startedBy);

  /** A job of the reader's own, or any job for an admin; otherwise {@link NotFound}. */
  JobStatus get(String jobId, Actor reader);

  /** The reader's own jobs (admins: every job), newest first. */
  Page<JobStatus> list(Actor reader, PageRequest page);

  /**
   * Cancels a queued job at once, or asks a running one to stop at its next progress report.
   *
   * @throws Conflict when the job has already finished
   */
  JobStatus cancel(String jobId, Actor actor);

  /** The kinds of job the actor may start. */
  List<String> kindsFor(Actor actor);

  /** The states of a job. */
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
      return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
  }

  /** A job as its owner sees it. {@code runs} counts starts: more than 1 means it was resumed. */
  record JobStatus(
      String id,
      String kind,
      Map<String, String> parameters,
      State state,
      long done,
      long total,
      String message,
      String startedBy,
      boolean cancelRequested,
      int runs,
      String error,
      Instant createdAt,
      Instant updatedAt,
      Instant finishedAt) {

    /** Progress in whole percent (0 while the total is unknown). */
    public int percent() {
      return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
      return state.finished();
    }
  }
}

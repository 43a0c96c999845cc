package org.redheart.platform.api;

import java.util.Map;

/** What a running {@link JobHandler} knows about its job, and how it reports progress. */
public interface JobContext {

  String jobId();

  Map<String, String> parameters();

  /** The user who started the job. */
  String startedBy();

  /** The checkpoint saved by the last progress report, or null when the job starts afresh. */
  String checkpoint();

  /**
   * Saves progress and the checkpoint to resume from, committed on its own (so it survives a
   * crash), and renews the job's lease.
   *
   * @throws Cancelled when someone asked to cancel the job, or another instance took it over
   */
  void progress(long done, long total, String message, String checkpoint);

  /** Thrown by {@link #progress} to stop a job that is being cancelled. */
  class Cancelled extends RuntimeException {
    public Cancelled(String message) {
      super(message);
    }
  }
}

package org.redheart.platform.api;

import java.util.Map;

/**
 * Does the work of one kind of {@link Jobs job}. Implement it as a CDI bean in any module. {@link
 * #run} may be called again for the same job after a restart: it must resume from {@link
 * JobContext#checkpoint()} and report progress (with a new checkpoint) often, at least every few
 * seconds, since that is also where a cancellation is noticed.
 */
public interface JobHandler {

  /** The kind's name, such as {@code contacts.import}. */
  String kind();

  /** Whether the actor may start a job of this kind. */
  boolean mayStart(Actor actor);

  /** Checks the parameters before the job is stored; throws {@link InvalidInput} for bad ones. */
  default void check(Map<String, String> parameters) {}

  /**
   * Does (or resumes) the work. Returning normally means the job succeeded; an exception fails it
   * with its message, except {@link JobContext.Cancelled}, which ends it as cancelled.
   */
  void run(JobContext context) throws Exception;
}

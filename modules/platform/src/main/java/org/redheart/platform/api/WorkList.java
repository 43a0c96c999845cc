package org.redheart.platform.api;

import java.util.Optional;
import java.util.Set;

/** Open tasks of all processes: those assigned to a user and those offered to them or their roles. */
public interface WorkList {

  /** Open tasks of the user, soonest due first; {@code steps} empty for all, else only those steps. */
  Page<WorkItem> openFor(String userId, Set<Role> roles, Set<String> steps, PageRequest page);

  /**
   * Open tasks of the user except those of the given steps (task keys), soonest due first: a module
   * that keeps its own index of its tasks (the meeting lifecycle's step-status table) lists those
   * itself and the rest from here.
   */
  Page<WorkItem> openForExcept(String userId, Set<Role> roles, Set<String> excludedSteps, PageRequest page);

  Optional<WorkItem> find(String taskId);

  /** Whether the user may work on the task: assigned to them, or offered to them or a role they hold. */
  boolean mayWorkOn(String taskId, String userId, Set<Role> roles);
}

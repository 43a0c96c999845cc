package org.redheart.meetings.application;

/**
 * What action plans need from the process engine: one {@code ActionPlanProcess} per plan (business
 * key: the plan's id; variable: {@code planId} only). Implemented in {@code process}.
 */
public interface ActionPlanEngine {

  /** Starts the plan's process in the caller's transaction, unless one was started before. */
  void startIfAbsent(String planId);

  /** Tells the plan's process that the plan was closed (it ends); nothing when it has none. */
  void closed(String planId);

  /** Whether a process was ever started for the plan. */
  boolean started(String planId);
}

package org.redheart.materials.api;

/**
 * Where a version in review waits: the safeguarding lead's clearance of high-severity findings,
 * or a supervisor's approval (four-eyes); NONE when it is not in review.
 */
public enum ReviewStage {
  NONE,
  CLEARANCE,
  APPROVAL
}

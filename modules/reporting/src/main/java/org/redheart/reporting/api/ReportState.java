package org.redheart.reporting.api;

/**
 * A results report's life: being generated (a background job with progress), a draft its author checks
 * (resolving or explaining the data to check, editing the recommendations), in review by a supervisor
 * who did not author or edit it, approved (archived unchanged with its content hash), or failed.
 */
public enum ReportState {
  GENERATING,
  DRAFT,
  IN_REVIEW,
  APPROVED,
  FAILED
}

package org.redheart.materials.api;

/**
 * Where a material stands, from its newest version: a draft being written, a version in review
 * (safeguarding check, clearance, four-eyes approval), changes requested, approved (a post or a
 * bulletin waits for its channel or dispatch: "approved, awaiting channel"), published (posted,
 * or a bulletin sent), printed, or withdrawn (by a person, or by a safeguarding concern).
 */
public enum MaterialStatus {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  PUBLISHED,
  PRINTED,
  WITHDRAWN
}

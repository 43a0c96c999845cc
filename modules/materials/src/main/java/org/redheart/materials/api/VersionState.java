package org.redheart.materials.api;

/**
 * A version's own state. A version is edited only while it is a {@link #DRAFT}; submitting it
 * puts it {@link #IN_REVIEW}; editing a material whose newest version is no longer a draft makes
 * a new draft version (editing an approved one reopens approval), and a version still in review
 * is then {@link #SUPERSEDED} (its approval ends). {@link #CHANGES_REQUESTED} is the rejected
 * state; a rejected or withdrawn version's text may be purged (its hash and decisions stay).
 */
public enum VersionState {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  SUPERSEDED,
  WITHDRAWN;

  /** Whether a supervisor may purge the version's text. */
  public boolean purgeable() {
    return this == CHANGES_REQUESTED || this == WITHDRAWN;
  }
}

package org.redheart.materials.application;

import java.util.Optional;

/**
 * What the rest of the materials module (concerns, bulletins) asks of a material without a person's
 * rights: the system acts on its behalf, and every call is audited by the implementation.
 */
public interface MaterialLifecycle {
  /** The approved content of a material ready to go out (its newest approved version). */
  record ApprovedContent(
      String materialId, String campaignId, String kindCode, String title, String language, int versionNumber,
      String text, String contentHash) {}

  /** The newest approved version of a material that is APPROVED, PUBLISHED or PRINTED (not withdrawn). */
  Optional<ApprovedContent> approvedContent(String materialId);

  /**
   * Withdraws a material because of a safeguarding concern (any state but already withdrawn; a
   * version in review ends its approval). Returns false when it was withdrawn already or is unknown.
   */
  boolean withdrawForConcern(String materialId, String concernId);

  /** The campaign a material belongs to (for access checks of concerns and bulletins), if it exists. */
  Optional<String> campaignOf(String materialId);

  /** A bulletin's send has finished: the material becomes PUBLISHED (if not withdrawn meanwhile). */
  void markSent(String materialId, String sendId);
}

package org.redheart.materials.application;

/**
 * What the materials module needs from the process engine for {@code PublicationApprovalProcess}, in
 * its own words; implemented in {@code process}. Every call joins the caller's transaction. The
 * business key of an approval is {@code materialId + ":" + versionNumber}.
 */
public interface ApprovalEngine {

  /** Starts the approval of a submitted version: clearance first when {@code needsClearance}. */
  void start(String materialId, int versionNumber, boolean needsClearance);

  /** Completes the safeguarding lead's clearance task: cleared (on to approval) or sent back. */
  void completeClearance(String taskId, boolean cleared);

  /** Completes the approval task: approved, or changes requested. */
  void completeApproval(String taskId, boolean approved);

  /**
   * Ends the version's approval if it runs (withdrawn, or superseded by a new draft), with the
   * reason; nothing when none runs.
   */
  void end(String materialId, int versionNumber, String reason);

  static String businessKey(String materialId, int versionNumber) {
    return materialId + ":" + versionNumber;
  }
}

package org.redheart.materials.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;

/**
 * Who may approve a version, and what blocks its approval: a supervisor of the campaign who did not
 * edit it; high findings not cleared by the safeguarding lead; photos without attestation.
 */
public final class FourEyes {
  private FourEyes() {}

  /** The supervisors offered the approval: those who did not edit the version, at most {@code limit}. */
  public static List<String> eligible(Collection<String> supervisors, Set<String> editors, int limit) {
    return supervisors.stream().filter(id -> !editors.contains(id)).distinct().limit(limit).toList();
  }

  /**
   * Refuses an approver who edited the version or is no supervisor of the campaign.
   *
   * @throws Forbidden saying why
   */
  public static void checkApprover(String userId, boolean supervisorOfCampaign, Set<String> editors) {
    if (editors.contains(userId)) {
      throw new Forbidden("you edited this version: a supervisor who did not edit it approves it (four-eyes)");
    }
    if (!supervisorOfCampaign) {
      throw new Forbidden("only a supervisor of the material's campaign approves it");
    }
  }

  /**
   * Refuses approval while high findings wait for clearance or a photo has no attestation.
   *
   * @throws Conflict saying which
   */
  public static void checkApprovable(boolean highFindingsNotCleared, List<String> photosWithoutAttestation) {
    if (highFindingsNotCleared) {
      throw new Conflict("high-severity safeguarding findings are not cleared by the safeguarding lead yet");
    }
    if (!photosWithoutAttestation.isEmpty()) {
      throw new Conflict("photos without attestation (no identifiable child, or guardian consent on file): "
          + String.join(", ", photosWithoutAttestation));
    }
  }
}

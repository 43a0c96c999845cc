package org.redheart.reporting.domain;

import java.util.Set;

/**
 * Four-eyes for results reports: who may approve or send back a report, and whether it may be approved.
 * The reviewer is a supervisor of the campaign who neither generated, resolved, nor edited it.
 */
public final class ReviewRules {
  private ReviewRules() {}

  /** Why the user may not review the report, or null when they may. */
  public static String whyNotReviewer(String userId, boolean supervisorOfCampaign, Set<String> authors) {
    if (!supervisorOfCampaign) {
      return "Only a supervisor of the report's campaign may review it.";
    }
    if (authors.contains(userId)) {
      return "You generated, resolved or edited this report: another supervisor of the campaign must review it "
          + "(four-eyes).";
    }
    return null;
  }

  /** Why the report may not be approved yet, or null. */
  public static String whyNotApprovable(int openChecks) {
    return openChecks == 0 ? null
        : openChecks + " item(s) of data to check are still open: resolve or explain each with a note first.";
  }
}

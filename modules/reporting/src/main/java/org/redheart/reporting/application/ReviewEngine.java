package org.redheart.reporting.application;

import java.util.List;

/**
 * What a results report's review needs from the process engine ({@code ResultsReportProcess}, one per
 * submission, business key: the report id): the "Review the results report" task in the eligible
 * supervisors' My tasks. Implemented in {@code process}; every call joins the caller's transaction.
 */
public interface ReviewEngine {

  /** Opens the review task offered to these users (ends an earlier one of the report first). */
  void submitted(String reportId, List<String> reviewers);

  /** Closes the report's review task, if open (approved or sent back). */
  void reviewed(String reportId);
}

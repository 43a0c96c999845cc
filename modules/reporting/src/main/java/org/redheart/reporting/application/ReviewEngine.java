package org.redheart.reporting.application;

/**
 * What a results report's review needs from the process engine ({@code ResultsReportProcess}, one per
 * submission, business key: the report id): the "Review the results report" task in the eligible
 * supervisors' My tasks. Implemented in {@code process}; every call joins the caller's transaction.
 */
public interface ReviewEngine {

  /**
   * Opens the review task (ends an earlier one of the report first); it is offered to the users
   * {@link ReviewOpening#reviewers} names when it opens.
   */
  void submitted(String reportId);

  /** Closes the report's review task, if open (approved or sent back). */
  void reviewed(String reportId);
}

package org.redheart.reporting.application;

import java.util.List;

/** Who a report's review task is offered to when it opens (implemented by the reports service). */
public interface ReviewOpening {
  /** The campaign's supervisors who did not generate, resolve or edit the report. */
  List<String> reviewers(String reportId);
}

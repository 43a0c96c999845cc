package org.redheart.reporting.process;

/** Names of {@code bpmn/reporting/results-report.bpmn}. */
public final class ResultsReportProcess {
  public static final String BPMN_RESOURCE = "bpmn/reporting/results-report.bpmn";
  public static final String PROCESS_KEY = "ResultsReportProcess";
  public static final String TASK_REVIEW = "Task_ReviewResultsReport";
  public static final String VAR_REPORT_ID = "reportId";

  private ResultsReportProcess() {}
}

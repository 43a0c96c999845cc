package org.redheart.meetings.process;

/** Keys, element ids and variable names of {@code MeetingLifecycleProcess}, shared with the tests. */
public final class MeetingLifecycle {
  private MeetingLifecycle() {}

  public static final String PROCESS_KEY = "MeetingLifecycleProcess";
  public static final String BPMN_RESOURCE = "bpmn/meetings/meeting-lifecycle.bpmn";

  public static final String VAR_MEETING_ID = "meetingId";
  public static final String VAR_ORGANISER_ID = "organiserId";
  public static final String VAR_APPROVED = "approved";

  public static final String START_EVENT = "StartEvent_MeetingScheduled";
  public static final String END_EVENT = "EndEvent_LifecycleCompleted";
  public static final String GATEWAY_CONCEPT_NOTE_APPROVED = "Gateway_ConceptNoteApproved";
  public static final String GATEWAY_REPORT_APPROVED = "Gateway_ReportApproved";
  public static final String GATEWAY_POST_APPROVED = "Gateway_PostApproved";
}

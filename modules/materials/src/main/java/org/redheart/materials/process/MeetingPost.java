package org.redheart.materials.process;

/** Keys, element ids and variable names of {@code MeetingPostProcess}, shared with the tests. */
public final class MeetingPost {
  private MeetingPost() {}

  public static final String PROCESS_KEY = "MeetingPostProcess";
  public static final String BPMN_RESOURCE = "bpmn/materials/meeting-post.bpmn";
  public static final String VAR_MEETING_ID = "meetingId";
  public static final String VAR_ORGANISER_ID = "organiserId";
  public static final String TASK_DRAFT = "Task_DraftMeetingPost";
  public static final String END_DRAFTED = "EndEvent_PostDrafted";
}

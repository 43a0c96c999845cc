package org.redheart.meetings.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a meeting's lifecycle, in order, each a user task of {@code MeetingLifecycleProcess}
 * with the same key. {@code dueDays} is the default deadline relative to the meeting's start (until
 * meeting templates land); {@code approval} steps go to supervisors who did not edit what they
 * approve.
 */
public enum Step {
  // Concept note fields (a contract: breakout groups read "themes" and "plannedGroups", the report
  // reads the agenda): purpose, context, targetCategories (category ids, comma-separated), modality
  // (ONSITE, ONLINE, HYBRID), agenda (one item a line: "minutes | item | responsible"), themes (one
  // group a line: "CODE | theme"), plannedGroups, expectedParticipants, roomCapacity, speakersWanted.
  WRITE_CONCEPT_NOTE("Task_WriteConceptNote", -21, false,
      List.of(FieldSpec.textArea("purpose", true), FieldSpec.textArea("context", false),
          FieldSpec.of("targetCategories", FieldSpec.Kind.CATEGORIES, true),
          FieldSpec.of("modality", FieldSpec.Kind.MODALITY, true),
          FieldSpec.of("agenda", FieldSpec.Kind.AGENDA, false), FieldSpec.of("themes", FieldSpec.Kind.THEMES, false),
          FieldSpec.number("plannedGroups", 0, 50), FieldSpec.number("expectedParticipants", 1, 10_000),
          FieldSpec.number("roomCapacity", 1, 10_000), FieldSpec.number("speakersWanted", 0, 100))),
  APPROVE_CONCEPT_NOTE("Task_ApproveConceptNote", -18, true, FieldSpec.approval()),
  // The invitees themselves are chosen on the invitations page (mtg_invitee); the form keeps notes.
  INVITE_SPEAKERS("Task_InviteSpeakers", -14, false, List.of(FieldSpec.textArea("invitationNotes", false))),
  // Logistics: venue, online link, materials ("item | count" a line), checklist ("item | yes|no" a line).
  PREPARE_LOGISTICS("Task_PrepareLogistics", -2, false,
      List.of(FieldSpec.of("venue", FieldSpec.Kind.TEXT, false), FieldSpec.of("onlineLink", FieldSpec.Kind.LINK, false),
          FieldSpec.of("materials", FieldSpec.Kind.MATERIALS, false),
          FieldSpec.of("checklist", FieldSpec.Kind.CHECKLIST, false), FieldSpec.textArea("logisticsNotes", false))),
  RECORD_ATTENDANCE("Task_RecordAttendance", 0, false,
      // attendedCount is optional: the check-in page counts, and completion records the real counts.
      List.of(new FieldSpec("attendedCount", FieldSpec.Kind.NUMBER, false, 12, 0, 100_000),
          FieldSpec.textArea("attendanceNotes", false))),
  ASSIGN_BREAKOUT_GROUPS("Task_AssignBreakoutGroups", 0, false,
      List.of(FieldSpec.textArea("groups", false))),
  RECORD_FINDINGS("Task_RecordFindings", 2, false,
      List.of(FieldSpec.textArea("challenges", false), FieldSpec.textArea("actionPlans", false))),
  WRITE_REPORT("Task_WriteReport", 7, false, List.of(FieldSpec.textArea("report", true))),
  REVIEW_REPORT("Task_ReviewReport", 10, true, FieldSpec.approval()),
  // The hand-over of the social post (version 3): not a form but the receive task that waits until
  // the materials module has the post drafted, approved and published (SocialPostRequested, then
  // MeetingPostHandOver.postPublished). Its row in the step-status table is open while it waits, with
  // no assignee: the organiser's work on it is the materials module's "Draft the social post" task.
  // Replaces version 2's Task_DraftSocialPost and Task_MarkPostHandled (v1's Task_ApproveSocialPost).
  PUBLISH_SOCIAL_POST("Task_PublishSocialPost", 14, false, List.of());

  private final String taskKey;
  private final int dueDays;
  private final boolean approval;
  private final List<FieldSpec> fields;

  Step(String taskKey, int dueDays, boolean approval, List<FieldSpec> fields) {
    this.taskKey = taskKey;
    this.dueDays = dueDays;
    this.approval = approval;
    this.fields = fields;
  }

  public String taskKey() {
    return taskKey;
  }

  public int dueDays() {
    return dueDays;
  }

  public boolean approval() {
    return approval;
  }

  public List<FieldSpec> fields() {
    return fields;
  }

  /** The step whose work an approval step approves (the concept note for its approval). */
  public Step approves() {
    return switch (this) {
      case APPROVE_CONCEPT_NOTE -> WRITE_CONCEPT_NOTE;
      case REVIEW_REPORT -> WRITE_REPORT;
      default -> null;
    };
  }

  /** Whether the step is the post's hand-over: a wait for another module, not a form of the lifecycle. */
  public boolean handOver() {
    return this == PUBLISH_SOCIAL_POST;
  }

  /** The resource-bundle key of the step's name: {@code step.Task_WriteConceptNote}. */
  public String labelKey() {
    return "step." + taskKey;
  }

  public static Optional<Step> byTaskKey(String key) {
    return Arrays.stream(values()).filter(s -> s.taskKey.equals(key)).findFirst();
  }
}

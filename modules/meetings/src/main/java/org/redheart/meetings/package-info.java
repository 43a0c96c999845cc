/**
 * Meetings: campaigns, meetings and their lifecycle, step by step.
 *
 * <p>Today (the walking skeleton): an organiser schedules a meeting; {@code MeetingLifecycleProcess}
 * ({@code bpmn/meetings/meeting-lifecycle.bpmn}) starts with the meeting id as business key and walks
 * through the steps of {@link org.redheart.meetings.api.Step}; each step's form is saved as a
 * {@code mtg_step_record}; supervisors approve the concept note, the report and the post, never
 * their own work (the approval task is offered only to eligible supervisors). Later issues fill each
 * step: invitations, attendance, breakout groups, findings, action plans, reports.
 *
 * <p>Group findings and action plans ({@link org.redheart.meetings.api.Findings}, {@link
 * org.redheart.meetings.api.ActionPlans}): each plan of a live meeting runs in its own {@code
 * ActionPlanProcess} ({@code bpmn/meetings/action-plan.bpmn}, business key and only variable: the
 * plan id) that reminds its owner from the due date on, weekly, by mail through the outbox when the
 * owner may be contacted about meetings, else the organiser gets a notice (mail templates {@code
 * meetings-action-reminder} and {@code meetings-action-notice}); closing a plan correlates the
 * message {@code ActionPlanClosed}. The report ({@link org.redheart.meetings.api.MeetingReports}) is
 * drafted from the meeting's data by {@code domain.ReportDraft}; step forms are pre-filled through
 * {@code application.StepPrefill} (the report's draft).
 *
 * <p>The social post (version 3 of the lifecycle): after the report is approved, {@code
 * Task_HandOverSocialPost} publishes the persisted event {@link
 * org.redheart.meetings.api.SocialPostRequested} and the receive task {@code Task_PublishSocialPost}
 * ({@code Step.PUBLISH_SOCIAL_POST}: an open row of the step-status table without assignee, with its
 * due date and overdue timer) waits for the message {@code MeetingSocialPostPublished}, which {@link
 * org.redheart.meetings.api.MeetingPostHandOver#postPublished} correlates (idempotent) when the
 * materials module has the post published; meetings never depends on materials in Java. {@code
 * process.LifecycleMigration} moves older lifecycles at start-up: those at a step version 3 has are
 * migrated by a plan; those at an old post step (v1 {@code Task_ApproveSocialPost}, v2 {@code
 * Task_DraftSocialPost}, {@code Task_MarkPostHandled}) are ended without listeners and started again
 * at the hand-over with the post text they had (variable {@code migratedPostText}, removed once sent),
 * and the old post steps' status rows are dropped.
 *
 * <p>Published API: {@link org.redheart.meetings.api.Meetings}, {@link
 * org.redheart.meetings.api.MeetingSteps}, {@link org.redheart.meetings.api.Campaigns}, {@link
 * org.redheart.meetings.api.MeetingPostHandOver}, {@link org.redheart.meetings.api.CampaignFacts} (a campaign's
 * meetings in a period in bulk, for the results report). Events out: {@code AttendeeVolunteered}, {@code
 * SocialPostRequested}. Tables: prefix {@code mtg_}, migrations in {@code db/meetings}, history table {@code
 * mtg_flyway_history}, persistence unit {@code meetings}. Camunda is used only in {@code
 * org.redheart.meetings.process}. Process variables: {@code meetingId}, {@code organiserId}, {@code
 * approved} (ids and booleans only). May use: contacts, platform, safeguarding.
 */
package org.redheart.meetings;

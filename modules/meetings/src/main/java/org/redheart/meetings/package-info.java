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
 * <p>Published API: {@link org.redheart.meetings.api.Meetings}, {@link
 * org.redheart.meetings.api.MeetingSteps}, {@link org.redheart.meetings.api.Campaigns}. Events out:
 * none yet. Tables: prefix {@code mtg_}, migrations in {@code db/meetings}, history table {@code
 * mtg_flyway_history}, persistence unit {@code meetings}. Camunda is used only in {@code
 * org.redheart.meetings.process}. Process variables: {@code meetingId}, {@code organiserId}, {@code
 * approved} (ids and booleans only). May use: contacts, platform, safeguarding.
 */
package org.redheart.meetings;

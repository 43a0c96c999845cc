/**
 * The meetings module's entities and rules. Internal: other modules use {@code
 * org.redheart.meetings.api}.
 *
 * <ul>
 *   <li>Entities (JPA, tables {@code mtg_*}): {@link org.redheart.meetings.domain.CampaignEntry},
 *       {@link org.redheart.meetings.domain.Meeting}, {@link
 *       org.redheart.meetings.domain.StepRecordEntry}, {@link org.redheart.meetings.domain.StepDraft}.
 *   <li>Rules, plain Java with no framework: {@link org.redheart.meetings.domain.MeetingRules} (a
 *       new meeting), {@link org.redheart.meetings.domain.StepRules} (a step's form), {@link
 *       org.redheart.meetings.domain.BreakoutAssignment} (step 6: attendees into breakout groups,
 *       balanced in size and stakeholder-category mix around people pinned by hand, with suggested
 *       facilitators and rapporteurs; the balancing is a small min-cost flow in {@code GroupMix}),
 *       {@link org.redheart.meetings.domain.StepDeadlines} (a template's step deadlines, T±days,
 *       checked) and {@link org.redheart.meetings.domain.DueDates} (due instants at 17:00 in the
 *       meeting's zone, short notice, rescheduling, board status). Not yet wired into the process:
 *       the meeting-lifecycle issue does that.
 * </ul>
 *
 * <p>Rules report every broken rule at once as {@link org.redheart.platform.api.InvalidInput}, field
 * by field, and change nothing.
 */
package org.redheart.meetings.domain;

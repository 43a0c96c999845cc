/**
 * Network: membership applications, members and volunteers of the campaign's network. May use:
 * contacts, platform.
 *
 * <h2>Published API ({@code org.redheart.network.api})</h2>
 * <ul>
 *   <li>{@code MembershipApplications}: the public form's submission (one-time form token {@code
 *       network-apply}, an hourly limit per client address, a honeypot field), the applications
 *       waiting for review, approve, decline with a reason.
 *   <li>{@code Network}: {@code isMember(contactId)}, {@code markVolunteer(contactId, meetingId,
 *       actor)} for the meeting lifecycle, {@code leaveToken}/{@code leaveLink(memberId)} for every
 *       network mail, the member directory with filters, a member with their history, the figures
 *       (by country, district, category; growth per month), leaving by staff and by link.
 *   <li>Records: {@code ApplicationForm}, {@code ApplicationDetails}, {@code MemberSummary}, {@code
 *       MemberDetails}, {@code MemberEvent}, {@code MemberQuery}, {@code NetworkStats}; enums {@code
 *       MemberKind}, {@code MemberState}, {@code ApplicationState}.
 *   <li>{@code NetworkFacts}: the network in a period in bulk (members at its end, joins in it, months), for
 *       the results report.
 * </ul>
 *
 * <h2>The flow</h2>
 * The applicant's details live in {@code net_application} until a reviewer approves: only then does
 * the person (or organisation) enter contacts, through {@code Contacts} (found by e-mail first,
 * else created; the reviewer is the actor), with bulletin consent recorded if ticked (source
 * "network application"). Declined applicants never become contacts. A member who left and applies
 * again is approved into the same membership ("rejoined").
 *
 * <h2>Events</h2>
 * Out: none. In: {@code org.redheart.contacts.api.ContactsMerged} ({@code NetworkContactsMerged}):
 * members and applications move to the survivor, idempotently; two memberships become one.
 *
 * <h2>Process</h2>
 * {@code MembershipProcess} ({@code bpmn/network/membership.bpmn}, deployed by {@code
 * MembershipProcesses}): {@code StartEvent_ApplicationReceived} → {@code Task_ReviewApplication}
 * (offered to the groups SUPERVISOR and ADMIN by {@code membershipReviewOpened}, due in 3 days;
 * the work list links it to {@code network-application.xhtml?id=}) → {@code Gateway_Approved} →
 * {@code ServiceTask_SendWelcome} (welcome mail with the never-expiring leave link, purpose {@code
 * network-leave}) or {@code ServiceTask_SendDecline} (the reason). The non-interrupting {@code
 * Timer_ReviewReminder} (P3D) mails supervisors and admins once ({@code
 * ServiceTask_RemindReviewers}). Business key and the only variables: {@code applicationId},
 * {@code approved}. The service tasks run in the reviewer's transaction (no async continuation),
 * so the mail is written with the decision.
 *
 * <h2>Mail</h2>
 * Templates {@code network-welcome}, {@code network-decline} (purpose MEMBERSHIP) and {@code
 * network-review-reminder} (STAFF_NOTICE), English and Bangla, under {@code mail/} of this jar,
 * in the applicant's (or the reviewer's) language. Leaving ends membership only; it never touches
 * bulletin consent, and the leave page says which is which.
 *
 * <h2>Tables ({@code db/network}, prefix {@code net_})</h2>
 * {@code net_application} (the form, the decision, the contact and member it became), {@code
 * net_member} (one per contact: state ACTIVE/LEFT, kind, volunteer flag, language, and a copy of
 * the contact's name, country, district and category for the directory and the figures), {@code
 * net_member_event} (JOINED, REJOINED, LEFT, VOLUNTEERED; via REVIEW, STAFF, LINK, MEETING; the
 * acting user). Erasure participant {@code network.applications} clears the personal fields of
 * the applications holding the person's addresses or contact id and the directory copy of their
 * name; states and dates stay for the figures.
 *
 * <h2>Pages and REST (in the app module)</h2>
 * {@code /public/join.xhtml} (the form), {@code /public/leave.xhtml?t=} (GET shows, POST leaves),
 * {@code network.xhtml} (applications, directory, figures, growth chart, volunteers), {@code
 * network-application.xhtml?id=} (review), {@code network-member.xhtml?id=}; {@code /api/network/*}
 * ({@code NetworkResource}), the growth chart at {@code /api/network/charts/growth.svg}.
 *
 * <h2>Config</h2>
 * {@code redheart.network.applications-per-hour} (default 20): stored applications per client
 * address per hour (the public pages' per-minute POST limit applies too); {@code
 * redheart.public-base-url} for the links in mails.
 *
 * <h2>Why the directory keeps a copy of the name</h2>
 * Searching and filtering members by name, country, district and category in one indexed query
 * needs those values beside the membership; asking contacts for every member on every page would
 * not scale. The copy is refreshed when an application is approved and cleared by erasure; the
 * contact stays the source of truth.
 */
package org.redheart.network;

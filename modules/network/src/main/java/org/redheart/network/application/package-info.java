/**
 * The network's use cases, the transaction boundary: {@link
 * org.redheart.network.application.DefaultMembershipApplications} (public form, review), {@link
 * org.redheart.network.application.DefaultNetwork} (members, figures, leaving), {@link
 * org.redheart.network.application.MembershipMails} (welcome, decline, reviewer reminder), the
 * {@code ContactsMerged} handler and the erasure participant. {@link
 * org.redheart.network.application.MembershipEngine} is the process engine in this module's words.
 */
package org.redheart.network.application;

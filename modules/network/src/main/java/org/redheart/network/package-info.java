/**
 * Network: membership applications, members and volunteers of the campaign's network.
 *
 * <p>Status: an empty module until the contacts-and-network issue lands; the UI shows a real empty
 * state. Will own {@code MembershipProcess} ({@code bpmn/network/}), tables with prefix {@code net_},
 * and publish {@code org.redheart.network.api}. May use: contacts, platform.
 */
package org.redheart.network;

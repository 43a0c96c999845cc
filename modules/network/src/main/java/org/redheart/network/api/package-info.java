/**
 * The network module's published API: {@link org.redheart.network.api.Network} (members, volunteers,
 * figures, leaving) and {@link org.redheart.network.api.MembershipApplications} (the public form and
 * its review).
 */
package org.redheart.network.api;

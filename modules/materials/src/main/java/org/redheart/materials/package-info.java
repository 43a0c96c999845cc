/**
 * Materials: briefs, booklets, badges, bulletins, videos and social posts, their versions,
 * safeguarding check and four-eyes approval, print runs, publishing channels and engagement.
 *
 * <p>Status: an empty module until the materials-and-approvals issue lands; the UI shows a real
 * empty state. Will own the publication approval and safeguarding concern processes
 * ({@code bpmn/materials/}) and tables with prefix {@code mat_}. May use: meetings, network,
 * contacts, platform, safeguarding.
 */
package org.redheart.materials;

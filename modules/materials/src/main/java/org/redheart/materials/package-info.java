/**
 * Materials: briefs, booklets, badges, bulletins, videos and social posts, their versions, the
 * safeguarding check and four-eyes publication approval ({@code PublicationApprovalProcess}),
 * safeguarding concerns ({@code SafeguardingConcernProcess}) and bulletins to the network; later
 * print runs, publishing channels and engagement.
 *
 * <p>Packages: {@code api} (what other modules and the app use: {@link
 * org.redheart.materials.api.Materials}, {@link org.redheart.materials.api.Concerns}, {@link
 * org.redheart.materials.api.Bulletins}, {@link org.redheart.materials.api.MaterialKinds}), {@code
 * domain} (entities and rules), {@code application} (services), {@code process} (the only Camunda
 * code). Tables have the prefix {@code mat_} ({@code db/materials}); processes live in {@code
 * bpmn/materials/}. May use: meetings, network, contacts, platform, safeguarding.
 */
package org.redheart.materials;

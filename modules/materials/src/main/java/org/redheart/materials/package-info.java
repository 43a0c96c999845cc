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
 *
 * <p>Publication approval: {@code application.DefaultMaterials} owns every state change, the
 * four-eyes and safeguarding rules and the audit entries (content hash = SHA-256 of the version's
 * text and its files' hashes, as {@code domain.ContentHash} builds it); {@code
 * PublicationApprovalProcess} ({@code bpmn/materials/publication-approval.bpmn}, business key
 * {@code materialId:versionNumber}, variables {@code materialId}, {@code versionNumber}, {@code
 * needsClearance}, {@code cleared}, {@code approved}) routes the review tasks: {@code
 * Task_ClearFindings} to the group {@code SAFEGUARDING_LEAD}, {@code Task_ApproveVersion} to the
 * campaign's supervisors who did not edit the version (computed by {@code
 * application.DefaultReviewSteps} in a create task listener and kept in {@code mat_review_task} /
 * {@code mat_review_candidate}); the message {@code MaterialApprovalEnded} ends an approval when the
 * material is withdrawn or the version superseded. The application reaches the engine only through
 * {@code application.ApprovalEngine}. Safeguarding findings are stored masked ({@code mat_finding});
 * a photo's metadata tag names (never their values) are read at upload for the check. The names of
 * minors are not in the system (a minor contact holds no name), so the sensitive names are the
 * caller's.
 *
 * <p>Bulletins: {@code application.DefaultBulletins} (what a bulletin includes, {@code
 * mat_bulletin_item}; its sends, {@code mat_bulletin_send}; each send's recipients, {@code
 * mat_bulletin_recipient}) and the background job {@code materials.bulletin-send} ({@code
 * application.BulletinSendJob}): a keyset walk over the active members ({@code
 * Network.activeMembersAfter}) whose batches ({@code application.BulletinDispatch}) each check
 * consent ({@code Contacts.mayContactAll}), record the recipients and write the mails (template
 * {@code bulletin}, with the RFC 8058 {@code List-Unsubscribe} headers) in one transaction; the
 * checkpoint is the last member id, and a recorded recipient is never queued again. Config keys:
 * {@code redheart.bulletins.batch-size} (200), {@code redheart.bulletins.batch-pause-millis} (0).
 * Erasure participant {@code materials.bulletin-recipients}.
 *
 * <p>Print runs ({@code application.DefaultPrintRuns}, tables {@code mat_print_run} and {@code
 * mat_distribution}): copies of a version that was approved, given to a meeting of the campaign, an
 * organisation or an event; the stock per version is summed from both tables (the material's row is
 * locked while a distribution counts it, so two cannot take the same copies); the first print run of
 * an APPROVED or PUBLISHED material makes it PRINTED (a printed material still counts as approved for
 * bulletins). {@code domain.PrintStock} and {@code domain.BadgeCount} hold the rules.
 */
package org.redheart.materials;

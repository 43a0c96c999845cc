/**
 * Materials: briefs, booklets, badges, bulletins, videos and social posts, their versions, the
 * safeguarding check and four-eyes publication approval ({@code PublicationApprovalProcess}),
 * safeguarding concerns ({@code SafeguardingConcernProcess}) and bulletins to the network; later
 * print runs, publishing channels and engagement.
 *
 * <p>Packages: {@code api} (what other modules and the app use: {@link
 * org.redheart.materials.api.Materials}, {@link org.redheart.materials.api.Concerns}, {@link
 * org.redheart.materials.api.Bulletins}, {@link org.redheart.materials.api.MaterialKinds}, {@link
 * org.redheart.materials.api.MaterialFacts} — bulk reads for the results report), {@code
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
 *
 * <p>Social posts from meetings ({@code application.DefaultSocialPosts}; its publication half is
 * {@code application.PostPublications}): a meeting's photos ({@code mat_meeting_photo}: the file
 * store keeps them stripped of metadata, the names of their metadata tags are kept for the check,
 * each has an attestation), the draft drawn from the meeting's approved report ({@code
 * MeetingReports.postDraft}, limit 2,000 characters) and the post made from it: a SOCIAL_POST
 * material linked to the meeting whose version holds the chosen photos with their attestations,
 * optionally submitted at once. The meeting lifecycle's hand-over ({@code application.PostHandOver},
 * {@code mat_post_request}): the persisted event {@code meetings.api.SocialPostRequested} starts
 * {@code MeetingPostProcess} ({@code bpmn/materials/meeting-post.bpmn}, business key the meeting id)
 * with the organiser's task {@code Task_DraftMeetingPost} (My tasks, the post-from-meeting page),
 * completed when the post is made; the event {@code PostPublished} of a social post tells each of
 * its meetings' lifecycles once ({@code MeetingPostHandOver.postPublished}, idempotent). A lifecycle
 * migrated from an old post step sends the text it had: the draft page starts from it, and the
 * post is a new draft that must pass approval (the old steps never were one).
 */
package org.redheart.materials;

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

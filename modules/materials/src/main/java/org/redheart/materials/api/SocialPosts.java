package org.redheart.materials.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.redheart.platform.api.Actor;

/**
 * Social posts about meetings and their publication. A post is a material of kind {@link
 * MaterialKind#SOCIAL_POST}: drafted from a meeting's report with photos chosen from the meeting's
 * photos (each keeps its attestation), approved through {@code PublicationApprovalProcess}, then
 * published through a channel at a time (a BPMN timer): by hand (the permalink marks it published)
 * or through the Facebook page (photos uploaded unpublished, then the feed post with {@code
 * attached_media}; rate limits retried later with spacing; an invalid token tells the admins and
 * stops; a post blocked as abusive fails with the message shown). The meeting lifecycle hands its
 * post step here and hears back when the post is published.
 *
 * <p>Organisers and supervisors of the campaign draft, schedule and retry; readers of the material
 * see its publication.
 *
 * @throws org.redheart.platform.api.Conflict scheduling a post that is not approved, or was withdrawn
 */
public interface SocialPosts {
  PostDraft draftFromMeeting(String meetingId, Actor actor);

  /**
   * Creates the post (a draft linked to the meeting, text and chosen meeting photos with their
   * attestations) and, when {@code submit}, submits it for approval.
   */
  MaterialDetails createFromMeeting(String meetingId, String text, List<String> photoFileIds, boolean submit, Actor actor);

  List<MeetingPhoto> meetingPhotos(String meetingId, Actor actor);

  MeetingPhoto addMeetingPhoto(String meetingId, InputStream content, long declaredLength, String fileName, Actor actor);

  /** A meeting photo's stored file (type and size), for its readers. */
  org.redheart.platform.api.FileInfo meetingPhotoInfo(String meetingId, String fileId, Actor actor);

  /** A meeting photo's content (its thumbnail), to be closed by the caller. */
  InputStream meetingPhotoContent(String meetingId, String fileId, Actor actor);

  MeetingPhoto attestMeetingPhoto(String meetingId, String fileId, Attestation attestation, String consentReference, Actor actor);

  /** Schedules the approved post on a channel at {@code at} (null: now). Replaces a schedule not yet run. */
  Publication schedule(String materialId, Channel channel, Instant at, Actor actor);

  /** The post's publication, or null when it was never scheduled. */
  Publication publication(String materialId, Actor actor);

  /** Tries a failed or waiting publication again now. */
  Publication retryNow(String materialId, Actor actor);

  /** Whether the Facebook page channel is configured (page id and token set). */
  boolean facebookConfigured();
}

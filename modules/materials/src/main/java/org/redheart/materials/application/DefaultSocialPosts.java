package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.Channel;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialInput;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MeetingPhoto;
import org.redheart.materials.api.PostDraft;
import org.redheart.materials.api.Publication;
import org.redheart.materials.api.SocialPosts;
import org.redheart.materials.domain.MeetingPhotoEntry;
import org.redheart.materials.domain.PostRequest;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingReports;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

/**
 * {@link SocialPosts}: the drafting half (a post from a meeting's report, the meeting's photos and
 * their attestations) here; the publication half is {@link PostPublications}'. Meeting photos are
 * read and written by organisers and supervisors of the meeting's campaign (admins and the
 * safeguarding lead read them too).
 */
@ApplicationScoped
@Transactional
public class DefaultSocialPosts implements SocialPosts {
  /**
   * What the editor counts against: Facebook allows 63,206 characters, but a post is read on a
   * phone and the first lines are all most people see.
   */
  public static final int MAX_CHARS = 2000;
  /** Photos one post carries (Facebook's attached_media takes more, a reader looks at a few). */
  public static final int MAX_PHOTOS = 10;
  /** Photos kept for one meeting. */
  public static final int MAX_MEETING_PHOTOS = 200;
  /** Reads a meeting photo from the store once the meeting's own access rule has let the reader in. */
  private static final Actor READER = new Actor(Audit.SYSTEM, Set.of(Role.ADMIN));

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Meetings meetings;
  @Inject Campaigns campaigns;
  @Inject MeetingReports reports;
  @Inject FileStore files;
  @Inject Audit audit;
  @Inject DefaultMaterials materials;
  @Inject PostPublications publications;
  @Inject PostHandOverEngine handOver;

  Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- drafting

  @Override
  public PostDraft draftFromMeeting(String meetingId, Actor actor) {
    MeetingSummary meeting = writableMeeting(meetingId, actor);
    PostRequest request = em.find(PostRequest.class, meeting.id());
    String text = request != null && request.draftText() != null ? request.draftText()
        : reports.postDraft(meeting.id(), MAX_CHARS, actor);
    return new PostDraft(meeting.id(), meeting.title(), text, hashtag(meeting.campaignId()), photos(meeting.id()),
        MAX_CHARS);
  }

  @Override
  public MaterialDetails createFromMeeting(String meetingId, String text, List<String> photoFileIds, boolean submit,
      Actor actor) {
    MeetingSummary meeting = writableMeeting(meetingId, actor);
    String body = checkedText(text);
    List<MeetingPhotoEntry> chosen = chosenPhotos(meeting.id(), photoFileIds);
    String title = title(meeting.title());
    MaterialDetails post = materials.create(
        new MaterialInput(meeting.campaignId(), MaterialKind.SOCIAL_POST, title, languageOf(body), List.of(meeting.id())),
        body, actor);
    post = materials.addMeetingPhotos(post.id(), chosen, actor);
    PostRequest request = em.find(PostRequest.class, meeting.id());
    if (request != null && request.materialId() == null) {
      request.postMade(post.id());
      handOver.drafted(meeting.id());
    }
    audit.record(actor.userId(), "post.drafted-from-meeting", "meeting:" + meeting.id(),
        Map.of("material", post.id(), "photos", String.valueOf(chosen.size())));
    if (submit) {
      post = materials.submit(post.id(), List.of(), actor);
    }
    return post;
  }

  /** The text as the editor sends it: required, at most {@link #MAX_CHARS} characters. */
  static String checkedText(String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new InvalidInput("text", "is required");
    }
    if (body.codePointCount(0, body.length()) > MAX_CHARS) {
      throw new InvalidInput("text", "must be at most " + MAX_CHARS + " characters (it has "
          + body.codePointCount(0, body.length()) + ")");
    }
    return body;
  }

  /** "en", "bn" or "en+bn" by the letters the text uses. */
  static String languageOf(String text) {
    boolean bangla = text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.BENGALI);
    boolean latin = text.codePoints().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    return bangla && latin ? "en+bn" : bangla ? "bn" : "en";
  }

  /** The post's title: the meeting's, within the material title's limit. */
  static String title(String meetingTitle) {
    String t = "Post: " + (meetingTitle == null ? "" : meetingTitle.strip());
    return t.length() > 200 ? t.substring(0, 200) : t;
  }

  private List<MeetingPhotoEntry> chosenPhotos(String meetingId, List<String> photoFileIds) {
    if (photoFileIds == null || photoFileIds.isEmpty()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>(photoFileIds);
    if (ids.size() > MAX_PHOTOS) {
      throw new InvalidInput("photoFileIds", "a post carries at most " + MAX_PHOTOS + " photos");
    }
    List<MeetingPhotoEntry> chosen = new ArrayList<>();
    for (String id : ids) {
      MeetingPhotoEntry photo = id == null || id.length() > 36 ? null
          : em.find(MeetingPhotoEntry.class, new MeetingPhotoEntry.Key(meetingId, id));
      if (photo == null) {
        throw new InvalidInput("photoFileIds", "holds a file that is not a photo of this meeting");
      }
      chosen.add(photo);
    }
    return chosen;
  }

  // ---------------------------------------------------------------- meeting photos

  @Override
  public List<MeetingPhoto> meetingPhotos(String meetingId, Actor actor) {
    return photos(readableMeeting(meetingId, actor).id());
  }

  @Override
  public InputStream meetingPhotoContent(String meetingId, String fileId, Actor actor) {
    MeetingSummary meeting = readableMeeting(meetingId, actor);
    return files.content(photo(meeting.id(), fileId).fileId(), READER);
  }

  @Override
  public FileInfo meetingPhotoInfo(String meetingId, String fileId, Actor actor) {
    MeetingSummary meeting = readableMeeting(meetingId, actor);
    return files.info(photo(meeting.id(), fileId).fileId(), READER);
  }

  @Override
  public MeetingPhoto addMeetingPhoto(String meetingId, InputStream content, long declaredLength, String fileName,
      Actor actor) {
    MeetingSummary meeting = writableMeeting(meetingId, actor);
    if (content == null) {
      throw new InvalidInput("file", "is required");
    }
    if (declaredLength > files.maxBytes()) {
      // the store refuses it before reading anything
      files.store(content, declaredLength, fileName, actor.userId(), Set.of(FileKind.IMAGE));
    }
    long held = em.createQuery("select count(p) from MeetingPhotoEntry p where p.meetingId = :m", Long.class)
        .setParameter("m", meeting.id()).getSingleResult();
    if (held >= MAX_MEETING_PHOTOS) {
      throw new InvalidInput("file", "a meeting keeps at most " + MAX_MEETING_PHOTOS + " photos");
    }
    byte[] bytes = readAtMost(content, files.maxBytes() + 1);
    // the names of the metadata tags it carries (GPS position, camera) before the store strips them
    List<String> tags = PhotoMetadata.tagNames(bytes);
    FileInfo info = files.store(new ByteArrayInputStream(bytes), bytes.length, fileName, actor.userId(),
        Set.of(FileKind.IMAGE));
    String tagList = tags.isEmpty() ? null : String.join(",", tags);
    if (tagList != null && tagList.length() > 2000) {
      tagList = tagList.substring(0, tagList.lastIndexOf(',', 2000));
    }
    MeetingPhotoEntry photo = new MeetingPhotoEntry(meeting.id(), info.id(), info.name(), info.contentType(),
        info.size(), info.sha256(), tagList, actor.userId(), clock.instant());
    em.persist(photo);
    audit.record(actor.userId(), "post.meeting-photo-added", "meeting:" + meeting.id(),
        Map.of("file", info.id(), "sha256", String.valueOf(info.sha256())));
    return photo.toView();
  }

  @Override
  public MeetingPhoto attestMeetingPhoto(String meetingId, String fileId, Attestation attestation,
      String consentReference, Actor actor) {
    MeetingSummary meeting = writableMeeting(meetingId, actor);
    MeetingPhotoEntry photo = photo(meeting.id(), fileId);
    if (attestation == null) {
      throw new InvalidInput("attestation", "is required");
    }
    String problem = MeetingPhotoEntry.consentProblem(attestation, consentReference);
    if (problem != null) {
      throw new InvalidInput("consentReference", problem);
    }
    photo.attest(attestation, consentReference, actor.userId(), clock.instant());
    audit.record(actor.userId(), "post.meeting-photo-attested", "meeting:" + meeting.id(),
        Map.of("file", photo.fileId(), "attestation", attestation.name(), "sha256", String.valueOf(photo.sha256())));
    return photo.toView();
  }

  // ---------------------------------------------------------------- publication (PostPublications)

  @Override
  public Publication schedule(String materialId, Channel channel, Instant at, Actor actor) {
    return publications.schedule(materialId, channel, at, actor);
  }

  @Override
  public Publication publication(String materialId, Actor actor) {
    return publications.publication(materialId, actor);
  }

  @Override
  public Publication retryNow(String materialId, Actor actor) {
    return publications.retryNow(materialId, actor);
  }

  @Override
  public boolean facebookConfigured() {
    return publications.facebookConfigured();
  }

  // ---------------------------------------------------------------- access

  private List<MeetingPhoto> photos(String meetingId) {
    return em.createQuery("select p from MeetingPhotoEntry p where p.meetingId = :m order by p.uploadedAt, p.fileId",
            MeetingPhotoEntry.class)
        .setParameter("m", meetingId)
        .setMaxResults(MAX_MEETING_PHOTOS)
        .getResultStream()
        .map(MeetingPhotoEntry::toView)
        .toList();
  }

  private MeetingPhotoEntry photo(String meetingId, String fileId) {
    MeetingPhotoEntry photo = fileId == null || fileId.length() > 36 ? null
        : em.find(MeetingPhotoEntry.class, new MeetingPhotoEntry.Key(meetingId, fileId));
    if (photo == null) {
      throw new NotFound("photo", String.valueOf(fileId));
    }
    return photo;
  }

  private String hashtag(String campaignId) {
    return campaigns.all().stream().filter(c -> c.id().equals(campaignId)).map(Campaign::hashtag).findFirst()
        .orElse(null);
  }

  private MeetingSummary meeting(String meetingId) {
    MeetingSummary meeting = meetingId == null || meetingId.isBlank() || meetingId.length() > 36 ? null
        : meetings.summaries(List.of(meetingId)).get(meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", String.valueOf(meetingId));
    }
    return meeting;
  }

  private MeetingSummary readableMeeting(String meetingId, Actor actor) {
    MeetingSummary meeting = meeting(meetingId);
    if (actor.hasAny(Role.ADMIN, Role.SAFEGUARDING_LEAD) || mayWrite(meeting, actor)) {
      return meeting;
    }
    throw new NotFound("meeting", meetingId);
  }

  private MeetingSummary writableMeeting(String meetingId, Actor actor) {
    MeetingSummary meeting = readableMeeting(meetingId, actor);
    if (!mayWrite(meeting, actor)) {
      throw new Forbidden("only organisers and supervisors of the meeting's campaign do this");
    }
    return meeting;
  }

  private boolean mayWrite(MeetingSummary meeting, Actor actor) {
    return actor.hasAny(Role.ORGANISER, Role.SUPERVISOR) && campaigns.belongs(meeting.campaignId(), actor);
  }

  private static byte[] readAtMost(InputStream in, long limit) {
    try {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

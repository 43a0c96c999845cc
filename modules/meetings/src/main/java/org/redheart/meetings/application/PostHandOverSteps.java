package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.redheart.meetings.api.MeetingPostHandOver;
import org.redheart.meetings.api.SocialPostRequested;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepDraft;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Events;

/**
 * The lifecycle's hand-over of its social post (version 3): the request (a persisted event the
 * materials module handles) and the answer (the post was published: the receive task moves on).
 */
@ApplicationScoped
@Transactional
public class PostHandOverSteps implements MeetingPostHandOver {
  /** The field of version 2's draft step that held the post's text. */
  static final String OLD_POST_FIELD = "postText";
  static final String OLD_DRAFT_STEP = "Task_DraftSocialPost";

  @jakarta.persistence.PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Events events;
  @Inject Audit audit;
  @Inject LifecycleEngine engine;
  @Inject DefaultMeetingReports reports;

  /** Hands the post over: {@code draftText} is the text a migrated lifecycle had written (may be null). */
  public void request(String meetingId, String draftText) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new IllegalStateException("no meeting " + meetingId);
    }
    events.publish(new SocialPostRequested(meetingId, meeting.organiserId(), draftText));
    audit.record(Audit.SYSTEM, "meeting.post-handed-over", "meeting:" + meetingId,
        Map.of("withText", String.valueOf(draftText != null)));
  }

  /**
   * The post text a lifecycle waiting at an old post step had: the draft saved at the open draft
   * task, else the text completed at the draft step (null when none).
   */
  public String oldPostText(String meetingId, String openTaskId) {
    if (openTaskId != null) {
      StepDraft draft = em.find(StepDraft.class, openTaskId);
      String saved = draft == null ? null : FormJson.read(draft.data()).get(OLD_POST_FIELD);
      if (saved != null && !saved.isBlank()) {
        return saved;
      }
    }
    String recorded = reports.lastRecorded(meetingId, OLD_DRAFT_STEP, OLD_POST_FIELD);
    return recorded == null || recorded.isBlank() ? null : recorded;
  }

  @Override
  public boolean postPublished(String meetingId, String materialId, String permalink) {
    if (meetingId == null || meetingId.length() > 36) {
      return false;
    }
    boolean moved = engine.postPublished(meetingId);
    if (moved) {
      audit.record(Audit.SYSTEM, "meeting.post-published", "meeting:" + meetingId,
          Map.of("material", String.valueOf(materialId), "permalink", String.valueOf(permalink)));
    }
    return moved;
  }
}

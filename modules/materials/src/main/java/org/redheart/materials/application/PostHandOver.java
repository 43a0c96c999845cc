package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.PostPublished;
import org.redheart.materials.domain.Material;
import org.redheart.materials.domain.PostRequest;
import org.redheart.meetings.api.MeetingPostHandOver;
import org.redheart.meetings.api.SocialPostRequested;
import org.redheart.platform.api.Audit;

/**
 * The materials side of the meeting lifecycle's hand-over of its social post: a request opens the
 * organiser's "Draft the social post" task (and keeps the text written at the old draft step of a
 * migrated lifecycle, which the draft page starts from); a published post of the meeting tells the
 * lifecycle, once. Both are called from persisted-event handlers: idempotent.
 */
@ApplicationScoped
@Transactional
public class PostHandOver {

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject PostHandOverEngine engine;
  @Inject MeetingPostHandOver meetings;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  public void requested(SocialPostRequested request) {
    if (request.meetingId() == null || request.meetingId().length() > 36) {
      return;
    }
    if (em.find(PostRequest.class, request.meetingId()) != null) {
      return;
    }
    em.persist(new PostRequest(request.meetingId(), request.organiserId(), request.draftText(), clock.instant()));
    engine.start(request.meetingId(), request.organiserId());
    audit.record(Audit.SYSTEM, "post.requested", "meeting:" + request.meetingId(), Map.of());
  }

  public void published(PostPublished event) {
    Material m = event.materialId() == null ? null : em.find(Material.class, event.materialId());
    if (m == null || !MaterialKind.SOCIAL_POST.equals(m.kindCode())) {
      return;
    }
    List<String> meetingIds = em.createQuery(
            "select mm.meetingId from MaterialMeeting mm where mm.materialId = :m", String.class)
        .setParameter("m", m.id())
        .getResultList();
    for (String meetingId : meetingIds) {
      PostRequest request = em.find(PostRequest.class, meetingId);
      if (request != null && request.published(m.id(), event.permalink(), clock.instant())) {
        // a post made outside the draft task (from the material pages) still answers the request
        engine.drafted(meetingId);
        boolean moved = meetings.postPublished(meetingId, m.id(), event.permalink());
        audit.record(Audit.SYSTEM, "post.meeting-told", "meeting:" + meetingId,
            Map.of("material", m.id(), "lifecycleMoved", String.valueOf(moved)));
      }
    }
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.redheart.materials.api.Channel;
import org.redheart.materials.api.Decision;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.PostPublished;
import org.redheart.materials.api.Publication;
import org.redheart.materials.api.PublicationState;
import org.redheart.materials.api.VersionFile;
import org.redheart.materials.domain.DecisionEntry;
import org.redheart.materials.domain.Material;
import org.redheart.materials.domain.MaterialVersion;
import org.redheart.materials.domain.PublicationEntry;
import org.redheart.materials.domain.VersionFileEntry;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * The publication of approved social posts ({@code mat_publication}, {@code PostPublicationProcess}):
 * the publication calls of {@link org.redheart.materials.api.SocialPosts} (schedule, publication,
 * retry, whether the Facebook page is configured), the process's tasks ({@link PublicationSteps}),
 * and the hand-marked publication of {@link org.redheart.materials.api.Materials#markPublished}.
 * Every publication, by hand or through the page, writes the record, the material's PUBLISHED
 * decision, the audit log and the {@link PostPublished} persisted event.
 */
@ApplicationScoped
@Transactional
public class PostPublications implements PublicationSteps {
  private static final Logger LOG = Logger.getLogger(PostPublications.class.getName());
  /** Reads a post's photos from the store for the channel. */
  private static final Actor READER = new Actor(Audit.SYSTEM, Set.of(Role.ADMIN));
  static final int MAX_ADMINS_TOLD = 50;
  public static final String TOKEN_INVALID_MAIL = "publication-token-invalid";

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Campaigns campaigns;
  @Inject Audit audit;
  @Inject Events events;
  @Inject Users users;
  @Inject MaterialMails mails;
  @Inject PublicationEngine engine;
  @Inject FacebookGraph graph;
  @Inject org.redheart.platform.api.FileStore files;

  Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- SocialPosts' publication calls

  /** Schedules the approved post on a channel at {@code at} (null: now); replaces a schedule not yet run. */
  public Publication schedule(String materialId, Channel channel, Instant at, Actor actor) {
    Material m = writable(materialId, actor);
    if (channel == null) {
      throw new InvalidInput("channel", "choose a channel: MANUAL or FACEBOOK_PAGE");
    }
    if (!MaterialKind.SOCIAL_POST.equals(m.kindCode())) {
      throw new Conflict("only a social post is published on a channel");
    }
    if (channel == Channel.FACEBOOK_PAGE && !facebookConfigured()) {
      throw new InvalidInput("channel", "the Facebook page is not configured: choose the manual channel");
    }
    if (m.status() != MaterialStatus.APPROVED) {
      throw new Conflict("the post is " + m.status() + ": only an approved post is scheduled");
    }
    Instant now = clock.instant();
    Instant when = at == null || at.isBefore(now) ? now : at;
    PublicationEntry p = em.find(PublicationEntry.class, m.id());
    if (p == null) {
      p = new PublicationEntry(m.id(), channel, when, actor.userId(), now);
      em.persist(p);
    } else {
      if (p.isOut()) {
        throw new Conflict("the post is published already");
      }
      if (p.state() == PublicationState.PUBLISHING) {
        throw new Conflict("the post is being published right now: wait a moment and reload");
      }
      engine.end(m.id());
      p.reschedule(channel, when, actor.userId(), now);
    }
    em.flush();
    engine.start(m.id(), channel, when, m.authorId());
    audit.record(actor.userId(), "material.publication-scheduled", subject(m),
        Map.of("channel", channel.name(), "at", when.toString()));
    return p.view();
  }

  /** The post's publication, or null when it was never scheduled nor published. */
  public Publication publication(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    PublicationEntry p = em.find(PublicationEntry.class, m.id());
    return p == null ? null : p.view();
  }

  /** Tries a failed or waiting publication again now (after an admin fixed the page token, say). */
  public Publication retryNow(String materialId, Actor actor) {
    Material m = writable(materialId, actor);
    PublicationEntry p = em.find(PublicationEntry.class, m.id());
    if (p == null) {
      throw new Conflict("the post was never scheduled: schedule it first");
    }
    if (m.status() == MaterialStatus.WITHDRAWN) {
      throw new Conflict("the post was withdrawn: it is not published");
    }
    switch (p.state()) {
      case PUBLISHED, PUBLISHED_OUTSIDE -> throw new Conflict("the post is published already");
      case PUBLISHING -> throw new Conflict("the post is being published right now: wait a moment and reload");
      case AWAITING_MANUAL_POST -> throw new Conflict(
          "the post waits to be posted by hand: post it and mark it published with its permalink");
      case SCHEDULED, RETRY_WAIT -> {
        if (!engine.fireNow(m.id())) {
          restart(m, p, actor);
        }
      }
      case FAILED -> restart(m, p, actor);
      default -> throw new IllegalStateException(p.state().name());
    }
    audit.record(actor.userId(), "material.publication-retried", subject(m), Map.of("channel", p.channel().name()));
    return p.view();
  }

  private void restart(Material m, PublicationEntry p, Actor actor) {
    if (p.channel() == Channel.FACEBOOK_PAGE && !facebookConfigured()) {
      throw new Conflict("the Facebook page is not configured: an admin sets its page id and token first");
    }
    Instant now = clock.instant();
    engine.end(m.id());
    p.reschedule(p.channel(), now, actor.userId(), now);
    em.flush();
    engine.start(m.id(), p.channel(), now, m.authorId());
  }

  /** Whether the Facebook page channel is configured (page id and token set). */
  public boolean facebookConfigured() {
    return graph.config().configured();
  }

  // ---------------------------------------------------------------- from Materials

  /**
   * The post was marked published by hand with its permalink (the material's own decision and audit
   * are written by the caller): the publication record (channel MANUAL, PUBLISHED), the {@link
   * PostPublished} event when it is newly out, and the process: its "post it by hand" task is
   * completed, or a waiting publication is replaced by the figure reminders.
   */
  public void markedPublishedByHand(String materialId, String permalink, String actorId, String authorId) {
    Instant now = clock.instant();
    PublicationEntry p = em.find(PublicationEntry.class, materialId);
    boolean newlyOut = p == null || !p.isOut();
    if (p == null) {
      p = new PublicationEntry(materialId, Channel.MANUAL, now, actorId, now);
      em.persist(p);
    }
    p.published(Channel.MANUAL, p.externalPostId(), permalink, now);
    em.flush();
    if (!newlyOut) {
      return;
    }
    events.publish(new PostPublished(materialId, Channel.MANUAL.name(), permalink));
    if (!engine.postedByHand(materialId)) {
      engine.end(materialId);
      engine.startReminders(materialId, authorId);
    }
  }

  /** The post was withdrawn: a publication not yet out never goes out. */
  public void withdrawn(String materialId) {
    PublicationEntry p = em.find(PublicationEntry.class, materialId);
    engine.end(materialId);
    if (p != null && !p.isOut()) {
      p.failed(null, "the post was withdrawn: it is not published", clock.instant());
    }
  }

  /** Figures of the post were recorded: its open "record the figures" reminders are done. */
  public int figuresRecorded(String materialId) {
    return engine.closeFigureReminders(materialId);
  }

  // ---------------------------------------------------------------- the process's tasks

  @Override
  public Attempt publishToFacebook(String materialId) {
    Instant now = clock.instant();
    Material m = em.find(Material.class, materialId);
    PublicationEntry p = em.find(PublicationEntry.class, materialId);
    if (m == null || p == null) {
      LOG.warning("No post or publication " + materialId + " to publish: the process ends.");
      return Attempt.of(Outcome.WITHDRAWN);
    }
    if (p.isOut()) {
      return Attempt.of(Outcome.PUBLISHED);
    }
    if (m.status() != MaterialStatus.APPROVED) {
      p.failed(null, m.status() == MaterialStatus.WITHDRAWN ? "the post was withdrawn: it is not published"
          : "the post is " + m.status() + ", not approved: it is not published", now);
      audit.record(Audit.SYSTEM, "material.publication-stopped", subject(m), Map.of("status", m.status().name()));
      return Attempt.of(Outcome.WITHDRAWN);
    }
    p.publishing(now);
    MaterialVersion approved = MaterialQueries.version(em, m.id(), m.lastApprovedVersion());
    String postId;
    try {
      List<String> media = new ArrayList<>();
      for (VersionFileEntry f : MaterialQueries.files(em, approved.id())) {
        VersionFile view = f.toView();
        if (view.image()) {
          media.add(graph.uploadUnpublishedPhoto(new FacebookGraph.Photo(read(f.fileId()), view.fileName(),
              view.contentType())));
        }
      }
      postId = graph.publishFeedPost(approved.text(), null, media);
    } catch (GraphError e) {
      return failedTry(m, p, e);
    } catch (IOException | RuntimeException e) {
      String message = "the post's photos could not be read: " + e.getClass().getSimpleName();
      p.failed(null, message, clock.instant());
      audit.record(Audit.SYSTEM, "material.publication-failed", subject(m), Map.of("message", message));
      return Attempt.of(Outcome.FAILED);
    }
    String link = FacebookGraph.permalink(postId);
    Instant at = clock.instant();
    p.published(Channel.FACEBOOK_PAGE, postId, link, at);
    m.published(link, Audit.SYSTEM, at);
    em.persist(new DecisionEntry(m.id(), approved.number(), Decision.Kind.PUBLISHED, Audit.SYSTEM, link,
        approved.contentHash(), at));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("channel", Channel.FACEBOOK_PAGE.name());
    details.put("version", String.valueOf(approved.number()));
    details.put("contentHash", String.valueOf(approved.contentHash()));
    details.put("postId", postId);
    details.put("permalink", link);
    audit.record(Audit.SYSTEM, "material.published", subject(m), details);
    events.publish(new PostPublished(m.id(), Channel.FACEBOOK_PAGE.name(), link));
    return Attempt.of(Outcome.PUBLISHED);
  }

  private Attempt failedTry(Material m, PublicationEntry p, GraphError e) {
    Instant now = clock.instant();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("code", String.valueOf(e.code()));
    details.put("attempt", String.valueOf(p.attempts()));
    details.put("message", String.valueOf(e.getMessage()));
    if (e.rateLimited()) {
      FacebookConfig c = graph.config();
      if (p.attempts() >= c.maxAttempts()) {
        p.failed(e.code(), e.getMessage() + " (still rate-limited after " + p.attempts() + " tries)", now);
        audit.record(Audit.SYSTEM, "material.publication-failed", subject(m), details);
        return Attempt.of(Outcome.FAILED);
      }
      Duration wait = c.spacingAfter(p.attempts());
      p.retryAt(now.plus(wait), e.code(), e.getMessage(), now);
      details.put("retryAfter", wait.toString());
      audit.record(Audit.SYSTEM, "material.publication-rate-limited", subject(m), details);
      return new Attempt(Outcome.RATE_LIMITED, wait);
    }
    p.failed(e.code(), e.getMessage(), now);
    audit.record(Audit.SYSTEM, "material.publication-failed", subject(m), details);
    return Attempt.of(e.tokenInvalid() ? Outcome.TOKEN_INVALID : Outcome.FAILED);
  }

  @Override
  public boolean awaitManualPost(String materialId) {
    Material m = em.find(Material.class, materialId);
    PublicationEntry p = em.find(PublicationEntry.class, materialId);
    if (m == null || p == null || m.status() == MaterialStatus.WITHDRAWN) {
      return false;
    }
    if (!p.isOut()) {
      p.awaitingManualPost(clock.instant());
    }
    return true;
  }

  @Override
  public void tellAdminsTokenInvalid(String materialId) {
    Material m = em.find(Material.class, materialId);
    PublicationEntry p = em.find(PublicationEntry.class, materialId);
    if (m == null) {
      return;
    }
    List<String> admins = users.idsWithRole(Role.ADMIN, MAX_ADMINS_TOLD);
    LOG.warning("The Facebook page token was refused for post " + materialId + ": telling " + admins.size()
        + " admin(s).");
    int told = 0;
    for (String admin : admins) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("materialTitle", m.title());
      model.put("link", MaterialMails.link(m.id()));
      model.put("code", p == null || p.errorCode() == null ? "190" : String.valueOf(p.errorCode()));
      model.put("message", p == null || p.errorMessage() == null ? "" : p.errorMessage());
      if (mails.send(admin, TOKEN_INVALID_MAIL, model, subject(m))) {
        told++;
      }
    }
    audit.record(Audit.SYSTEM, "material.publication-token-invalid", subject(m),
        Map.of("adminsTold", String.valueOf(told)));
  }

  // ---------------------------------------------------------------- helpers

  private byte[] read(String fileId) throws IOException {
    try (InputStream in = files.content(fileId, READER)) {
      return in.readAllBytes();
    }
  }

  private Material material(String materialId) {
    Material m = materialId == null ? null : em.find(Material.class, materialId);
    if (m == null) {
      throw new NotFound("material", String.valueOf(materialId));
    }
    return m;
  }

  private Material readable(String materialId, Actor actor) {
    Material m = material(materialId);
    if (!actor.hasAny(Role.ADMIN, Role.SAFEGUARDING_LEAD) && !mayWrite(m, actor)) {
      throw new NotFound("material", materialId);
    }
    return m;
  }

  private Material writable(String materialId, Actor actor) {
    Material m = readable(materialId, actor);
    if (!mayWrite(m, actor)) {
      throw new Forbidden("only organisers and supervisors of the post's campaign publish it");
    }
    return m;
  }

  private boolean mayWrite(Material m, Actor actor) {
    return actor.hasAny(Role.ORGANISER, Role.SUPERVISOR) && campaigns.belongs(m.campaignId(), actor);
  }

  private static String subject(Material m) {
    return "material:" + m.id();
  }
}

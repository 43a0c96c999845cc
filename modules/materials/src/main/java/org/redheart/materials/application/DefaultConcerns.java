package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.materials.api.ConcernInput;
import org.redheart.materials.api.ConcernState;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ConcernView;
import org.redheart.materials.api.Concerns;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.ReferralInput;
import org.redheart.materials.domain.Concern;
import org.redheart.materials.domain.ConcernRules;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * {@link Concerns}: the subject must exist and be readable by the person raising the concern (a
 * material of a campaign they belong to, a meeting of one); the texts are checked for any detail of a
 * child; raising starts the concern's process (the leads are told, a material withdrawn); only a
 * safeguarding lead refers and closes. Every step is audited (the texts only as their hash).
 */
@ApplicationScoped
@Transactional
public class DefaultConcerns implements Concerns {

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject ConcernTexts texts;
  @Inject ConcernEngine engine;
  @Inject MaterialLifecycle lifecycle;
  @Inject Materials materials;
  @Inject Meetings meetings;
  @Inject Campaigns campaigns;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  @Override
  public ConcernView raise(ConcernInput input, Actor actor) {
    ConcernRules.Raised raised = texts.rules().raised(input);
    String campaignId;
    String title;
    if (raised.subject() == ConcernSubject.MATERIAL) {
      campaignId = lifecycle.campaignOf(raised.subjectId()).orElseThrow(() -> new NotFound("material", raised.subjectId()));
      if (!readsEverything(actor) && !campaigns.belongs(campaignId, actor)) {
        throw new NotFound("material", raised.subjectId());
      }
      title = materials.get(raised.subjectId(), actor).summary().title();
    } else {
      MeetingSummary meeting = meetings.summaries(Set.of(raised.subjectId())).get(raised.subjectId());
      if (meeting == null || (!readsEverything(actor) && !campaigns.belongs(meeting.campaignId(), actor))) {
        throw new NotFound("meeting", raised.subjectId());
      }
      campaignId = meeting.campaignId();
      title = meeting.title();
    }
    Concern concern = new Concern(raised, title, campaignId, actor.userId(), clock.instant());
    em.persist(concern);
    em.flush();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("subject", raised.subject().name().toLowerCase(java.util.Locale.ROOT) + ":" + raised.subjectId());
    details.put("kind", raised.kind().name());
    audit.record(actor.userId(), "concern.raised", "concern:" + concern.id(), details, raised.summary());
    engine.start(concern.id());
    return view(concern);
  }

  @Override
  public ConcernView get(String concernId, Actor actor) {
    Concern concern = readable(concernId, actor);
    return view(concern);
  }

  @Override
  public Page<ConcernView> list(ConcernState state, PageRequest page, Actor actor) {
    boolean all = actor.has(Role.SAFEGUARDING_LEAD);
    List<String> conditions = new java.util.ArrayList<>();
    if (!all) {
      conditions.add("c.raisedBy = :u");
    }
    if (state != null) {
      conditions.add("c.state = :s");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<Concern> query = em.createQuery("select c from Concern c" + where
        + " order by case when c.state = :closed then 1 else 0 end, c.raisedAt desc, c.id", Concern.class);
    TypedQuery<Long> count = em.createQuery("select count(c) from Concern c" + where, Long.class);
    query.setParameter("closed", ConcernState.CLOSED);
    if (!all) {
      query.setParameter("u", actor.userId());
      count.setParameter("u", actor.userId());
    }
    if (state != null) {
      query.setParameter("s", state);
      count.setParameter("s", state);
    }
    List<Concern> found = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<String, String> tasks = found.isEmpty() ? Map.of() : engine.openTasks(found.stream().map(Concern::id).toList());
    return new Page<>(found.stream().map(c -> c.toView(tasks.get(c.id()))).toList(), page.page(), page.size(),
        count.getSingleResult());
  }

  @Override
  public ConcernView refer(String concernId, ReferralInput referral, Actor actor) {
    requireLead(actor, "records a referral");
    Concern concern = concern(concernId);
    ConcernRules.Referral checked = texts.rules().referral(referral, LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))));
    if (concern.state() != ConcernState.RAISED) {
      throw new Conflict("concern " + concernId + " is " + concern.state() + ": its referral was recorded already");
    }
    concern.refer(checked, actor.userId(), clock.instant());
    flushOrConflict(concernId);
    engine.referralRecorded(concernId, actor.userId());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("target", checked.target().name());
    if (checked.referredOn() != null) {
      details.put("referredOn", checked.referredOn().toString());
    }
    audit.record(actor.userId(), "concern.referred", "concern:" + concernId, details,
        checked.target() + "|" + nullToEmpty(checked.organisation()) + "|" + nullToEmpty(checked.reference()) + "|"
            + nullToEmpty(checked.note()));
    return view(concern);
  }

  @Override
  public ConcernView close(String concernId, String outcome, Actor actor) {
    requireLead(actor, "closes a concern");
    Concern concern = concern(concernId);
    String checked = texts.rules().outcome(outcome);
    if (concern.state() == ConcernState.CLOSED) {
      throw new Conflict("concern " + concernId + " is closed already");
    }
    if (concern.state() != ConcernState.REFERRED) {
      throw new Conflict("record the referral of concern " + concernId + " before closing it");
    }
    concern.close(checked, actor.userId(), clock.instant());
    flushOrConflict(concernId);
    engine.closed(concernId, actor.userId());
    audit.record(actor.userId(), "concern.closed", "concern:" + concernId, Map.of(), checked);
    return view(concern);
  }

  /** Another lead took the same step at the same moment: theirs stands. */
  private void flushOrConflict(String concernId) {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new Conflict("concern " + concernId + " was changed by someone else at the same time: reload it");
    }
  }

  private ConcernView view(Concern concern) {
    return concern.toView(engine.openTasks(List.of(concern.id())).get(concern.id()));
  }

  private Concern readable(String concernId, Actor actor) {
    Concern concern = concern(concernId);
    if (!actor.has(Role.SAFEGUARDING_LEAD) && !concern.raisedBy().equals(actor.userId())) {
      throw new NotFound("concern", concernId);
    }
    return concern;
  }

  private Concern concern(String concernId) {
    Concern concern = concernId == null || concernId.length() > 36 ? null : em.find(Concern.class, concernId);
    if (concern == null) {
      throw new NotFound("concern", String.valueOf(concernId));
    }
    return concern;
  }

  private static void requireLead(Actor actor, String what) {
    if (!actor.has(Role.SAFEGUARDING_LEAD)) {
      throw new Forbidden("only the safeguarding lead " + what);
    }
  }

  /** The safeguarding lead reads every campaign; admins too. */
  private static boolean readsEverything(Actor actor) {
    return actor.hasAny(Role.SAFEGUARDING_LEAD, Role.ADMIN);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redheart.meetings.api.ActionPlans;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.BreakoutGroup;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.FindingsRules;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

@ApplicationScoped
@Transactional
public class DefaultActionPlans implements ActionPlans {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject MeetingAccess access;
  @Inject PlanViews planViews;
  @Inject ActionPlanEngine engine;
  @Inject Campaigns campaigns;
  @Inject Audit audit;

  @Override
  public ActionPlanView add(String meetingId, NewActionPlan input, Actor actor) {
    Meeting meeting = access.workable(meetingId, actor);
    if (input == null) {
      throw new InvalidInput("action", "a JSON object {\"action\", \"ownerContactId\", \"dueOn\"} is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (input.groupId() != null) {
      BreakoutGroup group = em.find(BreakoutGroup.class, input.groupId());
      if (group == null || !group.meetingId().equals(meetingId)) {
        errors.add("groupId", "is not a group of this meeting");
      }
    }
    String owner = input.ownerContactId() == null ? null : input.ownerContactId().strip();
    FindingsRules.Plan plan = FindingsRules.plan("", input.action(), owner, input.dueOn(),
        meeting.startsAt().toLocalDate(), id -> planViews.owners(List.of(id)).containsKey(id), errors);
    errors.throwIfAny();
    ActionPlan created = new ActionPlan(meetingId, meeting.toSummary().campaignId(), input.groupId(), plan.action(), null,
        null, plan.dueOn(), actor.userId());
    created.setOwnerContactRef(plan.ownerContactId());
    em.persist(created);
    em.flush();
    if (planViews.findingsDone(meetingId)) {
      engine.startIfAbsent(created.id());
    }
    audit.record(actor.userId(), "action-plan.added", "action-plan:" + created.id(), Map.of("meeting", meetingId));
    return planViews.views(List.of(created)).get(0);
  }

  @Override
  public Page<ActionPlanView> list(String campaignId, String status, PageRequest page, Actor actor) {
    DefaultMeetings.requireReader(actor);
    List<String> visible = campaigns(actor).stream().map(Campaign::id).toList();
    String wanted = status == null || status.isBlank() ? "ALL" : status.strip().toUpperCase(Locale.ROOT);
    if (!List.of("ALL", ActionPlan.OPEN, ActionPlan.CLOSED).contains(wanted)) {
      throw new InvalidInput("status", "must be OPEN, CLOSED or ALL");
    }
    List<String> ids;
    if (campaignId == null || campaignId.isBlank()) {
      ids = visible;
    } else if (visible.contains(campaignId)) {
      ids = List.of(campaignId);
    } else {
      throw new Forbidden("you do not belong to that campaign");
    }
    if (ids.isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    String where = " where p.campaignId in :c" + ("ALL".equals(wanted) ? "" : " and p.status = :s");
    var query = em.createQuery("select p from ActionPlan p" + where
        + (ActionPlan.CLOSED.equals(wanted) ? " order by p.closedAt desc, p.id" : " order by p.dueOn, p.createdAt, p.id"),
        ActionPlan.class);
    var count = em.createQuery("select count(p) from ActionPlan p" + where, Long.class);
    query.setParameter("c", ids);
    count.setParameter("c", ids);
    if (!"ALL".equals(wanted)) {
      query.setParameter("s", wanted);
      count.setParameter("s", wanted);
    }
    List<ActionPlan> plans = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(planViews.views(plans), page.page(), page.size(), count.getSingleResult());
  }

  /**
   * The campaigns the actor belongs to (all for an admin; the campaigns open to all for those who
   * read meetings). Written here with bound booleans: a boolean literal in JPQL becomes "= 1" on
   * H2 2.x, which refuses to compare BOOLEAN with INTEGER.
   */
  @Override
  public List<Campaign> campaigns(Actor actor) {
    if (actor.has(Role.ADMIN)) {
      return campaigns.all();
    }
    boolean readsMeetings = actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD);
    java.util.Map<String, Campaign> out = new java.util.TreeMap<>();
    List<String> member = em.createQuery("select m.campaignId from CampaignMember m where m.userId = :u", String.class)
        .setParameter("u", actor.userId()).setMaxResults(500).getResultList();
    for (CampaignEntry c : em.createQuery("select c from CampaignEntry c", CampaignEntry.class).setMaxResults(500).getResultList()) {
      Campaign record = c.toRecord();
      if ((readsMeetings && c.openToAll()) || member.contains(record.id())) {
        out.put(record.name() + "\u0000" + record.id(), record);
      }
    }
    return List.copyOf(out.values());
  }

  @Override
  public ActionPlanView get(String planId, Actor actor) {
    DefaultMeetings.requireReader(actor);
    return planViews.views(List.of(plan(planId))).get(0);
  }

  @Override
  public ActionPlanView close(String planId, String outcome, Actor actor) {
    ActionPlan plan = plan(planId);
    access.requireWorker(plan.campaignId(), actor);
    String checked = FindingsRules.outcome(outcome);
    if (!plan.open()) {
      throw new Conflict("action plan " + planId + " is already closed");
    }
    plan.close(checked, actor.userId());
    em.flush();
    engine.closed(planId);
    audit.record(actor.userId(), "action-plan.closed", "action-plan:" + planId, Map.of("meeting", plan.meetingId()));
    return planViews.views(List.of(plan)).get(0);
  }

  private ActionPlan plan(String planId) {
    ActionPlan plan = planId == null || planId.length() > 36 ? null : em.find(ActionPlan.class, planId);
    if (plan == null) {
      throw new NotFound("action plan", String.valueOf(planId));
    }
    return plan;
  }
}

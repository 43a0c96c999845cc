package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.meetings.api.ActionPlans.ActionPlanView;
import org.redheart.meetings.api.Findings;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.BreakoutGroup;
import org.redheart.meetings.domain.FindingsRules;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.Recommendation;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.InvalidInput;

@ApplicationScoped
@Transactional
public class DefaultFindings implements Findings {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject MeetingAccess access;
  @Inject PlanViews planViews;
  @Inject ActionPlanEngine engine;
  @Inject Audit audit;

  @Override
  public FindingsView get(String meetingId, Actor actor) {
    Meeting meeting = access.readable(meetingId, actor);
    return view(meeting, actor);
  }

  @Override
  public FindingsView save(String meetingId, FindingsInput input, Actor actor) {
    Meeting meeting = access.workable(meetingId, actor);
    String campaignId = meeting.toSummary().campaignId();
    LocalDate meetingDate = meeting.startsAt().toLocalDate();
    if (input == null) {
      throw new InvalidInput("groups", "a JSON object {\"groups\": [...], \"recommendations\": [...]} is required");
    }
    List<GroupInput> groupsIn = input.groups() == null ? List.of() : input.groups();
    List<RecommendationInput> recsIn = input.recommendations() == null ? List.of() : input.recommendations();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (groupsIn.size() > FindingsRules.MAX_GROUPS) {
      errors.add("groups", "at most " + FindingsRules.MAX_GROUPS + " groups");
    }
    if (recsIn.size() > FindingsRules.MAX_RECOMMENDATIONS) {
      errors.add("recommendations", "at most " + FindingsRules.MAX_RECOMMENDATIONS + " recommendations");
    }
    errors.throwIfAny();

    Map<Long, BreakoutGroup> existingGroups = new HashMap<>();
    groups(meetingId).forEach(g -> existingGroups.put(g.id(), g));
    Map<String, ActionPlan> existingPlans = new HashMap<>();
    plans(meetingId).forEach(p -> existingPlans.put(p.id(), p));
    Set<String> owners = new HashSet<>();
    groupsIn.forEach(g -> {
      if (g != null && g.actionPlans() != null) {
        g.actionPlans().forEach(p -> {
          if (p != null && p.ownerContactId() != null && !p.ownerContactId().isBlank() && p.ownerContactId().strip().length() <= 36) {
            owners.add(p.ownerContactId().strip());
          }
        });
      }
    });
    Set<String> knownOwners = planViews.owners(owners).keySet();

    record CheckedPlan(ActionPlan existing, FindingsRules.Plan plan) {}
    record CheckedGroup(BreakoutGroup existing, FindingsRules.Theme theme, String challenges, List<CheckedPlan> plans) {}
    List<CheckedGroup> checked = new ArrayList<>();
    for (int i = 0; i < groupsIn.size(); i++) {
      GroupInput g = groupsIn.get(i);
      String prefix = "groups[" + i + "].";
      if (g == null) {
        errors.add("groups[" + i + "]", "is empty");
        continue;
      }
      BreakoutGroup existing = null;
      if (g.id() != null) {
        existing = existingGroups.get(g.id());
        if (existing == null) {
          errors.add(prefix + "id", "is not a group of this meeting");
        }
      }
      FindingsRules.Theme theme = FindingsRules.theme(prefix, g.themeCode(), g.theme(), errors);
      String challenges = FindingsRules.challengesText(prefix, g.challenges(), errors);
      List<PlanInput> plansIn = g.actionPlans() == null ? List.of() : g.actionPlans();
      if (plansIn.size() > FindingsRules.MAX_PLANS) {
        errors.add(prefix + "actionPlans", "at most " + FindingsRules.MAX_PLANS + " action plans a group");
      }
      List<CheckedPlan> plans = new ArrayList<>();
      for (int j = 0; j < plansIn.size(); j++) {
        PlanInput p = plansIn.get(j);
        String planPrefix = prefix + "actionPlans[" + j + "].";
        if (p == null) {
          errors.add(prefix + "actionPlans[" + j + "]", "is empty");
          continue;
        }
        ActionPlan existingPlan = null;
        if (p.id() != null && !p.id().isBlank()) {
          existingPlan = existingPlans.get(p.id());
          if (existingPlan == null || (existing != null && !existing.id().equals(existingPlan.groupId()))) {
            errors.add(planPrefix + "id", "is not an action plan of this group");
            continue;
          }
          if (!existingPlan.open()) {
            plans.add(new CheckedPlan(existingPlan, null)); // closed: kept as it is
            continue;
          }
        }
        FindingsRules.Plan plan = FindingsRules.plan(planPrefix, p.action(), p.ownerContactId(), p.dueOn(), meetingDate,
            knownOwners::contains, errors);
        plans.add(new CheckedPlan(existingPlan, plan));
      }
      checked.add(new CheckedGroup(existing, theme, challenges, plans));
    }
    record CheckedRec(String kind, String text) {}
    List<CheckedRec> recs = new ArrayList<>();
    for (int i = 0; i < recsIn.size(); i++) {
      RecommendationInput r = recsIn.get(i);
      if (r == null || r.text() == null || r.text().isBlank()) {
        continue; // an empty row of the form
      }
      String prefix = "recommendations[" + i + "].";
      String kind = FindingsRules.recommendationKind(prefix, r.kind(), errors);
      String text = r.text().strip();
      if (text.length() > FindingsRules.MAX_RECOMMENDATION) {
        errors.add(prefix + "text", "must be at most " + FindingsRules.MAX_RECOMMENDATION + " characters");
      }
      recs.add(new CheckedRec(kind, text));
    }
    errors.throwIfAny();

    boolean stepDone = planViews.findingsDone(meetingId);
    int nextPosition = existingGroups.values().stream().mapToInt(BreakoutGroup::position).max().orElse(0) + 1;
    List<ActionPlan> added = new ArrayList<>();
    int removed = 0;
    for (CheckedGroup cg : checked) {
      BreakoutGroup group = cg.existing();
      if (group == null) {
        group = insertGroup(meetingId, nextPosition++, cg.theme());
      } else {
        group.setTheme(cg.theme().code(), cg.theme().text());
      }
      group.setChallenges(cg.challenges());
      Set<String> kept = new HashSet<>();
      for (CheckedPlan cp : cg.plans()) {
        if (cp.plan() == null) {
          kept.add(cp.existing().id());
          continue;
        }
        if (cp.existing() != null) {
          cp.existing().change(cp.plan().action(), null, null, cp.plan().dueOn());
          cp.existing().setOwnerContactRef(cp.plan().ownerContactId());
          kept.add(cp.existing().id());
        } else {
          ActionPlan plan = new ActionPlan(meetingId, campaignId, group.id(), cp.plan().action(), null, null,
              cp.plan().dueOn(), actor.userId());
          plan.setOwnerContactRef(cp.plan().ownerContactId());
          em.persist(plan);
          added.add(plan);
          kept.add(plan.id());
        }
      }
      if (!stepDone && cg.existing() != null) {
        Long groupId = group.id();
        for (ActionPlan p : existingPlans.values()) {
          if (groupId.equals(p.groupId()) && p.open() && !kept.contains(p.id()) && !engine.started(p.id())) {
            em.remove(p);
            removed++;
          }
        }
      }
    }
    em.createQuery("delete from Recommendation r where r.meetingId = :m").setParameter("m", meetingId).executeUpdate();
    for (int i = 0; i < recs.size(); i++) {
      // native insert: EclipseLink reads identity keys with IDENTITY(), which H2 2.x no longer has
      em.createNativeQuery("insert into mtg_recommendation (meeting_id, kind, text, position) values (?, ?, ?, ?)")
          .setParameter(1, meetingId).setParameter(2, recs.get(i).kind()).setParameter(3, recs.get(i).text())
          .setParameter(4, i + 1).executeUpdate();
    }
    em.flush();
    if (stepDone) {
      added.forEach(p -> engine.startIfAbsent(p.id()));
    }
    audit.record(actor.userId(), "findings.saved", "meeting:" + meetingId,
        Map.of("groups", String.valueOf(checked.size()), "plansAdded", String.valueOf(added.size()),
            "plansRemoved", String.valueOf(removed), "recommendations", String.valueOf(recs.size())));
    return view(meeting, actor);
  }

  /**
   * Adds a group with a native insert (EclipseLink reads identity keys with {@code IDENTITY()}, which
   * H2 2.x no longer has), then reads it back by its unique (meeting, position).
   */
  private BreakoutGroup insertGroup(String meetingId, int position, FindingsRules.Theme theme) {
    em.flush();
    em.createNativeQuery("insert into mtg_breakout_group (meeting_id, position, theme_code, theme, held) values (?, ?, ?, ?, ?)")
        .setParameter(1, meetingId).setParameter(2, position).setParameter(3, theme.code()).setParameter(4, theme.text())
        .setParameter(5, true).executeUpdate();
    return em.createQuery("select g from BreakoutGroup g where g.meetingId = :m and g.position = :p", BreakoutGroup.class)
        .setParameter("m", meetingId).setParameter("p", position).getSingleResult();
  }

  FindingsView view(Meeting meeting, Actor actor) {
    String meetingId = meeting.id();
    List<ActionPlanView> plans = planViews.views(plans(meetingId));
    List<GroupFindings> groups = new ArrayList<>();
    Set<Long> groupIds = new HashSet<>();
    for (BreakoutGroup g : groups(meetingId)) {
      groupIds.add(g.id());
      groups.add(new GroupFindings(g.id(), g.position(), g.themeCode(), g.theme(), g.held(),
          FindingsRules.challenges(g.challenges()),
          plans.stream().filter(p -> g.id().equals(p.groupId())).toList()));
    }
    List<ActionPlanView> other = plans.stream().filter(p -> p.groupId() == null || !groupIds.contains(p.groupId())).toList();
    List<RecommendationView> recs = em.createQuery(
            "select r from Recommendation r where r.meetingId = :m order by r.position", Recommendation.class)
        .setParameter("m", meetingId).setMaxResults(FindingsRules.MAX_RECOMMENDATIONS).getResultStream()
        .map(r -> new RecommendationView(r.kind(), r.text())).toList();
    String campaignId = meeting.toSummary().campaignId();
    return new FindingsView(meetingId, campaignId, meeting.startsAt().toLocalDate(), access.mayWork(campaignId, actor),
        planViews.findingsDone(meetingId), groups, other, recs);
  }

  List<BreakoutGroup> groups(String meetingId) {
    return em.createQuery("select g from BreakoutGroup g where g.meetingId = :m order by g.position", BreakoutGroup.class)
        .setParameter("m", meetingId).setMaxResults(FindingsRules.MAX_GROUPS * 2).getResultList();
  }

  List<ActionPlan> plans(String meetingId) {
    return em.createQuery("select p from ActionPlan p where p.meetingId = :m order by p.createdAt, p.id", ActionPlan.class)
        .setParameter("m", meetingId).setMaxResults(2000).getResultList();
  }
}

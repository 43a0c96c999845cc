package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.BreakoutGroup;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;

/**
 * The findings step: every group held has a theme code, and something was recorded (challenges or
 * action plans of a group on the findings page, or the challenges summarised on the form); once done, each open action plan of
 * the meeting starts its own {@code ActionPlanProcess}. Sets the variable {@code actionPlans} (a count).
 */
@ApplicationScoped
public class FindingsGuard implements StepGuard {
  public static final String VAR_ACTION_PLANS = "actionPlans";

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject ActionPlanEngine engine;

  @Override
  public Step step() {
    return Step.RECORD_FINDINGS;
  }

  @Override
  public void check(String meetingId, Map<String, String> fields, InvalidInput.Collector errors) {
    List<BreakoutGroup> groups = em.createQuery(
            "select g from BreakoutGroup g where g.meetingId = :m order by g.position", BreakoutGroup.class)
        .setParameter("m", meetingId).getResultList();
    for (BreakoutGroup g : groups) {
      if (g.held() && (g.themeCode() == null || g.themeCode().isBlank())) {
        errors.add("groups", "group " + g.position() + " has no theme code: give it one on the findings page");
      }
    }
    boolean summarised = fields.get("challenges") != null && !fields.get("challenges").isBlank();
    boolean anyChallenges = groups.stream().anyMatch(g -> g.held() && g.challenges() != null && !g.challenges().isBlank());
    boolean anyPlans = !em.createQuery("select p.id from ActionPlan p where p.meetingId = :m", String.class)
        .setParameter("m", meetingId).setMaxResults(1).getResultList().isEmpty();
    if (!summarised && !anyChallenges && !anyPlans) {
      errors.add("challenges", "record the groups' findings on the findings page, or summarise the challenges here");
    }
  }

  @Override
  public void completed(String meetingId, Map<String, String> fields, Actor actor, Map<String, Object> variables) {
    List<ActionPlan> open = em.createQuery(
            "select p from ActionPlan p where p.meetingId = :m and p.status = :s", ActionPlan.class)
        .setParameter("m", meetingId).setParameter("s", ActionPlan.OPEN).getResultList();
    open.forEach(p -> engine.startIfAbsent(p.id()));
    variables.put(VAR_ACTION_PLANS, open.size());
  }
}

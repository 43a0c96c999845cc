package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.ActionPlans.ActionPlanView;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.BreakoutGroup;
import org.redheart.meetings.domain.Meeting;

/** Action plans as the API shows them: with the meeting's title, the group's code, the owner's name. */
@ApplicationScoped
public class PlanViews {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Contacts contacts;

  public List<ActionPlanView> views(List<ActionPlan> plans) {
    if (plans.isEmpty()) {
      return List.of();
    }
    Map<String, String> titles = new HashMap<>();
    List<String> meetingIds = plans.stream().map(ActionPlan::meetingId).distinct().toList();
    em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class).setParameter("ids", meetingIds)
        .getResultStream().forEach(m -> titles.put(m.id(), m.toSummary().title()));
    Map<Long, String> codes = new HashMap<>();
    List<Long> groupIds = plans.stream().map(ActionPlan::groupId).filter(Objects::nonNull).distinct().toList();
    if (!groupIds.isEmpty()) {
      em.createQuery("select g from BreakoutGroup g where g.id in :ids", BreakoutGroup.class).setParameter("ids", groupIds)
          .getResultStream().forEach(g -> codes.put(g.id(), g.themeCode()));
    }
    Map<String, ContactSummary> owners = owners(plans.stream().map(ActionPlan::ownerContactRef).toList());
    return plans.stream().map(p -> {
      ContactSummary owner = p.ownerContactRef() == null ? null : owners.get(p.ownerContactRef());
      String ownerName = owner != null ? owner.name() : p.ownerName();
      return new ActionPlanView(p.id(), p.meetingId(), titles.get(p.meetingId()), p.campaignId(), p.groupId(),
          p.groupId() == null ? null : codes.get(p.groupId()), p.action(), p.ownerContactRef(), ownerName, p.dueOn(),
          p.status(), p.outcome(), p.reminderCount(), p.closedAt());
    }).toList();
  }

  public Map<String, ContactSummary> owners(Collection<String> ids) {
    List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
    return wanted.isEmpty() ? Map.of() : contacts.summaries(wanted);
  }

  public boolean findingsDone(String meetingId) {
    return em.createQuery("select count(r) from StepRecordEntry r where r.meetingId = :m and r.step = :s", Long.class)
        .setParameter("m", meetingId)
        .setParameter("s", Step.RECORD_FINDINGS.taskKey())
        .getSingleResult() > 0;
  }
}

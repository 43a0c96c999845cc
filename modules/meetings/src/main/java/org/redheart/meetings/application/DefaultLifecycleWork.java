package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.meetings.api.LifecycleWork;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.StepStatusEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Two index-backed queries (assigned: {@code mtg_step_status_assignee_ix}; offered: {@code
 * mtg_step_candidate_user_ix} joined on the status table's key), each limited to the end of the page,
 * merged by due date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultLifecycleWork implements LifecycleWork {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  static final List<String> APPROVAL_STEPS =
      java.util.Arrays.stream(Step.values()).filter(Step::approval).map(Step::taskKey).toList();

  @Override
  public Page<WorkStep> openFor(Actor actor, boolean approvalsOnly, PageRequest page) {
    String stepFilter = approvalsOnly ? " and s.step in :steps" : "";
    int limit = page.offset() + page.size();
    TypedQuery<StepStatusEntry> assigned = em.createQuery(
        "select s from StepStatusEntry s where s.assigneeId = :u and s.state = 'OPEN'" + stepFilter
            + " order by s.dueAt, s.meetingId", StepStatusEntry.class);
    TypedQuery<Long> assignedCount = em.createQuery(
        "select count(s) from StepStatusEntry s where s.assigneeId = :u and s.state = 'OPEN'" + stepFilter, Long.class);
    TypedQuery<StepStatusEntry> offered = em.createQuery(
        "select s from StepCandidate c, StepStatusEntry s where c.userId = :u and s.meetingId = c.meetingId "
            + "and s.step = c.step and s.state = 'OPEN'" + stepFilter + " order by s.dueAt, s.meetingId",
        StepStatusEntry.class);
    TypedQuery<Long> offeredCount = em.createQuery(
        "select count(s) from StepCandidate c, StepStatusEntry s where c.userId = :u and s.meetingId = c.meetingId "
            + "and s.step = c.step and s.state = 'OPEN'" + stepFilter, Long.class);
    for (TypedQuery<?> q : List.of(assigned, assignedCount, offered, offeredCount)) {
      q.setParameter("u", actor.userId());
      if (approvalsOnly) {
        q.setParameter("steps", APPROVAL_STEPS);
      }
    }
    Map<String, StepStatusEntry> merged = new LinkedHashMap<>();
    List<StepStatusEntry> all = new ArrayList<>(assigned.setMaxResults(limit).getResultList());
    all.addAll(offered.setMaxResults(limit).getResultList());
    all.sort(Comparator.comparing(StepStatusEntry::dueAt).thenComparing(StepStatusEntry::meetingId)
        .thenComparing(StepStatusEntry::step));
    all.forEach(s -> merged.putIfAbsent(s.meetingId() + "/" + s.step(), s));
    List<WorkStep> items = merged.values().stream()
        .skip(page.offset())
        .limit(page.size())
        .map(s -> new WorkStep(s.taskId(), s.meetingId(), s.step(), s.assigneeId(), s.dueAt(), s.shortNotice(),
            s.openedAt()))
        .toList();
    long total = assignedCount.getSingleResult() + offeredCount.getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }
}

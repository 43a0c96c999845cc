package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.MeetingSteps;
import org.redheart.meetings.api.OpenStep;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.StepForm;
import org.redheart.meetings.api.StepRecord;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepDraft;
import org.redheart.meetings.domain.StepRecordEntry;
import org.redheart.meetings.domain.StepRules;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.WorkList;

@ApplicationScoped
@Transactional
public class DefaultMeetingSteps implements MeetingSteps {

  /** Process variable set by approval steps, read by the lifecycle's gateways. */
  public static final String APPROVED = "approved";

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject LifecycleEngine engine;
  @Inject WorkList workList;
  @Inject LifecycleSteps lifecycleSteps;
  @Inject Audit audit;
  @Inject Instance<StepGuard> guards;
  @Inject org.redheart.meetings.api.Campaigns campaigns;
  @Inject Instance<StepPrefill> prefills;

  @Override
  public StepForm open(String taskId, Actor actor) {
    OpenStep open = openStep(taskId);
    Step step = Step.byTaskKey(open.step()).orElseThrow();
    Meeting meeting = em.find(Meeting.class, open.meetingId());
    if (meeting == null) {
      throw new NotFound("meeting", open.meetingId());
    }
    DefaultMeetings.requireReader(actor);
    StepDraft draft = em.find(StepDraft.class, taskId);
    return new StepForm(
        taskId,
        step,
        meeting.toSummary(),
        open,
        draft == null ? prefill(step, open.meetingId(), actor) : FormJson.read(draft.data()),
        step.approval() ? lastRecord(open.meetingId(), step.approves()) : null);
  }

  @Override
  public void saveDraft(String taskId, Map<String, String> fields, Actor actor) {
    OpenStep open = mayWork(taskId, actor);
    Step step = Step.byTaskKey(open.step()).orElseThrow();
    Map<String, String> checked = StepRules.check(step, fields, false);
    StepDraft draft = em.find(StepDraft.class, taskId);
    if (draft == null) {
      draft = new StepDraft(taskId, open.meetingId());
      draft.save(FormJson.write(checked), actor.userId());
      em.persist(draft);
    } else {
      draft.save(FormJson.write(checked), actor.userId());
    }
  }

  @Override
  public void complete(String taskId, Map<String, String> fields, Actor actor) {
    OpenStep open = mayWork(taskId, actor);
    Step step = Step.byTaskKey(open.step()).orElseThrow();
    if (step.approval()) {
      Meeting meeting = em.find(Meeting.class, open.meetingId());
      if (meeting == null
          || !campaigns.isMember(meeting.campaignId(), actor.userId(), org.redheart.platform.api.Role.SUPERVISOR)) {
        throw new Forbidden("only a supervisor of the meeting's campaign may approve this step");
      }
    }
    if (step.approval()
        && lifecycleSteps.editorsOf(open.meetingId(), step.approves()).contains(actor.userId())) {
      throw new Forbidden("you edited what this step approves: another supervisor must approve it");
    }
    Map<String, String> checked = StepRules.check(step, fields, true);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    guards.stream().filter(g -> g.step() == step).forEach(g -> g.check(open.meetingId(), checked, errors));
    errors.throwIfAny();
    String form = FormJson.write(checked);
    String outcome = StepRules.outcome(step, checked);
    em.persist(new StepRecordEntry(open.meetingId(), step.taskKey(), taskId, outcome, form, actor.userId()));
    Map<String, String> details = new HashMap<>(Map.of("step", step.taskKey(), "task", taskId));
    if (outcome != null) {
      details.put("outcome", outcome);
    }
    audit.record(actor.userId(), "step.completed", "meeting:" + open.meetingId(), details, form);
    StepDraft draft = em.find(StepDraft.class, taskId);
    if (draft != null) {
      em.remove(draft);
    }
    em.flush();
    Map<String, Object> variables = new HashMap<>();
    if (step.approval()) {
      variables.put(APPROVED, FieldSpec.APPROVE.equals(checked.get(FieldSpec.DECISION)));
    }
    guards.stream().filter(g -> g.step() == step).forEach(g -> g.completed(open.meetingId(), checked, actor, variables));
    engine.complete(taskId, variables);
  }

  private Map<String, String> prefill(Step step, String meetingId, Actor actor) {
    Map<String, String> values = new HashMap<>();
    prefills.stream().filter(p -> p.step() == step).forEach(p -> values.putAll(p.prefill(meetingId, actor)));
    return values;
  }

  private OpenStep mayWork(String taskId, Actor actor) {
    OpenStep open = openStep(taskId);
    if (!workList.mayWorkOn(taskId, actor.userId(), actor.roles())) {
      throw new Forbidden("this task is not yours: it is assigned to or offered to someone else");
    }
    return open;
  }

  private OpenStep openStep(String taskId) {
    return engine
        .openStep(taskId)
        .orElseThrow(
            () -> engine.wasCompleted(taskId)
                ? new Conflict("task " + taskId + " has already been completed")
                : new NotFound("task", String.valueOf(taskId)));
  }

  private StepRecord lastRecord(String meetingId, Step step) {
    return em.createQuery(
            "select r from StepRecordEntry r where r.meetingId = :m and r.step = :s order by r.completedAt desc",
            StepRecordEntry.class)
        .setParameter("m", meetingId)
        .setParameter("s", step.taskKey())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(DefaultMeetings::toRecord)
        .orElse(null);
  }
}

package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.redheart.meetings.application.LifecycleSteps;
import org.redheart.meetings.application.PostHandOverSteps;

/**
 * Moves running lifecycle instances of earlier versions of {@code MeetingLifecycleProcess} to the
 * latest one (version 3), at start-up. An instance that waits at a step version 3 still has is
 * migrated by a plan that maps equal activity ids (new timers are created by the migration). An
 * instance that waits at an old post step — version 1's {@code Task_ApproveSocialPost}, version 2's
 * {@code Task_DraftSocialPost} or {@code Task_MarkPostHandled} — cannot be mapped (user tasks to a
 * service and a receive task): it is ended without its listeners and started again on version 3 at
 * {@code Task_HandOverSocialPost}, carrying the post text it had (the draft saved at the open draft
 * task, else the text completed at the draft step) in {@code migratedPostText}; the hand-over sends
 * it with {@code SocialPostRequested}, and the materials module's draft page starts from it. The post
 * is a new draft there: it must pass approval (the old steps never were an approval). Then the
 * step-status rows of the old post steps are dropped, the rows version 1 never wrote are filled in,
 * and the open tasks and their timers get those rows' due dates.
 */
@ApplicationScoped
public class LifecycleMigration {
  private static final Logger LOG = Logger.getLogger(LifecycleMigration.class.getName());

  /** The old post steps whose instances are restarted at the hand-over. */
  static final List<String> OLD_POST_STEPS = List.of(MeetingLifecycle.V1_APPROVE_SOCIAL_POST,
      MeetingLifecycle.V2_DRAFT_SOCIAL_POST, MeetingLifecycle.V2_MARK_POST_HANDLED);

  @Inject ProcessEngine engine;
  @Inject LifecycleSteps steps;
  @Inject PostHandOverSteps handOver;

  /** Migrates every instance of an older version and backfills its status rows; returns how many. */
  @Transactional
  public int run() {
    List<ProcessInstance> migrated = migrateToLatest(engine, handOver::oldPostText);
    CamundaLifecycleEngine adapter = new CamundaLifecycleEngine(engine);
    for (ProcessInstance instance : migrated) {
      String meetingId = instance.getBusinessKey();
      steps.dropOldPostSteps(meetingId);
      instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
          .processDefinitionKey(MeetingLifecycle.PROCESS_KEY).active().list().stream().findFirst().orElse(instance);
      List<LifecycleSteps.OpenTask> open = new ArrayList<>();
      for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
        List<String> candidates = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
            .map(IdentityLink::getUserId)
            .toList();
        open.add(new LifecycleSteps.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getAssignee(), candidates));
      }
      // a lifecycle restarted at the hand-over waits at its receive task: an open step without assignee
      engine.getRuntimeService().createExecutionQuery().processInstanceId(instance.getId())
          .activityId(MeetingLifecycle.PUBLISH_SOCIAL_POST).list()
          .forEach(e -> open.add(new LifecycleSteps.OpenTask(e.getId(), MeetingLifecycle.PUBLISH_SOCIAL_POST, null, List.of())));
      Map<String, Instant> due = steps.backfill(meetingId, open);
      adapter.reschedule(meetingId, due, null);
    }
    if (!migrated.isEmpty()) {
      LOG.info(() -> "Migrated " + migrated.size() + " meeting lifecycle(s) to the latest process version");
    }
    return migrated.size();
  }

  /**
   * The engine part, without the meetings' tables (process tests call it): migrates the instances of
   * every older version to the latest, and restarts those at an old post step at the hand-over with
   * the text {@code postText} gives for (meeting id, open old task id or null). Returns the instances
   * now on the latest version (a restarted one is a new instance of the same meeting).
   */
  static List<ProcessInstance> migrateToLatest(ProcessEngine engine, BiFunction<String, String, String> postText) {
    ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(MeetingLifecycle.PROCESS_KEY).latestVersion().singleResult();
    if (latest == null) {
      return List.of();
    }
    List<ProcessInstance> migrated = new ArrayList<>();
    for (ProcessDefinition older : engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(MeetingLifecycle.PROCESS_KEY).list()) {
      if (older.getId().equals(latest.getId())) {
        continue;
      }
      List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionId(older.getId()).list();
      List<ProcessInstance> mappable = new ArrayList<>();
      for (ProcessInstance instance : instances) {
        Task atPost = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKeyIn(OLD_POST_STEPS.toArray(String[]::new)).list().stream().findFirst().orElse(null);
        if (atPost == null) {
          mappable.add(instance);
        } else {
          migrated.add(restartAtHandOver(engine, latest, instance, atPost, postText));
        }
      }
      if (mappable.isEmpty()) {
        continue;
      }
      MigrationPlan plan = engine.getRuntimeService()
          .createMigrationPlan(older.getId(), latest.getId())
          .mapEqualActivities()
          .build();
      engine.getRuntimeService().newMigration(plan)
          .processInstanceIds(mappable.stream().map(ProcessInstance::getId).toList())
          .execute();
      migrated.addAll(mappable);
    }
    return migrated;
  }

  /** Ends the old instance (no listeners: the meeting is not completed) and starts it again at the hand-over. */
  private static ProcessInstance restartAtHandOver(ProcessEngine engine, ProcessDefinition latest, ProcessInstance old,
      Task atPost, BiFunction<String, String, String> postText) {
    String meetingId = old.getBusinessKey();
    Map<String, Object> variables = new HashMap<>();
    for (String name : List.of(MeetingLifecycle.VAR_MEETING_ID, MeetingLifecycle.VAR_ORGANISER_ID)) {
      Object value = engine.getRuntimeService().getVariable(old.getId(), name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    variables.putIfAbsent(MeetingLifecycle.VAR_MEETING_ID, meetingId);
    variables.put(MeetingLifecycle.VAR_APPROVED, true);
    String openDraftTask = MeetingLifecycle.V2_DRAFT_SOCIAL_POST.equals(atPost.getTaskDefinitionKey()) ? atPost.getId() : null;
    String text = postText.apply(meetingId, openDraftTask);
    if (text != null) {
      variables.put(MeetingLifecycle.VAR_MIGRATED_POST_TEXT, text);
    }
    engine.getRuntimeService().deleteProcessInstance(old.getId(),
        "migrated to version " + latest.getVersion() + ": the post is handed over", true, true);
    LOG.info(() -> "Meeting " + meetingId + " waited at " + atPost.getTaskDefinitionKey()
        + ": its lifecycle restarts at the post's hand-over");
    return engine.getRuntimeService().createProcessInstanceById(latest.getId())
        .businessKey(meetingId)
        .setVariables(variables)
        .startBeforeActivity(MeetingLifecycle.HAND_OVER_POST)
        .execute();
  }
}

package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.redheart.meetings.application.LifecycleSteps;

/**
 * Moves running lifecycle instances of earlier versions of {@code MeetingLifecycleProcess} to the
 * latest one, at start-up: a migration plan maps equal activity ids, and version 1's {@code
 * Task_ApproveSocialPost} to {@code Task_MarkPostHandled} (given to the organiser). New timers are
 * created by the migration; then the step-status rows version 1 never wrote are filled in, and the
 * open tasks and their timers get those rows' due dates.
 */
@ApplicationScoped
public class LifecycleMigration {
  private static final Logger LOG = Logger.getLogger(LifecycleMigration.class.getName());

  @Inject ProcessEngine engine;
  @Inject LifecycleSteps steps;

  /** Migrates every instance of an older version and backfills its status rows; returns how many. */
  @Transactional
  public int run() {
    List<ProcessInstance> migrated = migrateToLatest(engine);
    CamundaLifecycleEngine adapter = new CamundaLifecycleEngine(engine);
    for (ProcessInstance instance : migrated) {
      String meetingId = instance.getBusinessKey();
      List<LifecycleSteps.OpenTask> open = new ArrayList<>();
      for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
        List<String> candidates = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
            .map(IdentityLink::getUserId)
            .toList();
        open.add(new LifecycleSteps.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getAssignee(), candidates));
      }
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
   * every older version to the latest and gives a migrated post task to the organiser.
   */
  static List<ProcessInstance> migrateToLatest(ProcessEngine engine) {
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
      if (instances.isEmpty()) {
        continue;
      }
      MigrationInstructionsBuilder builder = engine.getRuntimeService()
          .createMigrationPlan(older.getId(), latest.getId())
          .mapEqualActivities();
      String handled = org.redheart.meetings.api.Step.MARK_POST_HANDLED.taskKey();
      if (has(engine, older, MeetingLifecycle.V1_APPROVE_SOCIAL_POST) && !has(engine, latest, MeetingLifecycle.V1_APPROVE_SOCIAL_POST)
          && has(engine, latest, handled)) {
        builder.mapActivities(MeetingLifecycle.V1_APPROVE_SOCIAL_POST, handled);
      }
      MigrationPlan plan = builder.build();
      engine.getRuntimeService().newMigration(plan)
          .processInstanceIds(instances.stream().map(ProcessInstance::getId).toList())
          .execute();
      for (ProcessInstance instance : instances) {
        giveMigratedPostTaskToTheOrganiser(engine, instance.getId());
      }
      migrated.addAll(instances);
    }
    return migrated;
  }

  /** Version 1 offered the post's approval to supervisors; marking it handled is the organiser's. */
  private static void giveMigratedPostTaskToTheOrganiser(ProcessEngine engine, String processInstanceId) {
    String handled = org.redheart.meetings.api.Step.MARK_POST_HANDLED.taskKey();
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(handled).list()) {
      if (task.getAssignee() != null) {
        continue;
      }
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
          engine.getTaskService().deleteCandidateUser(task.getId(), link.getUserId());
        }
      }
      Object organiser = engine.getRuntimeService().getVariable(processInstanceId, MeetingLifecycle.VAR_ORGANISER_ID);
      if (organiser != null) {
        engine.getTaskService().setAssignee(task.getId(), organiser.toString());
      }
    }
  }

  private static boolean has(ProcessEngine engine, ProcessDefinition definition, String activityId) {
    return engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementById(activityId) instanceof FlowNode;
  }
}

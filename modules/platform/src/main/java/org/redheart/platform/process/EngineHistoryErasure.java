package org.redheart.platform.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;

/**
 * The engine's part of erasure. Process variables hold ids only, so engine tables hold no names or
 * addresses; what they do hold is the person's user id as assignee, candidate, operator or starter.
 * Open tasks are handed back (unassigned, candidacy removed) so that someone else can take them;
 * history keeps its rows (the campaign's figures stay right) with the user id replaced by
 * {@value #ERASED}, and so do string variables holding it (the organiser's id): the meetings module
 * reads the organiser from its own tables, never from the variable. Runs on the engine's datasource, inside the erasure's transaction.
 */
@ApplicationScoped
public class EngineHistoryErasure implements ErasureParticipant {
  static final String ERASED = "erased";

  /** Engine columns that hold a user id: history, and string variables (such as organiserId). */
  static final List<String> HISTORY_COLUMNS = List.of(
      "ACT_RU_VARIABLE.TEXT_", "ACT_HI_VARINST.TEXT_", "ACT_HI_DETAIL.TEXT_",
      "ACT_HI_TASKINST.ASSIGNEE_", "ACT_HI_TASKINST.OWNER_", "ACT_HI_ACTINST.ASSIGNEE_",
      "ACT_HI_IDENTITYLINK.USER_ID_", "ACT_HI_OP_LOG.USER_ID_", "ACT_HI_PROCINST.START_USER_ID_",
      "ACT_HI_COMMENT.USER_ID_", "ACT_HI_ATTACHMENT.USER_ID_");

  @Inject ProcessEngine engine;

  @Override
  public String name() {
    return "engine";
  }

  @Override
  public int erase(ErasedPerson person) {
    String userId = person.personId();
    int count = 0;
    var tasks = engine.getTaskService();
    for (Task t : tasks.createTaskQuery().taskAssignee(userId).list()) {
      tasks.setAssignee(t.getId(), null);
      count++;
    }
    for (Task t : tasks.createTaskQuery().taskCandidateUser(userId).list()) {
      tasks.deleteUserIdentityLink(t.getId(), userId, IdentityLinkType.CANDIDATE);
      count++;
    }
    DataSource ds = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection c = ds.getConnection()) {
      for (String column : HISTORY_COLUMNS) {
        String[] tc = column.split("\\.");
        try (PreparedStatement ps = c.prepareStatement(
            "update " + tc[0] + " set " + tc[1] + " = ? where " + tc[1] + " = ?")) {
          ps.setString(1, ERASED);
          ps.setString(2, userId);
          count += ps.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not anonymise the engine history", e);
    }
    return count;
  }
}

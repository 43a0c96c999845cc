package org.redheart.app.process;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.redheart.app.infrastructure.Database;

/**
 * Ready when the database answers, the engine runs with its job executor, and no due job waits
 * more than five minutes (a stuck or overloaded job executor).
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {
  static final Duration MAX_JOB_LATENESS = Duration.ofMinutes(5);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject EngineBootstrap bootstrap;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder r = HealthCheckResponse.named("redheart");
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      r.withData("database", valid ? "UP" : "DOWN");
      if (!valid) {
        return r.down().build();
      }
    } catch (Exception e) {
      return r.withData("database", "DOWN: " + e.getClass().getSimpleName()).down().build();
    }
    ProcessEngine engine = bootstrap.getEngine();
    boolean jobExecutor = engine != null
        && engine.getProcessEngineConfiguration() instanceof org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl impl
        && impl.getJobExecutor() != null
        && impl.getJobExecutor().isActive();
    r.withData("engine", engine == null ? "DOWN" : "UP").withData("jobExecutor", jobExecutor ? "UP" : "DOWN");
    if (engine == null || !jobExecutor) {
      return r.down().build();
    }
    Date threshold = Date.from(Instant.now().minus(MAX_JOB_LATENESS));
    List<Job> late =
        engine.getManagementService().createJobQuery().executable().duedateLowerThan(threshold)
            .orderByJobDuedate().asc().listPage(0, 1);
    long lateSeconds = late.isEmpty() || late.get(0).getDuedate() == null
        ? 0 : Duration.between(late.get(0).getDuedate().toInstant(), Instant.now()).toSeconds();
    r.withData("oldestDueJobLateSeconds", lateSeconds);
    return late.isEmpty() ? r.up().build() : r.down().build();
  }
}

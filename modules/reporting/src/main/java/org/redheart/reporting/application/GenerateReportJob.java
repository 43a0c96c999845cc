package org.redheart.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.JobContext;
import org.redheart.platform.api.JobHandler;
import org.redheart.platform.api.Role;
import org.redheart.reporting.domain.ReportContent;
import org.redheart.reporting.domain.ReportEntry;

/**
 * Generates a results report ({@value #KIND}): reads the campaign's data (meetings, posts, network,
 * materials — one pass of the builder), renders it once to check it renders, and stores it as the draft.
 * A resumed job simply computes again (the content is stored in one transaction at the end).
 */
@ApplicationScoped
public class GenerateReportJob implements JobHandler {
  public static final String KIND = "reporting.generate";
  static final String[] PARTS = {"meetings", "posts", "network", "materials", "rendering"};
  private static final Logger LOG = Logger.getLogger(GenerateReportJob.class.getName());

  @Inject DefaultResultsReports reports;
  @Inject ReportBuilder builder;
  @Inject ReportRenderer renderer;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean mayStart(Actor actor) {
    return actor != null && actor.hasAny(Role.ORGANISER, Role.SUPERVISOR);
  }

  @Override
  public void check(Map<String, String> parameters) {
    String id = parameters.get("reportId");
    if (id == null || id.isBlank() || id.length() > 36) {
      throw new InvalidInput("reportId", "is required");
    }
  }

  @Override
  public void run(JobContext context) {
    String reportId = context.parameters().get("reportId");
    ReportEntry report = reports.awaitingContent(reportId);
    if (report == null) {
      return;
    }
    int total = PARTS.length;
    try {
      context.progress(0, total, "meetings, posts, network, materials", null);
      ReportContent content = builder.build(report.campaignId(), report.from(), report.to());
      context.progress(4, total, PARTS[4], null);
      renderer.html(content, "en", Map.of(), DefaultResultsReports.figureLink(reportId));
      reports.storeContent(reportId, content);
      context.progress(total, total, "done", null);
    } catch (JobContext.Cancelled e) {
      reports.generationFailed(reportId, "cancelled");
      throw e;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Results report " + reportId + " failed", e);
      reports.generationFailed(reportId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      throw e;
    }
  }
}

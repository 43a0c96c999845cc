package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Jobs;
import org.redheart.platform.api.NotFound;
import org.redheart.reporting.api.CheckResolution;
import org.redheart.reporting.api.Redaction;
import org.redheart.reporting.api.ReportState;
import org.redheart.reporting.api.ReportSummary;
import org.redheart.reporting.api.ResultsReports;

/**
 * A results report ({@code reports/view.xhtml?id=}): progress while it is generated, then the report (HTML,
 * embedded), the data to check with a note form per item, the recommendations, submit, approve or request
 * changes (the service refuses the report's authors), downloads in English and Bangla, the hash and the
 * redactions.
 */
@Named
@RequestScoped
public class ReportView {
  @Inject ResultsReports reports;
  @Inject Jobs jobs;
  @Inject CurrentUser currentUser;

  private String id;
  private ReportSummary report;
  private boolean loaded;
  private String checkKey;
  private String note;
  private String recommendationsText;
  private String comment;

  public void load() {
    getReport();
  }

  public ReportSummary getReport() {
    if (!loaded) {
      loaded = true;
      if (id == null) {
        id = MaterialForms.param("id");
      }
      if (id == null || id.isBlank()) {
        Pages.notFound();
        return null;
      }
      try {
        report = reports.get(id, currentUser.actor());
      } catch (NotFound e) {
        Pages.notFound();
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
      }
    }
    return report;
  }

  public boolean isGenerating() {
    return getReport() != null && report.state() == ReportState.GENERATING;
  }

  public boolean isHasContent() {
    return getReport() != null && report.state() != ReportState.GENERATING
        && !(report.state() == ReportState.FAILED && getChecks().isEmpty() && report.contentHash() == null);
  }

  public boolean isDraft() {
    return getReport() != null && report.state() == ReportState.DRAFT;
  }

  public boolean isInReview() {
    return getReport() != null && report.state() == ReportState.IN_REVIEW;
  }

  /** The generation job's progress in percent, with its message. */
  public String getProgress() {
    if (getReport() == null || report.jobId() == null) {
      return "";
    }
    try {
      Jobs.JobStatus job = jobs.get(report.jobId(), currentUser.actor());
      return job.percent() + "% — " + (job.message() == null ? "" : job.message());
    } catch (NotFound | Forbidden e) {
      return "";
    }
  }

  public List<CheckResolution> getChecks() {
    return getReport() == null ? List.of() : reports.checks(id, currentUser.actor());
  }

  public List<Redaction> getRedactions() {
    return getReport() == null ? List.of() : reports.redactions(id, currentUser.actor());
  }

  public String getRecommendationsText() {
    if (recommendationsText == null && getReport() != null) {
      recommendationsText = String.join("\n", reports.recommendations(id, currentUser.actor()));
    }
    return recommendationsText;
  }

  public void resolve() {
    if (checkKey == null || checkKey.isBlank()) {
      checkKey = MaterialForms.param("checkKey");
    }
    act(() -> {
      reports.resolve(id, checkKey, note, currentUser.actor());
      Pages.info("reports.resolved");
    }, Map.of());
  }

  public void saveRecommendations() {
    act(() -> {
      reports.editRecommendations(id, Arrays.asList((recommendationsText == null ? "" : recommendationsText)
          .split("\\R")), currentUser.actor());
      Pages.info("reports.recommendationsSaved");
    }, Map.of("recommendations", "recommendations:text"));
  }

  public void regenerate() {
    act(() -> reports.regenerate(id, currentUser.actor()), Map.of());
  }

  public void submit() {
    act(() -> {
      reports.submit(id, currentUser.actor());
      Pages.info("reports.submitted");
    }, Map.of());
  }

  public void approve() {
    act(() -> {
      reports.approve(id, comment, currentUser.actor());
      Pages.info("reports.approved");
    }, Map.of("comment", "review:comment"));
  }

  public void requestChanges() {
    act(() -> {
      reports.requestChanges(id, comment, currentUser.actor());
      Pages.info("reports.changesRequested");
    }, Map.of("comment", "review:comment"));
  }

  private void act(Runnable action, Map<String, String> ids) {
    if (getReport() == null) {
      return;
    }
    try {
      action.run();
      Pages.redirect("/reports/view.xhtml?id=" + id);
    } catch (InvalidInput e) {
      if (ids.isEmpty()) {
        Pages.error(e.getMessage());
      } else {
        Pages.fieldErrors(e, ids);
      }
    } catch (Conflict | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getCheckKey() { return checkKey; }
  public void setCheckKey(String checkKey) { this.checkKey = checkKey; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public void setRecommendationsText(String text) { this.recommendationsText = text; }
  public String getComment() { return comment; }
  public void setComment(String comment) { this.comment = comment; }
}

package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;
import org.redheart.reporting.api.ResultsReports;
import org.redheart.reporting.api.SourceRecord;

/**
 * The records behind one figure of a results report ({@code reports/sources.xhtml?id=&figure=}): each
 * record's kind, its label (a link to the meeting's or the post's page when it is one) and the value it
 * adds to the figure. The same checks as the report itself (members of its campaign only).
 */
@Named
@RequestScoped
public class ReportSourcesView {
  @Inject ResultsReports reports;
  @Inject CurrentUser currentUser;

  private String id;
  private String figure;
  private List<SourceRecord> records;
  private boolean loaded;

  public void load() {
    getRecords();
  }

  public List<SourceRecord> getRecords() {
    if (!loaded) {
      loaded = true;
      if (id == null) {
        id = MaterialForms.param("id");
      }
      if (figure == null) {
        figure = MaterialForms.param("figure");
      }
      if (id == null || id.isBlank() || figure == null || figure.isBlank()) {
        Pages.notFound();
        return List.of();
      }
      try {
        records = reports.sources(id, figure, currentUser.actor());
      } catch (NotFound e) {
        Pages.notFound();
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
      }
    }
    return records == null ? List.of() : records;
  }

  /** The page of a record, relative to the context path; null when the kind has no page here. */
  public String link(SourceRecord r) {
    if (r == null || r.id() == null) {
      return null;
    }
    return switch (r.kind()) {
      case "meeting" -> "/meetings/view.xhtml?id=" + r.id();
      case "post", "material" -> "/materials/view.xhtml?id=" + r.id();
      default -> null;
    };
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFigure() {
    return figure;
  }

  public void setFigure(String figure) {
    this.figure = figure;
  }
}

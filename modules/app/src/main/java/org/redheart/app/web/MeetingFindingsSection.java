package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Findings;
import org.redheart.meetings.api.Findings.FindingsView;
import org.redheart.meetings.api.MeetingReports;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;

/**
 * The meeting page's "findings and action plans" and "report" sections: each group's theme,
 * challenges and plans, the recommendations, and links to the report as HTML and DOCX.
 */
@Named
@RequestScoped
public class MeetingFindingsSection {
  @Inject Findings findings;
  @Inject MeetingReports reports;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private FindingsView view;
  private MeetingReports.Version version;
  private boolean loaded;

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      view = findings.get(id, currentUser.actor());
      version = reports.report(id, language.getCode(), currentUser.actor()).version();
    } catch (NotFound | Forbidden e) {
      view = null;
    }
  }

  public FindingsView getView() {
    load();
    return view;
  }

  public boolean isNothingRecorded() {
    load();
    return view == null || (view.groups().isEmpty() && view.otherActionPlans().isEmpty() && view.recommendations().isEmpty());
  }

  /** APPROVED, LATEST or GENERATED: which version the report links give. */
  public String getReportVersion() {
    load();
    return version == null ? "" : version.name();
  }
}

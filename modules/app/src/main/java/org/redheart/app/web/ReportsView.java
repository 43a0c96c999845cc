package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;
import org.redheart.reporting.api.ReportSummary;
import org.redheart.reporting.api.ResultsReports;

/**
 * The results reports page ({@code reports.xhtml?campaign=}): a campaign's reports, newest first, and the
 * form that generates one for a period (July 2022 – April 2023 filled in for the demo campaign's season).
 */
@Named
@RequestScoped
public class ReportsView {
  static final Map<String, String> IDS = Map.of("campaignId", "generate:campaign", "from", "generate:from",
      "to", "generate:to");

  @Inject ResultsReports reports;
  @Inject Campaigns campaigns;
  @Inject CurrentUser currentUser;

  private String campaign;
  private String from = "2022-07-01";
  private String to = "2023-04-30";
  private List<ReportSummary> list;

  public List<Campaign> getCampaigns() {
    return campaigns.visibleTo(currentUser.actor());
  }

  public String getSelected() {
    if (campaign == null || campaign.isBlank()) {
      String param = MaterialForms.param("campaign");
      campaign = param != null && !param.isBlank() ? param
          : getCampaigns().stream().findFirst().map(Campaign::id).orElse(null);
    }
    return campaign;
  }

  public List<ReportSummary> getList() {
    if (list == null) {
      list = List.of();
      String c = getSelected();
      if (c != null) {
        try {
          list = reports.list(c, PageRequest.of(0, 50), currentUser.actor()).items();
        } catch (Forbidden | InvalidInput e) {
          list = List.of();
        }
      }
    }
    return list;
  }

  public void generate() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate f = date("from", from, errors);
    LocalDate t = date("to", to, errors);
    try {
      errors.throwIfAny();
      ReportSummary r = reports.generate(campaign, f, t, currentUser.actor());
      Pages.info("reports.generating");
      Pages.redirect("/reports/view.xhtml?id=" + r.id());
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, IDS);
    } catch (Forbidden | Conflict e) {
      Pages.error(e.getMessage());
    }
  }

  private static LocalDate date(String field, String text, InvalidInput.Collector errors) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(Digits.toAscii(text).strip());
    } catch (DateTimeParseException e) {
      errors.add(field, Pages.text("reports.error.date"));
      return null;
    }
  }

  public String getCampaign() { return getSelected(); }
  public void setCampaign(String campaign) { this.campaign = campaign; }
  public String getFrom() { return from; }
  public void setFrom(String from) { this.from = from; }
  public String getTo() { return to; }
  public void setTo(String to) { this.to = to; }
}

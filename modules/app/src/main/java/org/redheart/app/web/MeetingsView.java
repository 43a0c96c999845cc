package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/** The list of meetings, newest first, a page at a time. */
@Named
@RequestScoped
public class MeetingsView {
  static final int PAGE_SIZE = 20;

  @Inject Meetings meetings;
  @Inject CurrentUser currentUser;
  @Inject org.redheart.meetings.api.Campaigns campaigns;

  private String campaign;

  private int page;
  private Page<MeetingSummary> result;

  public Page<MeetingSummary> getResult() {
    if (result == null) {
      result = meetings.list(campaign == null || campaign.isBlank() ? null : campaign, new PageRequest(Math.max(0, page), PAGE_SIZE), currentUser.actor());
    }
    return result;
  }

  /** The campaigns the user belongs to, for the filter. */
  public java.util.List<org.redheart.meetings.api.Campaign> getCampaigns() {
    return campaigns.visibleTo(currentUser.actor());
  }

  public String getCampaign() { return campaign; }
  public void setCampaign(String campaign) { this.campaign = campaign == null || campaign.length() > 36 ? null : campaign; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}

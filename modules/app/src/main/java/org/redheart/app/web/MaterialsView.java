package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.MaterialQuery;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The materials list: filters by campaign, kind, status, meeting and title sent as a GET form (a
 * filtered list is a link to share), a page of results with each status in words.
 */
@Named
@RequestScoped
public class MaterialsView {
  static final int PAGE_SIZE = 25;

  @Inject Materials materials;
  @Inject Meetings meetings;
  @Inject CurrentUser currentUser;

  private String campaign;
  private String kind;
  private String status;
  private String meeting;
  private String q;
  private int page;
  private Page<MaterialSummary> result;
  private String problem;
  private MeetingSummary meetingSummary;

  public Page<MaterialSummary> getResult() {
    if (result == null) {
      try {
        result = materials.list(query(), new PageRequest(page, PAGE_SIZE), currentUser.actor());
        if (result.items().isEmpty() && page > 0 && result.total() > 0) {
          page = (int) (result.pageCount() - 1);
          result = materials.list(query(), new PageRequest(page, PAGE_SIZE), currentUser.actor());
        }
      } catch (InvalidInput e) {
        problem = e.getMessage();
        result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
      }
    }
    return result;
  }

  public String getProblem() {
    getResult();
    return problem;
  }

  MaterialQuery query() {
    return new MaterialQuery(blankToNull(campaign), blankToNull(kind), statusOrNull(), blankToNull(meeting), blankToNull(q));
  }

  public boolean isFiltered() {
    MaterialQuery query = query();
    return query.campaignId() != null || query.kindCode() != null || query.status() != null || query.meetingId() != null
        || query.text() != null;
  }

  /** The meeting the list is filtered by, to name it above the list. */
  public MeetingSummary getMeetingSummary() {
    String id = blankToNull(meeting);
    if (meetingSummary == null && id != null) {
      meetingSummary = meetings.summaries(List.of(id)).get(id);
    }
    return meetingSummary;
  }

  public MaterialStatus[] getStatuses() {
    return MaterialStatus.values();
  }

  /** The filters as a query string (no page), for the pager. */
  public String getFilterQuery() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("campaign", blankToNull(campaign));
    params.put("kind", blankToNull(kind));
    params.put("status", statusOrNull() == null ? null : statusOrNull().name());
    params.put("meeting", blankToNull(meeting));
    params.put("q", blankToNull(q));
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> {
      if (v != null) {
        sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    return sb.toString();
  }

  /** The pager's base: the list with its filters, ready for "page=". */
  public String getPagerBase() {
    String filters = getFilterQuery();
    return "/materials.xhtml?" + (filters.isEmpty() ? "" : filters + "&");
  }

  public boolean isWriter() {
    return currentUser.isOrganiser() || currentUser.isSupervisor();
  }

  private MaterialStatus statusOrNull() {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return MaterialStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getCampaign() { return campaign; }
  public void setCampaign(String campaign) { this.campaign = campaign; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getMeeting() { return meeting; }
  public void setMeeting(String meeting) { this.meeting = meeting; }
  public String getQ() { return q; }
  public void setQ(String q) { this.q = q; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 1_000_000)); }
}

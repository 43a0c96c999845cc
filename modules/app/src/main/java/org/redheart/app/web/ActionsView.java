package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.ActionPlans;
import org.redheart.meetings.api.ActionPlans.ActionPlanView;
import org.redheart.meetings.api.Campaign;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Every open action plan across the meetings of the campaigns the user belongs to, soonest due
 * first, filtered by campaign and paginated; each can be closed here with its outcome.
 */
@Named
@RequestScoped
public class ActionsView {
  static final int PAGE_SIZE = 20;

  @Inject ActionPlans actionPlans;
  @Inject CurrentUser currentUser;

  private String campaignId;
  private Integer page;
  private Page<ActionPlanView> result;
  private List<Campaign> visible;
  private final Map<String, String> errors = new HashMap<>();

  public void load() {
    getResult();
  }

  public Page<ActionPlanView> getResult() {
    if (result == null) {
      if (campaignId == null) {
        campaignId = blankToNull(param("campaignId"));
      }
      if (page == null) {
        String p = param("page");
        page = p == null ? 0 : Math.max(0, Formats.parseInteger(p) == null ? 0 : Formats.parseInteger(p));
      }
      try {
        result = actionPlans.list(blankToNull(campaignId), "OPEN", new PageRequest(page, PAGE_SIZE), currentUser.actor());
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
        result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
      } catch (NumberFormatException | InvalidInput e) {
        result = actionPlans.list(null, "OPEN", new PageRequest(0, PAGE_SIZE), currentUser.actor());
      }
    }
    return result;
  }

  public List<Campaign> getCampaigns() {
    if (visible == null) {
      visible = actionPlans.campaigns(currentUser.actor());
    }
    return visible;
  }

  public boolean late(ActionPlanView plan) {
    return plan.dueOn() != null && plan.dueOn().isBefore(LocalDate.now(ZoneOffset.UTC));
  }

  public void close(String planId) {
    getResult();
    String outcome = param("outcome-" + planId);
    try {
      actionPlans.close(planId, outcome, currentUser.actor());
      Pages.info("actions.closedInfo");
      Pages.redirect("/meetings/actions.xhtml?" + (campaignId == null ? "" : "campaignId="
          + URLEncoder.encode(campaignId, StandardCharsets.UTF_8) + "&") + "page=" + page);
    } catch (InvalidInput e) {
      errors.put(planId, e.fieldErrors().getOrDefault("outcome", e.getMessage()));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (Conflict e) {
      errors.put(planId, Pages.text("actions.alreadyClosed"));
    } catch (Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public String error(String planId) {
    return errors.get(planId);
  }

  public String outcome(String planId) {
    String v = param("outcome-" + planId);
    return v == null ? "" : v;
  }

  /** The pager's base: this page with the filter, ready for {@code page=}. */
  public String getBase() {
    return "/meetings/actions.xhtml?" + (campaignId == null ? "" : "campaignId="
        + URLEncoder.encode(campaignId, StandardCharsets.UTF_8) + "&");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  public String getCampaignId() { return campaignId; }
  public void setCampaignId(String campaignId) { this.campaignId = blankToNull(campaignId); }
  public Integer getPage() { return page; }
  public void setPage(Integer page) { this.page = page; }
}

package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.PostAnalytics;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;

/**
 * A campaign's posts in a period ({@code materials/analytics.xhtml?campaign=&from=&to=}): the table
 * of posts with their latest figures (a figure not recorded shows "—", never 0) and the totals, each
 * "over N posts", the most engaged posts, engagement by kind, and the chart of interactions per month
 * (the server's SVG as an image; PNG to download).
 */
@Named
@RequestScoped
public class PostAnalyticsView {
  @Inject Engagement engagement;
  @Inject Campaigns campaigns;
  @Inject CurrentUser currentUser;
  @Inject Formats formats;
  @Inject Language language;
  @Inject MaterialLabels labels;

  private String campaign;
  private String from;
  private String to;
  private PostAnalytics analytics;
  private boolean loaded;
  private String error;

  public void load() {
    getAnalytics();
  }

  public PostAnalytics getAnalytics() {
    if (!loaded) {
      loaded = true;
      List<Campaign> visible = getCampaigns();
      if (campaign == null || campaign.isBlank()) {
        campaign = visible.isEmpty() ? null : visible.get(0).id();
      }
      if (campaign == null) {
        return null;
      }
      try {
        analytics = engagement.analytics(campaign, date(from, "from"), date(to, "to"), currentUser.actor());
      } catch (InvalidInput e) {
        error = String.join(" ", e.fieldErrors().values());
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
      }
    }
    return analytics;
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(Digits.toAscii(text).strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, Pages.text("engage.error.date"));
    }
  }

  public List<Campaign> getCampaigns() {
    return campaigns.visibleTo(currentUser.actor());
  }

  /** A figure as shown: "—" when it was not recorded (never 0). */
  public String figure(Long value) {
    return value == null ? "—" : formats.number(value);
  }

  /** A total: "1,234 (over 28 posts)". */
  public String total(PostAnalytics.Total total) {
    if (total == null || total.posts() == 0) {
      return "—";
    }
    return Pages.text("engage.total", formats.number(total.sum()), formats.number(total.posts()));
  }

  /** The query of the period, for the chart's address. */
  public String getChartQuery() {
    PostAnalytics a = getAnalytics();
    if (a == null) {
      return "";
    }
    return "from=" + a.from() + "&to=" + a.to() + "&lang=" + language.getCode();
  }

  public String getChartBase() {
    return "/api/campaigns/" + URLEncoder.encode(campaign == null ? "" : campaign, StandardCharsets.UTF_8)
        + "/post-analytics/";
  }

  public String month(java.time.YearMonth m) {
    return formats.date(m.atDay(1)).replaceFirst("^\\S+\\s", "");
  }

  public String kind(String code) {
    return labels.kind(code);
  }

  public String getError() { return error; }
  public String getCampaign() { return campaign; }
  public void setCampaign(String campaign) { this.campaign = campaign; }
  public String getFrom() { return from; }
  public void setFrom(String from) { this.from = from; }
  public String getTo() { return to; }
  public void setTo(String to) { this.to = to; }
}

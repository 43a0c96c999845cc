package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingTemplateData;
import org.redheart.meetings.api.Templates;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.platform.api.InvalidInput;

/** The "new meeting" form. Inputs are text so that every error is reported by the same rules. */
@Named
@RequestScoped
public class NewMeetingView {
  /** Zones offered first; any other IANA zone id can be typed. */
  public static final List<String> ZONES = List.of("Asia/Dhaka", "Asia/Kolkata", "Europe/London", "Europe/Madrid",
      "Europe/Brussels", "America/New_York", "UTC");

  @Inject Meetings meetings;
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;
  @Inject Language language;
  @Inject Campaigns campaigns;
  @Inject Templates templates;

  private String campaignId;
  private String templateId;

  private String title;
  private Long audienceCategoryId;
  private String date;
  private String startTime;
  private String endTime;
  private String timeZone = "Asia/Dhaka";
  private String venue;
  private String onlineLink;
  private String expectedParticipants;

  private static final Map<String, String> CLIENT_IDS = Map.ofEntries(Map.entry("title", "meeting:title"), Map.entry("audienceCategoryId", "meeting:audienceCategoryId"), Map.entry("date", "meeting:date"), Map.entry("startTime", "meeting:startTime"), Map.entry("endTime", "meeting:endTime"), Map.entry("timeZone", "meeting:timeZone"), Map.entry("venue", "meeting:venue"), Map.entry("onlineLink", "meeting:onlineLink"), Map.entry("expectedParticipants", "meeting:expectedParticipants"), Map.entry("campaignId", "meeting:campaignId"), Map.entry("templateId", "meeting:templateId"));

  /** The campaigns the user may schedule in: those they belong to. */
  public List<Campaign> getCampaigns() {
    return campaigns.visibleTo(currentUser.actor()).stream()
        .filter(c -> campaigns.belongs(c.id(), currentUser.actor())).toList();
  }

  public List<MeetingTemplateData> getTemplates() {
    return templates.list(true);
  }

  public String templateName(MeetingTemplateData t) {
    return t.name(language.getCode());
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public String categoryName(StakeholderCategory c) {
    return c.name(language.getCode());
  }

  public List<String> getZones() {
    return ZONES;
  }

  public void create() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate d = Formats.parseDate(date, "date", errors);
    LocalTime start = Formats.parseTime(startTime, "startTime", errors);
    LocalTime end = Formats.parseTime(endTime, "endTime", errors);
    Integer expected = null;
    try {
      expected = Formats.parseInteger(expectedParticipants);
    } catch (NumberFormatException e) {
      errors.add("expectedParticipants", Pages.text("error.wholeNumber"));
    }
    try {
      errors.throwIfAny();
      MeetingSummary created = meetings.schedule(new ScheduleMeeting(blankToNull(campaignId), title, audienceCategoryId, d,
          start, end, timeZone, venue, onlineLink, expected, blankToNull(templateId)), currentUser.actor());
      Pages.info("meetings.created");
      Pages.redirect("/meetings/view.xhtml?id=" + created.id());
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, CLIENT_IDS);
    } catch (org.redheart.platform.api.Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public String getCampaignId() { return campaignId; }
  public void setCampaignId(String campaignId) { this.campaignId = campaignId; }
  public String getTemplateId() { return templateId; }
  public void setTemplateId(String templateId) { this.templateId = templateId; }

  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public Long getAudienceCategoryId() { return audienceCategoryId; }
  public void setAudienceCategoryId(Long audienceCategoryId) { this.audienceCategoryId = audienceCategoryId; }
  public String getDate() { return date; }
  public void setDate(String date) { this.date = date; }
  public String getStartTime() { return startTime; }
  public void setStartTime(String startTime) { this.startTime = startTime; }
  public String getEndTime() { return endTime; }
  public void setEndTime(String endTime) { this.endTime = endTime; }
  public String getTimeZone() { return timeZone; }
  public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
  public String getVenue() { return venue; }
  public void setVenue(String venue) { this.venue = venue; }
  public String getOnlineLink() { return onlineLink; }
  public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
  public String getExpectedParticipants() { return expectedParticipants; }
  public void setExpectedParticipants(String expectedParticipants) { this.expectedParticipants = expectedParticipants; }
}

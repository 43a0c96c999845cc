package org.redheart.app.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.PastMeetingRecord;
import org.redheart.meetings.api.PastMeetings;
import org.redheart.meetings.api.RecordPastMeeting;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Role;

/**
 * The "record a past meeting" form: the meeting's facts, then repeatable rows of speakers and of
 * breakout groups (challenges one per line; action plans one per line, "action | owner"), and the
 * recommendations (one per line). Rows are added and removed by posting the form, so nothing typed
 * is lost. Errors show next to their field, row by row.
 */
@Named
@ViewScoped
public class PastMeetingForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ROW_FIELD = Pattern.compile("(speakers|groups)\\[(\\d+)\\]\\.(\\w+)(?:\\[(\\d+)\\]\\.(\\w+))?");
  private static final Pattern RECOMMENDATION = Pattern.compile("recommendations\\[(\\d+)\\]\\.(\\w+)");

  @Inject PastMeetings pastMeetings;
  @Inject Campaigns campaigns;
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  /** A speaker row. */
  public static class SpeakerRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String role = "SPEAKER";
    private String topic;
    private String joined = "UNKNOWN";
    private String country;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getJoined() { return joined; }
    public void setJoined(String joined) { this.joined = joined; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
  }

  /** A breakout group row. */
  public static class GroupRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String themeCode;
    private String theme;
    private String challenges;
    private String actions;

    public String getThemeCode() { return themeCode; }
    public void setThemeCode(String themeCode) { this.themeCode = themeCode; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getChallenges() { return challenges; }
    public void setChallenges(String challenges) { this.challenges = challenges; }
    public String getActions() { return actions; }
    public void setActions(String actions) { this.actions = actions; }
  }

  private String campaignId;
  private String title;
  private String kind = "stakeholder";
  private String date;
  private String startTime;
  private String endTime;
  private String timeZone = "Asia/Dhaka";
  private String venue;
  private String mode = "ONSITE";
  private String audience;
  /** Category ids as chosen (Faces may hand over Longs or Strings: the items' values are numbers). */
  private List<Object> categoryIds = new ArrayList<>();
  private String attendanceTotal;
  private String attendanceUnit = "PERSONS";
  private String groupsPlanned;
  private String groupsHeld;
  private final List<SpeakerRow> speakers = new ArrayList<>(List.of(new SpeakerRow()));
  private final List<GroupRow> groups = new ArrayList<>();
  private String demands;
  private String goodPractices;

  private transient List<Campaign> mine;

  /** The campaigns the user organises or supervises: the ones a past meeting may be recorded into. */
  public List<Campaign> getCampaigns() {
    if (mine == null) {
      var actor = currentUser.actor();
      mine = campaigns.all().stream()
          .filter(c -> (actor.has(Role.ORGANISER) && campaigns.isMember(c.id(), actor.userId(), Role.ORGANISER))
              || (actor.has(Role.SUPERVISOR) && campaigns.isMember(c.id(), actor.userId(), Role.SUPERVISOR)))
          .toList();
    }
    return mine;
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public String categoryName(StakeholderCategory c) {
    return c.name(language.getCode());
  }

  public List<String> getZones() {
    return NewMeetingView.ZONES;
  }

  public void addSpeaker() {
    speakers.add(new SpeakerRow());
  }

  public void removeSpeaker(SpeakerRow row) {
    speakers.remove(row);
  }

  public void addGroup() {
    GroupRow row = new GroupRow();
    row.setThemeCode(String.valueOf((char) ('A' + Math.min(groups.size(), 25))));
    groups.add(row);
  }

  public void removeGroup(GroupRow row) {
    groups.remove(row);
  }

  public void save() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate d = Formats.parseDate(date, "date", errors);
    LocalTime start = Formats.parseTime(startTime, "startTime", errors);
    LocalTime end = Formats.parseTime(endTime, "endTime", errors);
    Integer total = number(attendanceTotal, "attendanceTotal", errors);
    Integer planned = number(groupsPlanned, "groupsPlanned", errors);
    Integer held = number(groupsHeld, "groupsHeld", errors);
    List<Long> cats = new ArrayList<>();
    categoryIds.forEach(c -> cats.add(Long.valueOf(String.valueOf(c))));
    List<RecordPastMeeting.SpeakerInput> speakerInputs = new ArrayList<>();
    for (SpeakerRow s : speakers) {
      if (blank(s.getName()) && blank(s.getTopic()) && blank(s.getCountry())) {
        continue; // an empty row left over: not a speaker
      }
      speakerInputs.add(new RecordPastMeeting.SpeakerInput(null, s.getName(), s.getRole(), s.getTopic(), s.getJoined(),
          s.getCountry()));
    }
    List<RecordPastMeeting.GroupInput> groupInputs = new ArrayList<>();
    for (GroupRow g : groups) {
      List<RecordPastMeeting.ActionInput> actions = new ArrayList<>();
      for (String line : lines(g.getActions())) {
        int bar = line.lastIndexOf('|');
        actions.add(bar < 0 ? new RecordPastMeeting.ActionInput(line, null)
            : new RecordPastMeeting.ActionInput(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
      }
      groupInputs.add(new RecordPastMeeting.GroupInput(g.getThemeCode(), false, g.getTheme(), lines(g.getChallenges()),
          actions));
    }
    List<RecordPastMeeting.RecommendationInput> recommendations = new ArrayList<>();
    lines(demands).forEach(t -> recommendations.add(new RecordPastMeeting.RecommendationInput("DEMAND", t)));
    lines(goodPractices).forEach(t -> recommendations.add(new RecordPastMeeting.RecommendationInput("GOOD_PRACTICE", t)));
    try {
      errors.throwIfAny();
      PastMeetingRecord stored = pastMeetings.record(new RecordPastMeeting(campaignId, title, kind, d, start, end, timeZone,
          venue, mode, audience, cats, total, attendanceUnit, planned, held, speakerInputs, groupInputs, recommendations, null),
          currentUser.actor());
      Pages.info("past.recorded");
      Pages.redirect("/meetings/view.xhtml?id=" + stored.meeting().id());
    } catch (InvalidInput e) {
      showErrors(e, speakerInputs.size() == speakers.size() ? null : speakerRowsUsed());
    } catch (Forbidden | Conflict e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Indexes of the speaker rows that were sent (empty rows are skipped). */
  private List<Integer> speakerRowsUsed() {
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      SpeakerRow s = speakers.get(i);
      if (!(blank(s.getName()) && blank(s.getTopic()) && blank(s.getCountry()))) {
        used.add(i);
      }
    }
    return used;
  }

  private void showErrors(InvalidInput e, List<Integer> speakerRows) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.text("past.fixErrors"), null));
    e.fieldErrors().forEach((field, message) -> {
      String clientId;
      String label;
      Matcher row = ROW_FIELD.matcher(field);
      Matcher rec = RECOMMENDATION.matcher(field);
      if (row.matches()) {
        int i = Integer.parseInt(row.group(2));
        if (row.group(1).equals("speakers")) {
          int shown = speakerRows == null || i >= speakerRows.size() ? i : speakerRows.get(i);
          String sub = row.group(3).equals("contactId") ? "name" : row.group(3);
          clientId = "past:speakers:" + shown + ":speaker-" + sub;
          label = Pages.text("past.speakerN", shown + 1) + ", " + Pages.text("past.field." + sub);
        } else if (row.group(4) != null) {
          clientId = "past:groups:" + i + ":group-actions";
          label = Pages.text("past.groupN", i + 1) + ", " + Pages.text("past.actionN", Integer.parseInt(row.group(4)) + 1);
        } else {
          String sub = row.group(3).equals("actionPlans") ? "actions" : row.group(3);
          clientId = "past:groups:" + i + ":group-" + sub;
          label = Pages.text("past.groupN", i + 1) + ", " + Pages.text("past.field." + sub);
        }
      } else if (rec.matches()) {
        clientId = "past:demands";
        label = Pages.text("past.recommendationN", Integer.parseInt(rec.group(1)) + 1);
      } else {
        clientId = switch (field) {
          case "speakers" -> null;
          case "groups" -> null;
          default -> "past:" + field;
        };
        label = Pages.text("past.field." + field);
      }
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + message, null));
    });
    faces.validationFailed();
  }

  private static Integer number(String text, String field, InvalidInput.Collector errors) {
    try {
      return Formats.parseInteger(text);
    } catch (NumberFormatException e) {
      errors.add(field, Pages.text("error.wholeNumber"));
      return null;
    }
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getCampaignId() { return campaignId; }
  public void setCampaignId(String campaignId) { this.campaignId = campaignId; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
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
  public String getMode() { return mode; }
  public void setMode(String mode) { this.mode = mode; }
  public String getAudience() { return audience; }
  public void setAudience(String audience) { this.audience = audience; }
  public List<Object> getCategoryIds() { return categoryIds; }
  public void setCategoryIds(List<Object> categoryIds) { this.categoryIds = categoryIds == null ? new ArrayList<>() : new ArrayList<>(categoryIds); }
  public String getAttendanceTotal() { return attendanceTotal; }
  public void setAttendanceTotal(String attendanceTotal) { this.attendanceTotal = attendanceTotal; }
  public String getAttendanceUnit() { return attendanceUnit; }
  public void setAttendanceUnit(String attendanceUnit) { this.attendanceUnit = attendanceUnit; }
  public String getGroupsPlanned() { return groupsPlanned; }
  public void setGroupsPlanned(String groupsPlanned) { this.groupsPlanned = groupsPlanned; }
  public String getGroupsHeld() { return groupsHeld; }
  public void setGroupsHeld(String groupsHeld) { this.groupsHeld = groupsHeld; }
  public List<SpeakerRow> getSpeakers() { return speakers; }
  public List<GroupRow> getGroups() { return groups; }
  public String getDemands() { return demands; }
  public void setDemands(String demands) { this.demands = demands; }
  public String getGoodPractices() { return goodPractices; }
  public void setGoodPractices(String goodPractices) { this.goodPractices = goodPractices; }
}

package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.MeetingState;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/**
 * The meeting page's lifecycle section: a cancelled meeting's reason and who must be told; the
 * reschedule and cancel forms for organisers and supervisors of the campaign.
 */
@Named
@RequestScoped
public class MeetingLifecycleView {
  @Inject Meetings meetings;
  @Inject Contacts contacts;
  @Inject Users users;
  @Inject CurrentUser currentUser;
  @Inject MeetingView meetingView;

  private String meetingId;
  private MeetingState state;
  private String date;
  private String startTime;
  private String endTime;
  private String timeZone;
  private String reason;

  private static final Map<String, String> RESCHEDULE_IDS = Map.of("date", "reschedule:date", "startTime",
      "reschedule:startTime", "endTime", "reschedule:endTime", "timeZone", "reschedule:timeZone");
  private static final Map<String, String> CANCEL_IDS = Map.of("reason", "cancel:reason");

  public MeetingState getState() {
    if (state == null && getMeetingId() != null) {
      try {
        state = meetings.state(getMeetingId(), currentUser.actor());
      } catch (NotFound | Forbidden e) {
        return null;
      }
    }
    return state;
  }

  /** The contacts who must be told of a cancellation, by name (until the invitations issue tells them). */
  public List<ContactSummary> getToTell() {
    MeetingState s = getState();
    if (s == null || s.toTell().isEmpty()) {
      return List.of();
    }
    Map<String, ContactSummary> byId = contacts.summaries(s.toTell());
    return s.toTell().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  public String getCancelledByName() {
    MeetingState s = getState();
    return s == null || s.cancelledBy() == null ? "" : users.displayNames(List.of(s.cancelledBy()))
        .getOrDefault(s.cancelledBy(), s.cancelledBy());
  }

  public void reschedule() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate d = Formats.parseDate(date, "date", errors);
    LocalTime start = Formats.parseTime(startTime, "startTime", errors);
    LocalTime end = Formats.parseTime(endTime, "endTime", errors);
    try {
      errors.throwIfAny();
      meetings.reschedule(getMeetingId(), d, start, end, timeZone, currentUser.actor());
      Pages.info("lifecycle.rescheduled");
      Pages.redirect("/meetings/view.xhtml?id=" + getMeetingId());
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, RESCHEDULE_IDS);
      reload();
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
      reload();
    }
  }

  public void cancel() {
    try {
      meetings.cancel(getMeetingId(), reason, currentUser.actor());
      Pages.info("lifecycle.cancelled");
      Pages.redirect("/meetings/view.xhtml?id=" + getMeetingId());
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, CANCEL_IDS);
      reload();
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
      reload();
    }
  }

  /** A postback does not run the page's view action: load the meeting so the page shows it with the errors. */
  private void reload() {
    if (meetingView.getMeeting() == null) {
      meetingView.setId(getMeetingId());
      meetingView.load();
    }
  }

  public List<String> getZones() {
    return NewMeetingView.ZONES;
  }

  /**
   * The meeting's id: on a postback the forms' own "id" field, because the page's view parameter is
   * only applied after this section's rendered conditions are evaluated.
   */
  public String getMeetingId() {
    if (meetingId != null && !meetingId.isBlank()) {
      return meetingId;
    }
    if (meetingView.getId() != null) {
      return meetingView.getId();
    }
    var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces == null ? null : faces.getExternalContext().getRequestParameterMap().get("id");
  }

  public void setMeetingId(String meetingId) { this.meetingId = meetingId; }
  public String getDate() {
    if (date == null && meetingView.getMeeting() != null) {
      date = meetingView.getMeeting().startsAt().toLocalDate().toString();
    }
    return date;
  }
  public void setDate(String date) { this.date = date; }
  public String getStartTime() {
    if (startTime == null && meetingView.getMeeting() != null) {
      startTime = meetingView.getMeeting().startsAt().toLocalTime().toString();
    }
    return startTime;
  }
  public void setStartTime(String startTime) { this.startTime = startTime; }
  public String getEndTime() {
    if (endTime == null && meetingView.getMeeting() != null && meetingView.getMeeting().endsAt() != null) {
      endTime = meetingView.getMeeting().endsAt().toLocalTime().toString();
    }
    return endTime;
  }
  public void setEndTime(String endTime) { this.endTime = endTime; }
  public String getTimeZone() {
    if (timeZone == null && meetingView.getMeeting() != null) {
      timeZone = meetingView.getMeeting().startsAt().getZone().getId();
    }
    return timeZone;
  }
  public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}

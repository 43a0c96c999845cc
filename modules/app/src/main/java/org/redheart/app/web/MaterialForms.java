package org.redheart.app.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.materials.api.MaterialInput;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/** What the material forms share: the meetings to choose from, posted values, errors next to fields. */
final class MaterialForms {
  /** Meetings offered per campaign (the newest); a meeting already chosen is always offered. */
  static final int MEETING_CHOICES = 50;
  static final List<String> LANGUAGES = List.of("en", "bn", "en+bn");

  private MaterialForms() {}

  /** A meeting to tick, with the campaign it belongs to (so a script can hide other campaigns' meetings). */
  public record MeetingChoice(String id, String campaignId, String title, MeetingSummary meeting) {}

  static List<MeetingChoice> meetingChoices(Meetings meetings, List<Campaign> campaigns, List<String> chosen, Actor actor) {
    Map<String, MeetingChoice> out = new LinkedHashMap<>();
    for (Campaign c : campaigns) {
      meetings.list(c.id(), new PageRequest(0, MEETING_CHOICES), actor).items()
          .forEach(m -> out.put(m.id(), new MeetingChoice(m.id(), m.campaignId(), m.title(), m)));
    }
    List<String> missing = chosen.stream().filter(id -> !out.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      meetings.summaries(missing).values().forEach(m -> out.put(m.id(), new MeetingChoice(m.id(), m.campaignId(), m.title(), m)));
    }
    return new ArrayList<>(out.values());
  }

  /** The meetings ticked in the posted form. */
  static List<String> postedMeetingIds() {
    String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("meetingIds");
    return values == null ? List.of() : Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
  }

  static String param(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(name);
  }

  /**
   * Checks what the form can check itself: every ticked meeting belongs to the material's campaign.
   * The service checks everything else.
   */
  static void checkMeetings(MaterialInput input, Meetings meetings, InvalidInput.Collector errors) {
    if (input.meetingIds().isEmpty() || input.campaignId() == null) {
      return;
    }
    Map<String, MeetingSummary> found = meetings.summaries(input.meetingIds());
    boolean foreign = input.meetingIds().stream()
        .anyMatch(id -> found.get(id) == null || !input.campaignId().equals(found.get(id).campaignId()));
    if (foreign) {
      errors.add("meetingIds", Pages.text("materials.error.meetingOfOtherCampaign"));
    }
  }

  /**
   * Shows each field error next to its input ({@code clientIds}: field name to client id), labelled
   * with the field's name on this page; errors of other fields become global messages.
   */
  static void fieldErrors(InvalidInput e, Map<String, String> clientIds) {
    FacesContext faces = FacesContext.getCurrentInstance();
    e.fieldErrors().forEach((field, message) -> {
      String label = Pages.text("materials.field." + field);
      if (label.startsWith("materials.field.")) {
        label = field;
      }
      faces.addMessage(clientIds.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + message, null));
    });
    faces.validationFailed();
  }

  /** An error of one input, in this page's words. */
  static void fieldError(String clientId, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.text(key), null));
    faces.validationFailed();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialInput;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.Materials;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;

/**
 * "New material": campaign, kind, title, language, the meetings it belongs to (chosen by title among
 * the campaign's meetings, or preselected with {@code ?meeting=}) and its first text, kept as a draft.
 */
@Named
@RequestScoped
public class NewMaterialView {
  static final String FORM = "material";
  static final Map<String, String> CLIENT_IDS = Map.of("campaignId", "material:campaignId", "kindCode", "material:kindCode",
      "title", "material:title", "language", "material:language", "text", "material:text", "meetingIds", "material:meetingIds");

  @Inject Materials materials;
  @Inject Meetings meetings;
  @Inject CurrentUser currentUser;
  @Inject MaterialLabels labels;

  private String meeting;
  private String campaignId;
  private String kindCode = MaterialKind.SOCIAL_POST;
  private String title;
  private String language = "en";
  private String text;
  private List<String> meetingIds;
  private List<MaterialForms.MeetingChoice> meetingChoices;

  /** The view action of a GET: a meeting given in the address is ticked and its campaign chosen. */
  public void init() {
    String id = MaterialForms.blankToNull(meeting);
    if (id != null) {
      MeetingSummary m = meetings.summaries(List.of(id)).get(id);
      if (m != null) {
        campaignId = m.campaignId();
        meetingIds = new ArrayList<>(List.of(m.id()));
      }
    }
    if (campaignId == null) {
      List<Campaign> mine = getCampaigns();
      campaignId = mine.isEmpty() ? null : mine.get(0).id();
    }
  }

  public List<Campaign> getCampaigns() {
    return labels.getMyCampaigns();
  }

  public List<String> getLanguages() {
    return MaterialForms.LANGUAGES;
  }

  public List<MaterialForms.MeetingChoice> getMeetingChoices() {
    if (meetingChoices == null) {
      meetingChoices = MaterialForms.meetingChoices(meetings, getCampaigns(), chosenMeetings(), currentUser.actor());
    }
    return meetingChoices;
  }

  public boolean meetingChosen(String id) {
    return chosenMeetings().contains(id);
  }

  private List<String> chosenMeetings() {
    if (meetingIds == null) {
      meetingIds = new ArrayList<>(MaterialForms.postedMeetingIds());
    }
    return meetingIds;
  }

  public void create() {
    MaterialInput input = new MaterialInput(MaterialForms.blankToNull(campaignId), MaterialForms.blankToNull(kindCode), title,
        MaterialForms.blankToNull(language), chosenMeetings());
    InvalidInput.Collector errors = new InvalidInput.Collector();
    MaterialForms.checkMeetings(input, meetings, errors);
    try {
      errors.throwIfAny();
      MaterialDetails created = materials.create(input, text == null ? "" : text, currentUser.actor());
      Pages.info("materials.created");
      Pages.redirect("/materials/view.xhtml?id=" + created.id());
    } catch (InvalidInput e) {
      MaterialForms.fieldErrors(e, CLIENT_IDS);
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public String getMeeting() { return meeting; }
  public void setMeeting(String meeting) { this.meeting = meeting; }
  public String getCampaignId() { return campaignId; }
  public void setCampaignId(String campaignId) { this.campaignId = campaignId; }
  public String getKindCode() { return kindCode; }
  public void setKindCode(String kindCode) { this.kindCode = kindCode; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
}

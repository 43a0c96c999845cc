package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.CampaignDetails;
import org.redheart.meetings.api.CampaignInput;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * The campaigns page: the campaigns the user belongs to (all of them for an admin), and for admins a
 * form to create or edit one ({@code ?id=}) with its organisers and supervisors.
 */
@Named
@RequestScoped
public class CampaignsView {
  static final int MAX_PEOPLE = 500;
  private static final Map<String, String> CLIENT_IDS = Map.of("name", "campaign:name", "hashtag", "campaign:hashtag",
      "mission", "campaign:mission", "vision", "campaign:vision", "startsOn", "campaign:startsOn", "endsOn",
      "campaign:endsOn", "organiserIds", "campaign:organiserIds", "supervisorIds", "campaign:supervisorIds");

  @Inject Campaigns campaigns;
  @Inject Users users;
  @Inject CurrentUser currentUser;

  private String id;
  private CampaignDetails editing;
  private boolean loaded;
  private String name;
  private String hashtag;
  private String mission;
  private String vision;
  private String startsOn;
  private String endsOn;
  private List<String> organiserIds = new ArrayList<>();
  private List<String> supervisorIds = new ArrayList<>();

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }
    if (id == null || id.isBlank() || !currentUser.actor().has(Role.ADMIN)) {
      return;
    }
    try {
      editing = campaigns.get(id, currentUser.actor());
    } catch (NotFound e) {
      Pages.notFound();
      return;
    }
    if (!FacesContext.getCurrentInstance().isPostback()) {
      name = editing.name();
      hashtag = editing.hashtag();
      mission = editing.mission();
      vision = editing.vision();
      startsOn = editing.startsOn() == null ? null : editing.startsOn().toString();
      endsOn = editing.endsOn() == null ? null : editing.endsOn().toString();
      organiserIds = new ArrayList<>(editing.organiserIds());
      supervisorIds = new ArrayList<>(editing.supervisorIds());
    }
  }

  public List<Campaign> getList() {
    return campaigns.visibleTo(currentUser.actor());
  }

  public boolean isAdmin() {
    return currentUser.actor().has(Role.ADMIN);
  }

  public CampaignDetails getEditing() {
    load();
    return editing;
  }

  /** Organisers (or supervisors) to choose from: id to display name. */
  public Map<String, String> people(String role) {
    List<String> ids = users.idsWithRole(Role.valueOf(role), MAX_PEOPLE);
    Map<String, String> names = users.displayNames(ids);
    Map<String, String> out = new LinkedHashMap<>();
    ids.stream().sorted((a, b) -> names.getOrDefault(a, a).compareToIgnoreCase(names.getOrDefault(b, b)))
        .forEach(i -> out.put(names.getOrDefault(i, i), i));
    return out;
  }

  public void save() {
    load();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate starts = date(startsOn, "startsOn", errors);
    LocalDate ends = date(endsOn, "endsOn", errors);
    try {
      errors.throwIfAny();
      CampaignInput input = new CampaignInput(name, hashtag, mission, vision, starts, ends, organiserIds, supervisorIds);
      CampaignDetails saved = editing == null ? campaigns.create(input, currentUser.actor())
          : campaigns.update(editing.id(), input, currentUser.actor());
      Pages.info(editing == null ? "campaigns.created" : "campaigns.saved");
      Pages.redirect("/campaigns.xhtml?id=" + saved.id());
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, CLIENT_IDS);
    } catch (Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  private static LocalDate date(String text, String field, InvalidInput.Collector errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(Digits.toAscii(text.strip()));
    } catch (DateTimeParseException e) {
      errors.add(field, Pages.text("error.date"));
      return null;
    }
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getHashtag() { return hashtag; }
  public void setHashtag(String hashtag) { this.hashtag = hashtag; }
  public String getMission() { return mission; }
  public void setMission(String mission) { this.mission = mission; }
  public String getVision() { return vision; }
  public void setVision(String vision) { this.vision = vision; }
  public String getStartsOn() { return startsOn; }
  public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
  public String getEndsOn() { return endsOn; }
  public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
  public List<String> getOrganiserIds() { return organiserIds; }
  public void setOrganiserIds(List<String> organiserIds) { this.organiserIds = organiserIds; }
  public List<String> getSupervisorIds() { return supervisorIds; }
  public void setSupervisorIds(List<String> supervisorIds) { this.supervisorIds = supervisorIds; }
}

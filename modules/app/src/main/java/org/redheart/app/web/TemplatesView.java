package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.MeetingTemplateData;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.TemplateInput;
import org.redheart.meetings.api.Templates;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Role;

/**
 * Meeting templates for admins: the list, and a form to create one or edit one ({@code ?id=}):
 * agenda and themes in their line formats, and a deadline per step in days from the meeting day.
 */
@Named
@RequestScoped
public class TemplatesView {
  @Inject Templates templates;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private String id;
  private MeetingTemplateData editing;
  private boolean loaded;
  private String code;
  private String name;
  private String nameBn;
  private String expectedParticipants;
  private String speakersCount;
  private String durationMinutes;
  private String agenda;
  private String themes;
  private boolean active = true;
  private long version;
  private final Map<String, String> deadlines = new LinkedHashMap<>();

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (!currentUser.actor().has(Role.ADMIN)) {
      Pages.forbidden("only admins edit meeting templates");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      id = faces.getExternalContext().getRequestParameterMap().get("id");
    }
    if (id != null && !id.isBlank()) {
      editing = templates.find(id).orElse(null);
      if (editing == null) {
        Pages.notFound();
        return;
      }
    }
    if (!faces.isPostback()) {
      if (editing != null) {
        code = editing.code();
        name = editing.name();
        nameBn = editing.nameBn();
        expectedParticipants = Integer.toString(editing.expectedParticipants());
        speakersCount = Integer.toString(editing.speakersCount());
        durationMinutes = Integer.toString(editing.durationMinutes());
        agenda = editing.agenda();
        themes = editing.themes();
        active = editing.active();
        version = editing.version();
        editing.deadlines().forEach((s, d) -> deadlines.put(s.name(), Integer.toString(d)));
      } else {
        templates.defaultDeadlines()
            .forEach((s, d) -> deadlines.put(s.name(), Integer.toString(d)));
      }
    }
  }

  public List<MeetingTemplateData> getList() {
    return templates.list(false);
  }

  public String templateName(MeetingTemplateData t) {
    return t.name(language.getCode());
  }

  public List<Step> getSteps() {
    return List.of(Step.values());
  }

  public MeetingTemplateData getEditing() {
    load();
    return editing;
  }

  public void save() {
    load();
    if (!currentUser.actor().has(Role.ADMIN)) {
      return;
    }
    if (editing != null) {
      String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version");
      version = v == null ? -1 : Long.parseLong(v);
    }
    TemplateInput input = new TemplateInput(code, name, nameBn, expectedParticipants, speakersCount, durationMinutes,
        agenda, themes, deadlines, active);
    try {
      MeetingTemplateData saved = editing == null ? templates.create(input, currentUser.actor())
          : templates.update(editing.id(), input, version, currentUser.actor());
      Pages.info(editing == null ? "templates.created" : "templates.saved");
      Pages.redirect("/admin/templates.xhtml?id=" + saved.id());
    } catch (InvalidInput e) {
      Map<String, String> ids = new HashMap<>(Map.of("code", "template:code", "name", "template:name", "nameBn",
          "template:nameBn", "expectedParticipants", "template:expectedParticipants", "speakersCount",
          "template:speakersCount", "durationMinutes", "template:durationMinutes", "agenda", "template:agenda",
          "themes", "template:themes"));
      List<Step> steps = getSteps();
      for (int i = 0; i < steps.size(); i++) {
        ids.put("deadlines." + steps.get(i).name(), "template:deadlines:" + i + ":days");
      }
      Pages.fieldErrors(e, ids);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public Map<String, String> getDeadlines() { return deadlines; }
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getNameBn() { return nameBn; }
  public void setNameBn(String nameBn) { this.nameBn = nameBn; }
  public String getExpectedParticipants() { return expectedParticipants; }
  public void setExpectedParticipants(String v) { this.expectedParticipants = v; }
  public String getSpeakersCount() { return speakersCount; }
  public void setSpeakersCount(String v) { this.speakersCount = v; }
  public String getDurationMinutes() { return durationMinutes; }
  public void setDurationMinutes(String v) { this.durationMinutes = v; }
  public String getAgenda() { return agenda; }
  public void setAgenda(String agenda) { this.agenda = agenda; }
  public String getThemes() { return themes; }
  public void setThemes(String themes) { this.themes = themes; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public long getVersion() { return version; }
}

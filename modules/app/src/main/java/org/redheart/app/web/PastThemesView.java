package org.redheart.app.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.PastMeetingRecord;
import org.redheart.meetings.api.PastMeetings;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/** Confirming (or changing) a past meeting's theme codes, some of which were only suggested from the theme's text. */
@Named
@ViewScoped
public class PastThemesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PastMeetings pastMeetings;
  @Inject CurrentUser currentUser;

  /** A group's row: its id, theme, code as suggested or typed, and whether it is still a suggestion. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long groupId;
    private final int position;
    private final String theme;
    private final boolean suggested;
    private String code;

    Row(PastMeetingRecord.PastGroup g) {
      this.groupId = g.id();
      this.position = g.position();
      this.theme = g.theme();
      this.suggested = g.themeCodeSuggested();
      this.code = g.themeCode();
    }

    public long getGroupId() { return groupId; }
    public int getPosition() { return position; }
    public String getTheme() { return theme; }
    public boolean isSuggested() { return suggested; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
  }

  private String id;
  private String title;
  private final List<Row> rows = new ArrayList<>();

  public void load() {
    try {
      PastMeetingRecord r = pastMeetings.find(id, currentUser.actor()).orElseThrow(() -> new NotFound("past meeting", id));
      title = r.meeting().title();
      rows.clear();
      r.groups().forEach(g -> rows.add(new Row(g)));
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public void confirm() {
    Map<Long, String> codes = new LinkedHashMap<>();
    rows.forEach(r -> codes.put(r.getGroupId(), r.getCode()));
    try {
      pastMeetings.confirmThemeCodes(id, codes, currentUser.actor());
      Pages.info("past.themesConfirmed");
      Pages.redirect("/meetings/view.xhtml?id=" + id);
    } catch (InvalidInput e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      e.fieldErrors().forEach((field, message) -> {
        String clientId = null;
        for (int i = 0; i < rows.size(); i++) {
          if (field.equals("groups[" + rows.get(i).getGroupId() + "].themeCode")) {
            clientId = "themes:rows:" + i + ":code";
          }
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      });
      faces.validationFailed();
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getTitle() { return title; }
  public List<Row> getRows() { return rows; }
}

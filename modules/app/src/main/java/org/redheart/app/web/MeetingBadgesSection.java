package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.PrintRuns;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * The meeting page's "Badges and printed copies" section: how many badges to bring (expected
 * participants, speakers and a margin, less those already given), the campaign's badges on hand, and
 * the printed copies given to this meeting.
 */
@Named
@RequestScoped
public class MeetingBadgesSection {
  @Inject PrintRuns printRuns;
  @Inject Materials materials;
  @Inject CurrentUser currentUser;

  private boolean loaded;
  private PrintRuns.BadgeSuggestion suggestion;
  private List<PrintRuns.Distribution> given = List.of();
  private final Map<String, String> titles = new HashMap<>();

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    String meetingId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (meetingId == null || meetingId.isBlank()) {
      return;
    }
    try {
      suggestion = printRuns.badgesFor(meetingId, currentUser.actor());
      given = printRuns.ofMeeting(meetingId, currentUser.actor());
    } catch (NotFound | Forbidden | InvalidInput e) {
      suggestion = null;
      given = List.of();
    }
  }

  /** Shown to whoever may read the meeting. */
  public boolean isShown() {
    load();
    return suggestion != null;
  }

  public PrintRuns.BadgeSuggestion getSuggestion() {
    load();
    return suggestion;
  }

  public List<PrintRuns.Distribution> getGiven() {
    load();
    return given;
  }

  /** The title of a material the meeting was given copies of (its id when it cannot be read). */
  public String title(String materialId) {
    return titles.computeIfAbsent(materialId, id -> {
      try {
        return materials.get(id, currentUser.actor()).summary().title();
      } catch (NotFound | Forbidden e) {
        return id;
      }
    });
  }
}

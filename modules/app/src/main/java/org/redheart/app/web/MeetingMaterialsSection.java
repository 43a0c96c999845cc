package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/** The meeting page's "Materials" section: the materials linked to the meeting, and "New material for this meeting". */
@Named
@RequestScoped
public class MeetingMaterialsSection {
  @Inject Materials materials;
  @Inject CurrentUser currentUser;

  private List<MaterialSummary> items;
  private String meetingId;

  public List<MaterialSummary> getItems() {
    if (items == null) {
      meetingId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      try {
        items = meetingId == null ? List.of() : materials.ofMeeting(meetingId, currentUser.actor());
      } catch (NotFound | Forbidden | InvalidInput e) {
        items = List.of();
      }
    }
    return items;
  }

  public String getMeetingId() {
    getItems();
    return meetingId;
  }

  public boolean isWriter() {
    return currentUser.isOrganiser() || currentUser.isSupervisor();
  }
}

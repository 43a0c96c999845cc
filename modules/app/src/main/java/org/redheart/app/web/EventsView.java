package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.Events.DeliveryInfo;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/** Admin: event deliveries by state, parked ones first, with "retry now". */
@Named
@RequestScoped
public class EventsView {
  static final int PAGE_SIZE = 50;

  @Inject Events events;
  @Inject CurrentUser currentUser;

  private String state = "PARKED";
  private int page;
  private Page<DeliveryInfo> result;

  public Page<DeliveryInfo> getResult() {
    if (!currentUser.isAdmin()) {
      throw new Forbidden("admins only");
    }
    if (result == null) {
      result = events.deliveries(state, new PageRequest(page, PAGE_SIZE), currentUser.actor());
    }
    return result;
  }

  public List<String> getStates() {
    return List.of("PARKED", "PENDING", "DELIVERED");
  }

  public void retry() {
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("deliveryId");
    try {
      events.retryNow(id, currentUser.actor());
      Pages.info("events.retried");
      Pages.redirect("/admin/events.xhtml?state=PENDING");
    } catch (NotFound | Conflict e) {
      Pages.error(e.getMessage());
    }
  }

  public String getState() { return state; }
  public void setState(String v) { this.state = v != null && getStates().contains(v) ? v : "PARKED"; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}

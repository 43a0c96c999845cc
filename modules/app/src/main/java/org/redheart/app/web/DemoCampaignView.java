package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.DemoCampaign;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/** The admin page that loads the demo campaign into a campaign whose organisers and supervisors the admin chooses. */
@Named
@RequestScoped
public class DemoCampaignView {
  private static final int MAX_USERS = 500;

  @Inject DemoCampaign demo;
  @Inject Users users;
  @Inject CurrentUser currentUser;

  /** A user to choose: id and display name. */
  public record Choice(String id, String name) {}

  private String campaignName = DemoCampaign.DEFAULT_NAME;
  private List<String> organiserIds = new ArrayList<>();
  private List<String> supervisorIds = new ArrayList<>();
  private DemoCampaign.Result result;

  public List<Choice> getOrganisers() {
    return choices(Role.ORGANISER);
  }

  public List<Choice> getSupervisors() {
    return choices(Role.SUPERVISOR);
  }

  private List<Choice> choices(Role role) {
    List<String> ids = users.idsWithRole(role, MAX_USERS);
    Map<String, String> names = users.displayNames(ids);
    return ids.stream().map(id -> new Choice(id, names.getOrDefault(id, id)))
        .sorted(java.util.Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** Only admins see this page. */
  public void check() {
    if (!currentUser.isAdmin()) {
      Pages.forbidden("admins only");
    }
  }

  public void load() {
    try {
      result = demo.load(campaignName, organiserIds, supervisorIds, currentUser.actor());
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("campaignName", "demo:campaignName", "organiserIds", "demo:organiserIds",
          "supervisorIds", "demo:supervisorIds"));
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public DemoCampaign.Result getResult() { return result; }
  public String getCampaignName() { return campaignName; }
  public void setCampaignName(String campaignName) { this.campaignName = campaignName; }
  public List<String> getOrganiserIds() { return organiserIds; }
  public void setOrganiserIds(List<String> organiserIds) { this.organiserIds = organiserIds; }
  public List<String> getSupervisorIds() { return supervisorIds; }
  public void setSupervisorIds(List<String> supervisorIds) { this.supervisorIds = supervisorIds; }
}

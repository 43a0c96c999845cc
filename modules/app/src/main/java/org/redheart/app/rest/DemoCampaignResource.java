package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.DemoCampaign;

/**
 * Loads the demo campaign (admins only): {@code POST /api/admin/demo-campaign}
 * {@code {"campaignName": "...", "organiserIds": [...], "supervisorIds": [...]}}; loading again
 * changes nothing. Answers what the load did.
 */
@Path("/admin/demo-campaign")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemoCampaignResource {

  public record LoadJson(String campaignName, List<String> organiserIds, List<String> supervisorIds) {}

  @Inject DemoCampaign demo;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public DemoCampaign.Result load(LoadJson body) {
    LoadJson b = body == null ? new LoadJson(null, null, null) : body;
    return demo.load(b.campaignName(), b.organiserIds(), b.supervisorIds(), currentUser.actor());
  }
}

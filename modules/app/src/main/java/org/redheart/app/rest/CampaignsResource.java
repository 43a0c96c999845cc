package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.CampaignDetails;
import org.redheart.meetings.api.CampaignInput;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.InvalidInput;

/**
 * Campaigns: everyone sees the campaigns they belong to (admins all of them); admins create and edit
 * them and choose their organisers and supervisors (user ids). Dates are "2026-12-31".
 */
@Path("/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

  public record CampaignJson(String id, String name, String hashtag, String mission, String vision, String startsOn,
      String endsOn, boolean openToAll, List<String> organiserIds, List<String> supervisorIds) {
    static CampaignJson of(CampaignDetails c) {
      return new CampaignJson(c.id(), c.name(), c.hashtag(), c.mission(), c.vision(),
          c.startsOn() == null ? null : c.startsOn().toString(), c.endsOn() == null ? null : c.endsOn().toString(),
          c.openToAll(), c.organiserIds(), c.supervisorIds());
    }
  }

  public record CampaignInputJson(String name, String hashtag, String mission, String vision, String startsOn,
      String endsOn, List<String> organiserIds, List<String> supervisorIds) {}

  @Inject Campaigns campaigns;
  @Inject CurrentUser currentUser;

  @GET
  public List<Campaign> list() {
    return campaigns.visibleTo(currentUser.actor());
  }

  @GET
  @Path("{id}")
  public CampaignJson get(@PathParam("id") String id) {
    return CampaignJson.of(campaigns.get(id, currentUser.actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CampaignInputJson body, @Context UriInfo uri) {
    CampaignDetails created = campaigns.create(input(body), currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(CampaignJson.of(created)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CampaignJson update(@PathParam("id") String id, CampaignInputJson body) {
    return CampaignJson.of(campaigns.update(id, input(body), currentUser.actor()));
  }

  private static CampaignInput input(CampaignInputJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    var starts = Parse.date(body.startsOn(), "startsOn", errors);
    var ends = Parse.date(body.endsOn(), "endsOn", errors);
    errors.throwIfAny();
    return new CampaignInput(body.name(), body.hashtag(), body.mission(), body.vision(), starts, ends,
        body.organiserIds(), body.supervisorIds());
  }
}

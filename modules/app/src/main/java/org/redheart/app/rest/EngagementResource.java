package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.EngagementInput;
import org.redheart.materials.api.EngagementSnapshot;

/**
 * A published post's engagement: its dated snapshots (newest first), figures recorded by hand (a
 * missing figure is "not recorded", never 0), and a fetch from the Graph API. Rights are the
 * service's (404 unreadable, 403 not an organiser or supervisor of the campaign, 409 not published).
 */
@Path("/materials/{id}/engagement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {
  @Inject Engagement engagement;
  @Inject CurrentUser currentUser;

  @GET
  public List<EngagementSnapshot> list(@PathParam("id") String id) {
    return engagement.snapshots(id, currentUser.actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("id") String id, EngagementInput body) {
    return Response.status(201).entity(engagement.record(id, body, currentUser.actor())).build();
  }

  @POST
  @Path("fetch")
  public Response fetch(@PathParam("id") String id) {
    return Response.status(201).entity(engagement.fetch(id, currentUser.actor())).build();
  }
}

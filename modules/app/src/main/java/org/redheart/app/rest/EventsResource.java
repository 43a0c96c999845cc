package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.Events.DeliveryInfo;
import org.redheart.platform.api.PageRequest;

/** Admins: event deliveries by state (parked ones need attention), one event's deliveries, retry now. */
@Path("/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {
  @Inject Events events;
  @Inject CurrentUser currentUser;

  @GET
  @Path("deliveries")
  public PageJson<DeliveryInfo> deliveries(@QueryParam("state") String state, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return PageJson.of(events.deliveries(state, PageRequest.of(page, size), currentUser.actor()));
  }

  @GET
  @Path("{eventId}/deliveries")
  public List<DeliveryInfo> deliveriesOf(@PathParam("eventId") String eventId) {
    return events.deliveriesOf(eventId, currentUser.actor());
  }

  @POST
  @Path("deliveries/{id}/retry")
  public Response retry(@PathParam("id") String id) {
    events.retryNow(id, currentUser.actor());
    return Response.noContent().build();
  }
}

package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.ActionPlans;
import org.redheart.meetings.api.ActionPlans.ActionPlanView;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/**
 * Action plans across meetings: {@code GET /api/action-plans?campaignId=&status=OPEN&page=} (soonest
 * due first), one plan, and {@code POST /api/action-plans/{id}/close} with {@code {"outcome": ".."}}.
 */
@Path("/action-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlansResource {

  public record CloseJson(String outcome) {}

  @Inject ActionPlans actionPlans;
  @Inject CurrentUser currentUser;

  @GET
  public PageJson<ActionPlanView> list(@QueryParam("campaignId") String campaignId, @QueryParam("status") String status,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return PageJson.of(actionPlans.list(campaignId, status, PageRequest.of(page, size), currentUser.actor()));
  }

  @GET
  @Path("{id}")
  public ActionPlanView get(@PathParam("id") String id) {
    return actionPlans.get(id, currentUser.actor());
  }

  @POST
  @Path("{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  public ActionPlanView close(@PathParam("id") String id, CloseJson body) {
    if (body == null) {
      throw new InvalidInput("outcome", "is required: {\"outcome\": \"...\"}");
    }
    return actionPlans.close(id, body.outcome(), currentUser.actor());
  }
}

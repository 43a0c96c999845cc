package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.ActionPlans;
import org.redheart.meetings.api.ActionPlans.ActionPlanView;
import org.redheart.meetings.api.ActionPlans.NewActionPlan;

/** Adds an action plan to a meeting: {@code {"groupId", "action", "ownerContactId", "dueOn"}}. */
@Path("/meetings/{id}/action-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingActionPlansResource {

  @Inject ActionPlans actionPlans;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("id") String meetingId, NewActionPlan body, @Context UriInfo uri) {
    ActionPlanView created = actionPlans.add(meetingId, body, currentUser.actor());
    return Response.created(uri.getBaseUriBuilder().path("action-plans").path(created.id()).build()).entity(created).build();
  }
}

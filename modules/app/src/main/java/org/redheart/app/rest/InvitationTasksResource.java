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
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.InvitationTask;
import org.redheart.meetings.api.Invitations;

/** An organiser's task of a speaker invitation (follow up, find a replacement, invite a suggested colleague). */
@Path("/invitation-tasks/{taskId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationTasksResource {

  /** {@code withdraw} true also withdraws the speaker; {@code note} optional. */
  public record CompleteJson(Boolean withdraw, String note) {}

  @Inject Invitations invitations;
  @Inject CurrentUser currentUser;

  @GET
  public InvitationTask get(@PathParam("taskId") String taskId) {
    return invitations.task(taskId, currentUser.actor());
  }

  @POST
  @Path("complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("taskId") String taskId, CompleteJson body) {
    boolean withdraw = body != null && Boolean.TRUE.equals(body.withdraw());
    invitations.completeTask(taskId, withdraw, body == null ? null : body.note(), currentUser.actor());
    return Response.noContent().build();
  }
}

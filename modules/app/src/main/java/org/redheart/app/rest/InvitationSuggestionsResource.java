package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.api.Invitations;
import org.redheart.platform.api.InvalidInput;

/** A colleague a speaker suggested: invite them as a speaker (topic, length) or dismiss the suggestion. */
@Path("/invitation-suggestions/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationSuggestionsResource {

  public record InviteJson(String topic, Integer lengthMinutes) {}

  public record DismissJson(String note) {}

  @Inject Invitations invitations;
  @Inject CurrentUser currentUser;

  @POST
  @Path("invite")
  public InvitationStatus invite(@PathParam("id") String id, InviteJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    return invitations.inviteSuggested(id, body.topic(), body.lengthMinutes(), currentUser.actor());
  }

  @POST
  @Path("dismiss")
  public Response dismiss(@PathParam("id") String id, DismissJson body) {
    invitations.dismissSuggestion(id, body == null ? null : body.note(), currentUser.actor());
    return Response.noContent().build();
  }
}

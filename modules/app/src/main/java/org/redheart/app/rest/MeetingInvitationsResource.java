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
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.InvitationCounts;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.api.Invitations;
import org.redheart.meetings.api.SpeakerSuggestion;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The invitations of a meeting: send them (every chosen invitee not invited yet, and those not sent
 * before), list where each stands with its last mail's status, the figures, withdraw an invitee, and
 * the colleagues speakers suggested.
 */
@Path("/meetings/{id}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingInvitationsResource {

  public record StatusesJson(List<InvitationStatus> items, int page, int size, long total) {}

  public record WithdrawJson(String reason) {}

  @Inject Invitations invitations;
  @Inject CurrentUser currentUser;

  @POST
  @Path("send")
  public Invitations.Sent send(@PathParam("id") String id) {
    return invitations.send(id, currentUser.actor());
  }

  @GET
  public StatusesJson list(@PathParam("id") String id, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Page<InvitationStatus> p = invitations.list(id, PageRequest.of(page, size), currentUser.actor());
    return new StatusesJson(p.items(), p.page(), p.size(), p.total());
  }

  @GET
  @Path("counts")
  public InvitationCounts counts(@PathParam("id") String id) {
    return invitations.counts(id, currentUser.actor());
  }

  @POST
  @Path("{contactId}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  public InvitationStatus withdraw(@PathParam("id") String id, @PathParam("contactId") String contactId,
      WithdrawJson body) {
    if (contactId == null || contactId.isBlank() || contactId.length() > 36) {
      throw new InvalidInput("contactId", "is required: the id of a contact");
    }
    return invitations.withdraw(id, contactId.strip(), body == null ? null : body.reason(), currentUser.actor());
  }

  @GET
  @Path("suggestions")
  public List<SpeakerSuggestion> suggestions(@PathParam("id") String id) {
    return invitations.suggestions(id, currentUser.actor());
  }
}

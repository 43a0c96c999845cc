package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.PrintRuns;
import org.redheart.platform.api.Actor;

/**
 * Badges for a meeting: how many to bring (expected participants, speakers and a margin of 10 %, at
 * least 2, less badges already given to it), the campaign's badge materials with copies on hand, and
 * every printed copy given to the meeting (newest first).
 */
@Path("/meetings/{id}/badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingBadgesResource {

  public record BadgesJson(PrintRuns.BadgeSuggestion suggestion, List<PrintRuns.Distribution> given) {}

  @Inject PrintRuns printRuns;
  @Inject CurrentUser currentUser;

  @GET
  public BadgesJson badges(@PathParam("id") String id) {
    Actor actor = currentUser.actor();
    return new BadgesJson(printRuns.badgesFor(id, actor), printRuns.ofMeeting(id, actor));
  }
}

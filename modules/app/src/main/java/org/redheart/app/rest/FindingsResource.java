package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Findings;
import org.redheart.meetings.api.Findings.FindingsInput;
import org.redheart.meetings.api.Findings.FindingsView;

/**
 * A meeting's breakout findings: {@code GET} them, {@code PUT} them whole ({@code {"groups": [{"id",
 * "themeCode", "theme", "challenges", "actionPlans": [{"id", "action", "ownerContactId", "dueOn"}]}],
 * "recommendations": [{"kind", "text"}]}}). Errors name the row: {@code groups[1].actionPlans[0].dueOn}.
 */
@Path("/meetings/{id}/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FindingsResource {

  @Inject Findings findings;
  @Inject CurrentUser currentUser;

  @GET
  public FindingsView get(@PathParam("id") String meetingId) {
    return findings.get(meetingId, currentUser.actor());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public FindingsView put(@PathParam("id") String meetingId, FindingsInput body) {
    return findings.save(meetingId, body, currentUser.actor());
  }
}

package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.LateStepsDigest;

/** Admins send today's digest of late steps now (tests; a day when the timer could not). */
@Path("/admin/digest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

  public record RunJson(int sent) {}

  @Inject LateStepsDigest digest;
  @Inject CurrentUser currentUser;

  @POST
  @Path("run")
  public RunJson run() {
    return new RunJson(digest.runNow(currentUser.actor()));
  }
}

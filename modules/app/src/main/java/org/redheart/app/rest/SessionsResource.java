package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.redheart.app.security.CurrentUser;
import org.redheart.app.security.SessionCounts;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.Role;

/** HTTP sessions of the instance that answers, for admins (public pages must create none). */
@Path("/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

  /** Sessions created since this instance started, and those still active. */
  public record SessionCountsJson(long created, long active) {}

  @Inject SessionCounts counts;
  @Inject CurrentUser currentUser;

  @GET
  public SessionCountsJson get() {
    if (!currentUser.getUser().has(Role.ADMIN)) {
      throw new Forbidden("admins only");
    }
    return new SessionCountsJson(counts.created(), counts.active());
  }
}

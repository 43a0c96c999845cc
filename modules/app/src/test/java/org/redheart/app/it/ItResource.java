package org.redheart.app.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.Forbidden;

/** Test-only endpoints of the restart test's deployment (admins only): publish an event, write an audit entry. */
@Path("/it")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItResource {
  @Inject Events events;
  @Inject Audit audit;
  @Inject CurrentUser currentUser;

  @POST
  @Path("failing")
  public String failing(@QueryParam("on") boolean on) {
    requireAdmin();
    ItFlakyHandler.FAILING.set(on);
    return "{}";
  }

  @POST
  @Path("events")
  @Transactional
  public String publish(@QueryParam("name") String name) {
    requireAdmin();
    events.publish(new ItEventHappened(name));
    return "{}";
  }

  @POST
  @Path("audit")
  @Transactional
  public String record(@QueryParam("subject") String subject, @QueryParam("note") String note) {
    requireAdmin();
    audit.record(currentUser.getUser().id(), "it.recorded", subject, Map.of("note", note));
    return "{}";
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw new Forbidden("admins only");
    }
  }
}

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.MailStatus;
import org.redheart.platform.api.OutboxAdmin;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/** The mail outbox for admins' scripts: list, one mail, retry a failed one, send test mails. */
@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

  public record TestMailJson(String to, Integer count, String language) {}

  public record EnqueuedJson(List<String> ids) {}

  @Inject OutboxAdmin outbox;
  @Inject CurrentUser currentUser;

  @GET
  @Path("/outbox")
  public PageJson<OutboxAdmin.Entry> list(@QueryParam("status") String status, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    requireAdmin();
    return PageJson.of(outbox.list(status(status), PageRequest.of(page, size)));
  }

  @GET
  @Path("/outbox/state")
  public OutboxAdmin.QueueState state() {
    requireAdmin();
    return outbox.state();
  }

  @GET
  @Path("/outbox/{id}")
  public OutboxAdmin.Mail get(@PathParam("id") String id) {
    requireAdmin();
    return outbox.get(id);
  }

  @POST
  @Path("/outbox/{id}/retry")
  public Response retry(@PathParam("id") String id) {
    requireAdmin();
    outbox.retryNow(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/mail/test")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response test(TestMailJson body) {
    requireAdmin();
    if (body == null) {
      throw new InvalidInput("body", "a JSON object {\"to\", \"count\"} is required");
    }
    List<String> ids = outbox.sendTest(body.to(), body.count() == null ? 1 : body.count(),
        body.language() == null ? "en" : body.language(), currentUser.getUser().displayName());
    return Response.status(202).entity(new EnqueuedJson(ids)).build();
  }

  static MailStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return MailStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "must be one of " + java.util.Arrays.toString(MailStatus.values()));
    }
  }

  private void requireAdmin() {
    if (!currentUser.getUser().has(Role.ADMIN)) {
      throw new Forbidden("admins only");
    }
  }
}

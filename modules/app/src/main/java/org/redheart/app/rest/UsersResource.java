package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/** User management for admins. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  public record NewUserJson(String username, String displayName, String email, String password, Set<Role> roles) {}

  @Inject Users users;
  @Inject CurrentUser currentUser;
  @Inject org.redheart.app.security.AuditedAccounts userAudit;

  @GET
  public PageJson<UserSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    requireAdmin();
    return PageJson.of(users.list(PageRequest.of(page, size)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewUserJson body) {
    requireAdmin();
    if (body == null) {
      throw new org.redheart.platform.api.InvalidInput("body", "a JSON object is required");
    }
    UserSummary created = userAudit.create(currentUser.getUser().id(), new NewUser(body.username(), body.displayName(), body.email(), body.password(),
        body.roles() == null ? Set.of() : body.roles()));
    return Response.status(201).entity(created).build();
  }

  /** Erases a person's data everywhere (admins only); the account stays, anonymised and inactive. */
  @POST
  @Path("{id}/erase")
  public org.redheart.platform.api.Erasure.Report erase(@jakarta.ws.rs.PathParam("id") String id) {
    return erasure.eraseUser(id, currentUser.actor());
  }

  @Inject org.redheart.platform.api.Erasure erasure;

  private void requireAdmin() {
    if (!currentUser.getUser().has(Role.ADMIN)) {
      throw new Forbidden("admins only");
    }
  }
}

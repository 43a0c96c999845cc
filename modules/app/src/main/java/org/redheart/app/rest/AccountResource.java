package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.app.security.Sessions;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.platform.api.ApiTokens;
import org.redheart.platform.api.ApiTokens.TokenInfo;
import org.redheart.platform.api.Role;

/** The caller's own account: who am I, my API tokens; and the reference lists forms need. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  public record MeJson(String id, String username, String displayName, Set<Role> roles, String csrfToken) {}

  public record NewTokenJson(String name) {}

  @Inject CurrentUser currentUser;
  @Inject org.redheart.app.security.AuditedAccounts userAudit;
  @Inject ApiTokens tokens;
  @Inject StakeholderCategories categories;
  @Context HttpServletRequest request;

  @GET
  @Path("me")
  public MeJson me() {
    var u = currentUser.getUser();
    HttpSession session = request.getSession(false);
    Object csrf = session == null ? null : session.getAttribute(Sessions.CSRF_TOKEN);
    return new MeJson(u.id(), u.username(), u.displayName(), u.roles(), csrf == null ? null : csrf.toString());
  }

  @GET
  @Path("tokens")
  public List<TokenInfo> myTokens() {
    return tokens.listOwn(currentUser.getUser().id());
  }

  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createToken(NewTokenJson body) {
    ApiTokens.CreatedToken created = userAudit.tokenCreated(currentUser.getUser().id(), body == null ? null : body.name());
    return Response.status(201).entity(created).build();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revokeToken(@PathParam("id") String id) {
    userAudit.tokenRevoked(currentUser.getUser().id(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("categories")
  public List<StakeholderCategory> categories() {
    return categories.all();
  }
}

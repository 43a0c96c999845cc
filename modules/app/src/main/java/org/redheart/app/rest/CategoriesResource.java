package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.platform.api.InvalidInput;

/** The stakeholder categories: everyone reads them; admins and supervisors add, rename and reorder. */
@Path("/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

  public record CategoryJson(long id, String name, String nameBn, int position) {
    static CategoryJson of(StakeholderCategory c) {
      return new CategoryJson(c.id(), c.name(), c.nameBn(), c.position());
    }
  }

  public record CategoryInputJson(String name, String nameBn) {}

  public record MoveJson(Integer position) {}

  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;

  @GET
  public List<CategoryJson> all() {
    currentUser.actor();
    return categories.all().stream().map(CategoryJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CategoryInputJson body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    StakeholderCategory c = categories.create(body.name(), body.nameBn(), currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build())
        .entity(CategoryJson.of(c)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CategoryJson rename(@PathParam("id") long id, CategoryInputJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    return CategoryJson.of(categories.rename(id, body.name(), body.nameBn(), currentUser.actor()));
  }

  @PUT
  @Path("{id}/position")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<CategoryJson> move(@PathParam("id") long id, MoveJson body) {
    if (body == null || body.position() == null) {
      throw new InvalidInput("position", "is required");
    }
    return categories.move(id, body.position(), currentUser.actor()).stream().map(CategoryJson::of).toList();
  }
}

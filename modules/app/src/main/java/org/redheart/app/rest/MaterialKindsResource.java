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
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialKinds;
import org.redheart.platform.api.InvalidInput;

/** The editable list of material kinds: everyone signed in reads it; admins add, rename and switch off kinds. */
@Path("/material-kinds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaterialKindsResource {

  public record KindJson(String nameEn, String nameBn, Boolean active) {}

  @Inject MaterialKinds kinds;
  @Inject CurrentUser currentUser;

  @GET
  public List<MaterialKind> all() {
    return kinds.all();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialKind save(@PathParam("code") String code, KindJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    return kinds.save(new MaterialKind(code, body.nameEn(), body.nameBn(), body.active() == null || body.active()),
        currentUser.actor());
  }
}

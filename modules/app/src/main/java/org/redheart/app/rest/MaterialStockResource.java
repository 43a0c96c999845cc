package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.PrintRuns;

/** A material's printed copies: printed, distributed and on hand, in all and per version. */
@Path("/materials/{id}/stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaterialStockResource {
  @Inject PrintRuns printRuns;
  @Inject CurrentUser currentUser;

  @GET
  public PrintRuns.Stock stock(@PathParam("id") String id) {
    return printRuns.stock(id, currentUser.actor());
  }
}

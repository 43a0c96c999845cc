package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.PrintRuns;
import org.redheart.platform.api.InvalidInput;

/**
 * A material's print runs: {@code GET} lists them (newest first), {@code POST} records one
 * ({@code versionNumber} 0 or absent: the last approved version; {@code printedOn} "2026-11-29").
 * The first print run of an approved material marks it PRINTED. 409 for a material with no approved
 * version (or withdrawn), 400 naming the field for bad input.
 */
@Path("/materials/{id}/print-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaterialPrintRunsResource {

  public record PrintRunJson(Integer versionNumber, Integer quantity, String printedOn, String printer, String note) {}

  @Inject PrintRuns printRuns;
  @Inject CurrentUser currentUser;

  @GET
  public List<PrintRuns.PrintRun> list(@PathParam("id") String id) {
    return printRuns.runs(id, currentUser.actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("id") String id, PrintRunJson body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate printedOn = Parse.date(body.printedOn(), "printedOn", errors);
    if (body.quantity() == null) {
      errors.add("quantity", "is required");
    }
    errors.throwIfAny();
    PrintRuns.PrintRun run = printRuns.record(id, new PrintRuns.PrintRunInput(
        body.versionNumber() == null ? 0 : body.versionNumber(), body.quantity(), printedOn, body.printer(),
        body.note()), currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(run.id()).build()).entity(run).build();
  }
}

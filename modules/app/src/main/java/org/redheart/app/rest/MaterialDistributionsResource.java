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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Locale;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.PrintRuns;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/**
 * Where a material's printed copies went: {@code GET} pages the distributions (newest first),
 * {@code POST} records one: {@code targetKind} MEETING (a meeting of the material's campaign in
 * {@code targetId}), ORGANISATION (a contact of kind organisation in {@code targetId}) or EVENT (its
 * name in {@code targetName}); {@code versionNumber} 0 or absent takes the oldest printed version with
 * copies on hand. 409 "only N copies of version V on hand" when it takes more than that (nothing is
 * recorded), 400 naming the field for bad input.
 */
@Path("/materials/{id}/distributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaterialDistributionsResource {

  public record DistributionJson(Integer versionNumber, Integer quantity, String targetKind, String targetId,
      String targetName, String distributedOn, String note) {}

  @Inject PrintRuns printRuns;
  @Inject CurrentUser currentUser;

  @GET
  public MeetingsResource.PageJson<PrintRuns.Distribution> list(@PathParam("id") String id,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return MeetingsResource.PageJson.of(printRuns.distributions(id, PageRequest.of(page, size), currentUser.actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response distribute(@PathParam("id") String id, DistributionJson body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate on = Parse.date(body.distributedOn(), "distributedOn", errors);
    if (body.quantity() == null) {
      errors.add("quantity", "is required");
    }
    PrintRuns.TargetKind kind = null;
    if (body.targetKind() == null || body.targetKind().isBlank()) {
      errors.add("targetKind", "is required: MEETING, ORGANISATION or EVENT");
    } else {
      try {
        kind = PrintRuns.TargetKind.valueOf(body.targetKind().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add("targetKind", "must be MEETING, ORGANISATION or EVENT");
      }
    }
    errors.throwIfAny();
    PrintRuns.Distribution d = printRuns.distribute(id, new PrintRuns.DistributionInput(
        body.versionNumber() == null ? 0 : body.versionNumber(), body.quantity(), kind, body.targetId(),
        body.targetName(), on, body.note()), currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(d.id()).build()).entity(d).build();
  }
}

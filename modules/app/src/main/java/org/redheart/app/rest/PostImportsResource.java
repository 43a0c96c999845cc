package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.PostImport;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.InvalidInput;

/**
 * CSV imports of historical posts or of figures: upload the file (multipart part {@code file}; the
 * kind and campaign in {@code ?kind=HISTORICAL_POSTS|FIGURES&campaign=}), read the preview with the
 * guessed mapping and the row problems, change the mapping ({@code {"mapping": {"PERMALINK": 1,
 * "REACTIONS#2": 7}}}), commit (409 while any row is bad: nothing imported) or discard.
 */
@Path("/post-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostImportsResource {
  /** Another mapping: field (or FIELD#2 …) to column index. */
  public record MappingJson(Map<String, Integer> mapping) {}

  @Inject Engagement engagement;
  @Inject FileStore files;
  @Inject CurrentUser currentUser;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response start(@Context UriInfo uri, @QueryParam("kind") String kind, @QueryParam("campaign") String campaign) {
    PostImport.Kind k = kind(kind);
    return MultipartFile.read(request, files.maxBytes(), (in, name) -> {
      PostImport started = engagement.startImport(k, campaign, in, name, currentUser.actor());
      return Response.created(uri.getBaseUriBuilder().path("post-imports").path(started.id()).build())
          .entity(started).build();
    });
  }

  @GET
  @Path("{id}")
  public PostImport get(@PathParam("id") String id) {
    return engagement.getImport(id, currentUser.actor());
  }

  @PUT
  @Path("{id}/mapping")
  @Consumes(MediaType.APPLICATION_JSON)
  public PostImport remap(@PathParam("id") String id, MappingJson body) {
    return engagement.remap(id, body == null ? null : body.mapping(), currentUser.actor());
  }

  @POST
  @Path("{id}/commit")
  public PostImport commit(@PathParam("id") String id) {
    return engagement.commit(id, currentUser.actor());
  }

  @POST
  @Path("{id}/discard")
  public PostImport discard(@PathParam("id") String id) {
    return engagement.discard(id, currentUser.actor());
  }

  static PostImport.Kind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      throw new InvalidInput("kind", "is required (HISTORICAL_POSTS or FIGURES)");
    }
    try {
      return PostImport.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("kind", "must be HISTORICAL_POSTS or FIGURES");
    }
  }
}

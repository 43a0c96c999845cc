package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.PageRequest;

/**
 * Files: upload (multipart/form-data, one part named {@code file}, read as a stream straight from
 * the request, so that an oversized upload is refused with 413 before it is read whole: at once
 * when its Content-Length says so, otherwise as soon as it passes the limit), metadata and content.
 * Only the owner and admins see a file; others get 404.
 */
@Path("/files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {
  static final Set<FileKind> ACCEPTED = Set.of(FileKind.IMAGE, FileKind.DOCUMENT);

  @Inject FileStore files;
  @Inject CurrentUser currentUser;
  @Context HttpServletRequest request;

  @GET
  public MeetingsResource.PageJson<FileInfo> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return MeetingsResource.PageJson.of(files.listOwn(currentUser.getUser().id(), PageRequest.of(page, size)));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@Context UriInfo uri) {
    return MultipartFile.read(request, files.maxBytes(), (in, name) -> {
      FileInfo stored = files.store(in, -1, name, currentUser.getUser().id(), ACCEPTED);
      return Response.created(uri.getAbsolutePathBuilder().path(stored.id()).build()).entity(stored).build();
    });
  }

  @GET
  @Path("{id}")
  public FileInfo info(@PathParam("id") String id) {
    return files.info(id, currentUser.actor());
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(@PathParam("id") String id) {
    FileInfo info = files.info(id, currentUser.actor());
    InputStream content = files.content(id, currentUser.actor());
    StreamingOutput body = out -> {
      try (InputStream in = content) {
        in.transferTo(out);
      }
    };
    return Response.ok(body, info.contentType())
        .header("Content-Disposition", ContentDisposition.of(info.isImage(), info.name()))
        .header("Content-Length", info.size())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}

package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactImports;
import org.redheart.contacts.api.ImportField;
import org.redheart.contacts.api.ImportProblem;
import org.redheart.contacts.api.ImportStatus;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/**
 * Contact imports: upload a CSV or XLSX file (multipart part {@code file}, or the raw body with the
 * name in {@code ?filename=}), follow the parse job, page through the bad and skipped rows, change
 * the column mapping, commit or discard. An import is visible to its creator and admins only.
 */
@Path("/contacts/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactImportsResource {
  static final Set<FileKind> ACCEPTED = Set.of(FileKind.SPREADSHEET);

  @Inject ContactImports imports;
  @Inject FileStore files;
  @Inject CurrentUser currentUser;
  @Context HttpServletRequest request;

  @GET
  public PageJson<ImportStatus> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return PageJson.of(imports.list(currentUser.actor(), PageRequest.of(page, size)));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response uploadMultipart(@Context UriInfo uri) {
    return MultipartFile.read(request, files.maxBytes(), (in, name) -> started(uri, in, -1, name));
  }

  /** The file as the raw body (text/csv, an XLSX type or application/octet-stream), named by {@code ?filename=}. */
  @POST
  @Consumes({"text/csv", "text/plain", "application/octet-stream",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public Response uploadRaw(@Context UriInfo uri, @QueryParam("filename") String fileName,
      @HeaderParam("Content-Length") Long length) {
    try (InputStream in = request.getInputStream()) {
      return started(uri, in, length == null ? -1 : length, fileName == null || fileName.isBlank() ? "contacts.csv" : fileName);
    } catch (FileTooLarge e) {
      return MultipartFile.tooLarge(files.maxBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response started(UriInfo uri, InputStream in, long length, String name) {
    FileInfo stored = files.store(in, length, name, currentUser.getUser().id(), ACCEPTED);
    ImportStatus status = imports.start(stored.id(), currentUser.actor());
    return Response.status(202).entity(status).location(uri.getBaseUriBuilder().path("contacts/imports").path(status.id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  public ImportStatus get(@PathParam("id") String id) {
    return imports.get(id, currentUser.actor());
  }

  @GET
  @Path("{id}/problems")
  public PageJson<ImportProblem> problems(@PathParam("id") String id, @QueryParam("status") String status,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return PageJson.of(imports.problems(id, status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT),
        PageRequest.of(page, size), currentUser.actor()));
  }

  /** The new mapping: a JSON object of field names (NAME, EMAIL, ...) to column indexes (0-based). */
  @PUT
  @Path("{id}/mapping")
  @Consumes(MediaType.APPLICATION_JSON)
  public ImportStatus remap(@PathParam("id") String id, Map<String, Integer> body) {
    if (body == null) {
      throw new InvalidInput("mapping", "a JSON object of field to column index is required");
    }
    Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    body.forEach((field, column) -> {
      try {
        if (column != null) {
          mapping.put(ImportField.valueOf(field.strip().toUpperCase(Locale.ROOT)), column);
        }
      } catch (IllegalArgumentException e) {
        errors.add(field, "is not a field of a contact (" + java.util.Arrays.toString(ImportField.values()) + ")");
      }
    });
    errors.throwIfAny();
    return imports.remap(id, mapping, currentUser.actor());
  }

  @POST
  @Path("{id}/commit")
  public Response commit(@PathParam("id") String id) {
    return Response.status(202).entity(imports.commit(id, currentUser.actor())).build();
  }

  @DELETE
  @Path("{id}")
  public ImportStatus discard(@PathParam("id") String id) {
    return imports.discard(id, currentUser.actor());
  }

}

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.InvalidInput;
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
  /** Room for the multipart boundaries and part headers around the file. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;
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
    long max = files.maxBytes();
    if (request.getContentLengthLong() > max + MULTIPART_OVERHEAD) {
      return tooLarge(max);
    }
    JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
    upload.setSizeMax(max + MULTIPART_OVERHEAD);
    try {
      FileItemInputIterator parts = upload.getItemIterator(request);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if (!part.isFormField() && "file".equals(part.getFieldName())) {
          FileInfo stored;
          try (InputStream in = part.getInputStream()) {
            stored = files.store(in, -1, part.getName(), currentUser.getUser().id(), ACCEPTED);
          }
          return Response.created(uri.getAbsolutePathBuilder().path(stored.id()).build()).entity(stored).build();
        }
      }
    } catch (FileTooLarge e) {
      return tooLarge(max);
    } catch (FileUploadSizeException e) {
      return tooLarge(max);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof FileUploadSizeException) {
        return tooLarge(max);
      }
      throw e;
    } catch (FileUploadException e) {
      throw new InvalidInput("file", "the multipart/form-data body could not be read: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new InvalidInput("file", "send the file as a multipart/form-data part named 'file'");
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

  private static Response tooLarge(long max) {
    return ProblemMappers.problem(413, "Content Too Large",
        "file: is larger than the limit of " + FileTooLarge.describe(max), null);
  }
}

package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.DiffSegment;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialInput;
import org.redheart.materials.api.MaterialQuery;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.ReviewTask;
import org.redheart.materials.api.VersionFile;
import org.redheart.materials.api.VersionView;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.PageRequest;

/**
 * Materials and their publication approval: list (filters, paging), create, read, describe, edit
 * the text, files (multipart part {@code file}) and photo attestations, submit (the safeguarding
 * check), a version and its comparison with the last approved one, clearance by the safeguarding
 * lead, approval or changes requested by a supervisor who did not edit it, withdrawal, publishing by
 * hand, purge, and the caller's review tasks. Rights are the service's: 404 for a material the
 * caller may not read, 403 for what they may not do, 409 for a step out of order.
 */
@Path("/materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaterialsResource {

  /** A new material: what describes it and the text of its first version (may be empty). */
  public record CreateJson(String campaignId, String kindCode, String title, String language, List<String> meetingIds,
      String text) {}

  /** What describes a material, with the lock of the material as read. */
  public record DescribeJson(String kindCode, String title, String language, List<String> meetingIds, Long lock) {}

  public record TextJson(String text, Long lock) {}

  public record AttestJson(String attestation, String consentReference) {}

  public record SubmitJson(List<String> sensitiveNames) {}

  public record NoteJson(String note) {}

  public record CommentJson(String comment) {}

  public record ReasonJson(String reason) {}

  public record PermalinkJson(String permalink) {}

  @Inject Materials materials;
  @Inject CurrentUser currentUser;
  @Inject FileStore files;
  @Context HttpServletRequest request;

  @GET
  public MeetingsResource.PageJson<MaterialSummary> list(@QueryParam("campaignId") String campaignId,
      @QueryParam("kind") String kind, @QueryParam("status") String status, @QueryParam("meetingId") String meetingId,
      @QueryParam("q") String text, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    MaterialQuery query = new MaterialQuery(campaignId, kind, status(status), meetingId, text);
    return MeetingsResource.PageJson.of(materials.list(query, PageRequest.of(page, size), currentUser.actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateJson body, @Context UriInfo uri) {
    CreateJson b = required(body);
    MaterialDetails created = materials.create(
        new MaterialInput(b.campaignId(), b.kindCode(), b.title(), b.language(), b.meetingIds()), b.text(),
        currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
  }

  @GET
  @Path("review-tasks")
  public MeetingsResource.PageJson<ReviewTask> reviewTasks(@QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return MeetingsResource.PageJson.of(materials.reviewTasks(currentUser.actor(), PageRequest.of(page, size)));
  }

  @GET
  @Path("review-tasks/{taskId}")
  public ReviewTask reviewTask(@PathParam("taskId") String taskId) {
    return materials.reviewTask(taskId, currentUser.actor()).orElseThrow(() -> new NotFound("review task", taskId));
  }

  @GET
  @Path("{id}")
  public MaterialDetails get(@PathParam("id") String id) {
    return materials.get(id, currentUser.actor());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialDetails describe(@PathParam("id") String id, DescribeJson body) {
    DescribeJson b = required(body);
    return materials.describe(id, new MaterialInput(null, b.kindCode(), b.title(), b.language(), b.meetingIds()),
        lock(b.lock()), currentUser.actor());
  }

  @PUT
  @Path("{id}/text")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialDetails edit(@PathParam("id") String id, TextJson body) {
    TextJson b = required(body);
    return materials.edit(id, b.text(), lock(b.lock()), currentUser.actor());
  }

  @POST
  @Path("{id}/files")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addFile(@PathParam("id") String id, @Context UriInfo uri) {
    return MultipartFile.read(request, files.maxBytes(), (in, name) -> {
      VersionFile added = materials.addFile(id, in, -1, name, currentUser.actor());
      return Response.created(uri.getAbsolutePathBuilder().path(added.fileId()).build()).entity(added).build();
    });
  }

  @GET
  @Path("{id}/files/{fileId}")
  public FileInfo fileInfo(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    return materials.fileInfo(id, fileId, currentUser.actor());
  }

  @GET
  @Path("{id}/files/{fileId}/content")
  @Produces(MediaType.WILDCARD)
  public Response fileContent(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    FileInfo info = materials.fileInfo(id, fileId, currentUser.actor());
    InputStream content = materials.fileContent(id, fileId, currentUser.actor());
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

  @DELETE
  @Path("{id}/files/{fileId}")
  public MaterialDetails removeFile(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    return materials.removeFile(id, fileId, currentUser.actor());
  }

  @POST
  @Path("{id}/files/{fileId}/attestation")
  @Consumes(MediaType.APPLICATION_JSON)
  public VersionFile attest(@PathParam("id") String id, @PathParam("fileId") String fileId, AttestJson body) {
    AttestJson b = required(body);
    return materials.attest(id, fileId, attestation(b.attestation()), b.consentReference(), currentUser.actor());
  }

  @POST
  @Path("{id}/submit")
  public MaterialDetails submit(@PathParam("id") String id, SubmitJson body) {
    return materials.submit(id, body == null ? List.of() : body.sensitiveNames(), currentUser.actor());
  }

  @GET
  @Path("{id}/versions/{n}")
  public VersionView version(@PathParam("id") String id, @PathParam("n") int number) {
    return materials.version(id, number, currentUser.actor());
  }

  @GET
  @Path("{id}/versions/{n}/compare")
  public List<DiffSegment> compare(@PathParam("id") String id, @PathParam("n") int number) {
    return materials.compare(id, number, currentUser.actor());
  }

  @POST
  @Path("{id}/versions/{n}/clear")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialDetails clear(@PathParam("id") String id, @PathParam("n") int number, NoteJson body) {
    return materials.clear(id, number, body == null ? null : body.note(), currentUser.actor());
  }

  @POST
  @Path("{id}/versions/{n}/approve")
  public MaterialDetails approve(@PathParam("id") String id, @PathParam("n") int number, CommentJson body) {
    return materials.approve(id, number, body == null ? null : body.comment(), currentUser.actor());
  }

  @POST
  @Path("{id}/versions/{n}/request-changes")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialDetails requestChanges(@PathParam("id") String id, @PathParam("n") int number, CommentJson body) {
    return materials.requestChanges(id, number, body == null ? null : body.comment(), currentUser.actor());
  }

  @POST
  @Path("{id}/versions/{n}/purge")
  public MaterialDetails purge(@PathParam("id") String id, @PathParam("n") int number) {
    return materials.purge(id, number, currentUser.actor());
  }

  @POST
  @Path("{id}/withdraw")
  public MaterialDetails withdraw(@PathParam("id") String id, ReasonJson body) {
    return materials.withdraw(id, body == null ? null : body.reason(), currentUser.actor());
  }

  @POST
  @Path("{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialDetails publish(@PathParam("id") String id, PermalinkJson body) {
    return materials.markPublished(id, body == null ? null : body.permalink(), currentUser.actor());
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    return body;
  }

  private static long lock(Long lock) {
    if (lock == null) {
      throw new InvalidInput("lock", "is required: the lock of the material as you read it");
    }
    return lock;
  }

  private static MaterialStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return MaterialStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "must be one of " + java.util.Arrays.toString(MaterialStatus.values()));
    }
  }

  private static Attestation attestation(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput("attestation", "is required: NO_IDENTIFIABLE_CHILD or GUARDIAN_CONSENT_ON_FILE");
    }
    try {
      return Attestation.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("attestation", "must be NO_IDENTIFIABLE_CHILD or GUARDIAN_CONSENT_ON_FILE");
    }
  }
}

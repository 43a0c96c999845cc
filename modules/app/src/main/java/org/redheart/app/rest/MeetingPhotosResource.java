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
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.Materials;
import org.redheart.materials.api.MeetingPhoto;
import org.redheart.materials.api.PostDraft;
import org.redheart.materials.api.SocialPosts;
import org.redheart.platform.api.FileInfo;
import org.redheart.platform.api.FileStore;
import org.redheart.platform.api.InvalidInput;

/**
 * A meeting's photos: list, upload (multipart part {@code file}; images only, checked by content,
 * metadata stripped), content (thumbnails), attestation. Organisers and supervisors of the meeting's
 * campaign; admins and the safeguarding lead read.
 */
@Path("/meetings/{id}/photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingPhotosResource {

  public record AttestJson(String attestation, String consentReference) {}

  @Inject SocialPosts posts;
  @Inject CurrentUser currentUser;
  @Inject FileStore files;
  @Context HttpServletRequest request;

  @GET
  public List<MeetingPhoto> photos(@PathParam("id") String meetingId) {
    return posts.meetingPhotos(meetingId, currentUser.actor());
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addPhoto(@PathParam("id") String meetingId, @Context UriInfo uri) {
    return MultipartFile.read(request, files.maxBytes(), (in, name) -> {
      MeetingPhoto added = posts.addMeetingPhoto(meetingId, in, -1, name, currentUser.actor());
      return Response.created(uri.getAbsolutePathBuilder().path(added.fileId()).build()).entity(added).build();
    });
  }

  @GET
  @Path("{fileId}/content")
  @Produces(MediaType.WILDCARD)
  public Response photoContent(@PathParam("id") String meetingId, @PathParam("fileId") String fileId) {
    FileInfo info = posts.meetingPhotoInfo(meetingId, fileId, currentUser.actor());
    InputStream content = posts.meetingPhotoContent(meetingId, fileId, currentUser.actor());
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

  @POST
  @Path("{fileId}/attestation")
  @Consumes(MediaType.APPLICATION_JSON)
  public MeetingPhoto attest(@PathParam("id") String meetingId, @PathParam("fileId") String fileId, AttestJson body) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    return posts.attestMeetingPhoto(meetingId, fileId, attestation(body.attestation()), body.consentReference(),
        currentUser.actor());
  }

  static Attestation attestation(String value) {
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

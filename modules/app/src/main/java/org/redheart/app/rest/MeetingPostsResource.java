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
 * A meeting's social posts: the list (social-post materials linked to it), and a post made from the
 * meeting (text, chosen meeting photos with their attestations; {@code submit} submits it for
 * approval). Rights are the service's: organisers and supervisors of the meeting's campaign.
 */
@Path("/meetings/{id}/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingPostsResource {

  /** A post from the meeting: its text, the meeting photos it carries, and whether to submit it now. */
  public record PostJson(String text, List<String> photoFileIds, Boolean submit) {}

  @Inject SocialPosts posts;
  @Inject Materials materials;
  @Inject CurrentUser currentUser;

  @GET
  public List<MaterialSummary> posts(@PathParam("id") String meetingId) {
    return materials.ofMeeting(meetingId, currentUser.actor()).stream()
        .filter(m -> MaterialKind.SOCIAL_POST.equals(m.kindCode()))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("id") String meetingId, PostJson body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    MaterialDetails created = posts.createFromMeeting(meetingId, body.text(), body.photoFileIds(),
        Boolean.TRUE.equals(body.submit()), currentUser.actor());
    return Response.created(uri.getBaseUriBuilder().path("materials").path(created.id()).build()).entity(created)
        .build();
  }
}

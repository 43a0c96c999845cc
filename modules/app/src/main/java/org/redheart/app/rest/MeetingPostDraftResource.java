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

/** The social post drawn from a meeting's approved report: text, hashtag, photos, length limit. */
@Path("/meetings/{id}/post-draft")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingPostDraftResource {
  @Inject SocialPosts posts;
  @Inject CurrentUser currentUser;

  @GET
  public PostDraft draft(@PathParam("id") String meetingId) {
    return posts.draftFromMeeting(meetingId, currentUser.actor());
  }
}

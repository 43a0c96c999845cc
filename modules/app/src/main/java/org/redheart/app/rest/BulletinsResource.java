package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.BulletinAudience;
import org.redheart.materials.api.BulletinRecipient;
import org.redheart.materials.api.BulletinSend;
import org.redheart.materials.api.Bulletins;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.MaterialSummary;
import org.redheart.materials.api.RecipientState;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/**
 * Bulletins to the network for scripts: the approved materials a bulletin includes (while it is a
 * draft), the size of an audience, sending the approved bulletin to an audience (a background job),
 * its sends with their progress, and each send's recipients filtered by state.
 */
@Path("/bulletins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BulletinsResource {

  /** The materials a bulletin includes, in order (replaces the list). */
  public record IncludeJson(List<String> materialIds) {}

  /** An audience: every part optional (country ISO code, category id, volunteers only, language en|bn). */
  public record AudienceJson(String countryCode, Long categoryId, Boolean volunteersOnly, String language) {
    BulletinAudience toAudience() {
      return new BulletinAudience(countryCode, categoryId, volunteersOnly, language);
    }
  }

  public record SizeJson(long members) {}

  @Inject Bulletins bulletins;
  @Inject CurrentUser currentUser;

  @PUT
  @Path("{id}/included")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialDetails include(@PathParam("id") String id, IncludeJson body) {
    return bulletins.include(id, body == null || body.materialIds() == null ? List.of() : body.materialIds(),
        currentUser.actor());
  }

  @GET
  @Path("{id}/included")
  public List<MaterialSummary> included(@PathParam("id") String id) {
    return bulletins.included(id, currentUser.actor());
  }

  @GET
  @Path("audience-size")
  public SizeJson audienceSize(@QueryParam("countryCode") String countryCode, @QueryParam("categoryId") Long categoryId,
      @QueryParam("volunteersOnly") Boolean volunteersOnly, @QueryParam("language") String language) {
    return new SizeJson(bulletins.audienceSize(new BulletinAudience(countryCode, categoryId, volunteersOnly, language),
        currentUser.actor()));
  }

  /** Starts a send of the bulletin's approved version (201 with the send; its job reports the progress). */
  @POST
  @Path("{id}/sends")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response send(@PathParam("id") String id, AudienceJson body) {
    BulletinSend send = bulletins.send(id, body == null ? BulletinAudience.everyone() : body.toAudience(), currentUser.actor());
    return Response.status(Response.Status.CREATED).entity(send).build();
  }

  @GET
  @Path("{id}/sends")
  public List<BulletinSend> sends(@PathParam("id") String id) {
    return bulletins.sends(id, currentUser.actor());
  }

  @GET
  @Path("sends/{sendId}")
  public BulletinSend send(@PathParam("sendId") String sendId) {
    return bulletins.getSend(sendId, currentUser.actor());
  }

  @GET
  @Path("sends/{sendId}/recipients")
  public PageJson<BulletinRecipient> recipients(@PathParam("sendId") String sendId, @QueryParam("state") String state,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return PageJson.of(bulletins.recipients(sendId, state(state), PageRequest.of(page, size), currentUser.actor()));
  }

  static RecipientState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return RecipientState.valueOf(state.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("state", "must be one of " + java.util.Arrays.toString(RecipientState.values()));
    }
  }
}

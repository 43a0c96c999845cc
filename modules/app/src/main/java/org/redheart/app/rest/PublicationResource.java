package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Channel;
import org.redheart.materials.api.Publication;
import org.redheart.materials.api.SocialPosts;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * The publication of an approved social post: read it (404 when it was never scheduled), schedule
 * it on a channel at a time ({@code {"channel":"FACEBOOK_PAGE","at":"2026-03-10T09:00:00Z"}}; no
 * {@code at}: now; a new schedule replaces one not yet run), and retry a failed or waiting one now.
 * Rights are the service's: 404 for a post the caller may not read, 403 for who may not publish it,
 * 409 for a post that is not approved or is published already.
 */
@Path("/materials/{id}/publication")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

  public record ScheduleJson(String channel, String at) {}

  /** The publication and whether the Facebook page channel can be chosen. */
  public record PublicationJson(Publication publication, boolean facebookConfigured) {}

  @Inject SocialPosts posts;
  @Inject CurrentUser currentUser;

  @GET
  public PublicationJson get(@PathParam("id") String id) {
    Publication p = posts.publication(id, currentUser.actor());
    if (p == null) {
      throw new NotFound("publication", id);
    }
    return new PublicationJson(p, posts.facebookConfigured());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public PublicationJson schedule(@PathParam("id") String id, ScheduleJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required: {\"channel\": …, \"at\": …}");
    }
    Publication p = posts.schedule(id, channel(body.channel()), instant(body.at()), currentUser.actor());
    return new PublicationJson(p, posts.facebookConfigured());
  }

  @POST
  @Path("retry")
  public PublicationJson retry(@PathParam("id") String id) {
    return new PublicationJson(posts.retryNow(id, currentUser.actor()), posts.facebookConfigured());
  }

  private static Channel channel(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput("channel", "is required: one of " + Arrays.toString(Channel.values()));
    }
    try {
      return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("channel", "must be one of " + Arrays.toString(Channel.values()));
    }
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("at", "must be an instant such as 2026-03-10T09:00:00Z");
    }
  }
}

package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.PostAnalytics;
import org.redheart.platform.api.InvalidInput;

/**
 * A campaign's posts in a period ({@code ?from=2022-07-01&to=2023-04-30}, both optional) with their
 * latest figures and totals (each over the posts that have the figure), and the interactions per
 * month as a chart ({@code chart.svg}, {@code chart.png}; {@code ?lang=bn} for Bangla labels and digits).
 */
@Path("/campaigns/{id}/post-analytics")
@RequestScoped
public class PostAnalyticsResource {
  @Inject Engagement engagement;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public PostAnalytics analytics(@PathParam("id") String id, @QueryParam("from") String from,
      @QueryParam("to") String to) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate f = Parse.date(from, "from", errors);
    LocalDate t = Parse.date(to, "to", errors);
    errors.throwIfAny();
    return engagement.analytics(id, f, t, currentUser.actor());
  }

  @GET
  @Path("chart.svg")
  @Produces("image/svg+xml")
  public Response svg(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate f = Parse.date(from, "from", errors);
    LocalDate t = Parse.date(to, "to", errors);
    errors.throwIfAny();
    return Response.ok(engagement.chartSvg(id, f, t, language(lang), currentUser.actor()), "image/svg+xml;charset=UTF-8")
        .header("Content-Disposition", "inline; filename=\"post-engagement.svg\"")
        .build();
  }

  @GET
  @Path("chart.png")
  @Produces("image/png")
  public Response png(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate f = Parse.date(from, "from", errors);
    LocalDate t = Parse.date(to, "to", errors);
    errors.throwIfAny();
    return Response.ok(engagement.chartPng(id, f, t, language(lang), currentUser.actor()), "image/png")
        .header("Content-Disposition", "attachment; filename=\"post-engagement.png\"")
        .build();
  }

  static String language(String lang) {
    return "bn".equals(lang) ? "bn" : "en";
  }
}

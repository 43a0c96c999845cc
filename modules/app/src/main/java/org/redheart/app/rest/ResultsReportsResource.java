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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;
import org.redheart.reporting.api.CheckResolution;
import org.redheart.reporting.api.Redaction;
import org.redheart.reporting.api.ReportSummary;
import org.redheart.reporting.api.ResultsReports;
import org.redheart.reporting.api.SourceRecord;

/**
 * Campaign results reports. {@code POST /api/reports} {campaignId, from, to} starts generating one (202 with
 * the report; follow its {@code jobId} at /api/jobs/{id}); {@code GET ?campaignId=} lists a campaign's;
 * {@code /{id}/checks} (data to check) and {@code POST /{id}/checks/resolve} {key, note};
 * {@code GET|PUT /{id}/recommendations}; {@code POST /{id}/regenerate|submit|approve|request-changes}
 * ({comment}); {@code /{id}/docx?lang=en|bn}, {@code /{id}/html?lang=}, {@code /{id}/figures/{key}} (the
 * records behind a figure), {@code /{id}/redactions}. 403 for a reviewer who authored the report, 409 for
 * approving with open checks or changing an approved report, 400 naming the field.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultsReportsResource {
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  public record GenerateJson(String campaignId, String from, String to) {}

  public record ResolveJson(String key, String note) {}

  public record CommentJson(String comment) {}

  public record RecommendationsJson(List<String> recommendations) {}

  @Inject ResultsReports reports;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response generate(GenerateJson body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate from = Parse.date(body.from(), "from", errors);
    LocalDate to = Parse.date(body.to(), "to", errors);
    errors.throwIfAny();
    ReportSummary r = reports.generate(body.campaignId(), from, to, currentUser.actor());
    return Response.accepted(r).location(uri.getAbsolutePathBuilder().path(r.id()).build()).build();
  }

  @GET
  public PageJson<ReportSummary> list(@QueryParam("campaignId") String campaignId, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return PageJson.of(reports.list(campaignId, PageRequest.of(page, size), currentUser.actor()));
  }

  @GET
  @Path("{id}")
  public ReportSummary get(@PathParam("id") String id) {
    return reports.get(id, currentUser.actor());
  }

  @GET
  @Path("{id}/checks")
  public List<CheckResolution> checks(@PathParam("id") String id) {
    return reports.checks(id, currentUser.actor());
  }

  @POST
  @Path("{id}/checks/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  public CheckResolution resolve(@PathParam("id") String id, ResolveJson body) {
    if (body == null || body.key() == null || body.key().isBlank()) {
      throw new InvalidInput("key", "is required");
    }
    return reports.resolve(id, body.key(), body.note(), currentUser.actor());
  }

  @GET
  @Path("{id}/recommendations")
  public List<String> recommendations(@PathParam("id") String id) {
    return reports.recommendations(id, currentUser.actor());
  }

  @PUT
  @Path("{id}/recommendations")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<String> editRecommendations(@PathParam("id") String id, RecommendationsJson body) {
    if (body == null || body.recommendations() == null) {
      throw new InvalidInput("recommendations", "is required (a list, may be empty)");
    }
    return reports.editRecommendations(id, body.recommendations(), currentUser.actor());
  }

  @POST
  @Path("{id}/regenerate")
  public Response regenerate(@PathParam("id") String id) {
    return Response.accepted(reports.regenerate(id, currentUser.actor())).build();
  }

  @POST
  @Path("{id}/submit")
  public ReportSummary submit(@PathParam("id") String id) {
    return reports.submit(id, currentUser.actor());
  }

  @POST
  @Path("{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReportSummary approve(@PathParam("id") String id, CommentJson body) {
    return reports.approve(id, body == null ? null : body.comment(), currentUser.actor());
  }

  @POST
  @Path("{id}/request-changes")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReportSummary requestChanges(@PathParam("id") String id, CommentJson body) {
    return reports.requestChanges(id, body == null ? null : body.comment(), currentUser.actor());
  }

  @GET
  @Path("{id}/docx")
  @Produces(DOCX)
  public Response docx(@PathParam("id") String id, @QueryParam("lang") String lang) {
    String language = lang == null || lang.isBlank() ? "en" : lang;
    byte[] bytes = reports.docx(id, language, currentUser.actor());
    return Response.ok(bytes, DOCX)
        .header("Content-Disposition", ContentDisposition.of(false, "results-report-" + id + "-" + language + ".docx"))
        .build();
  }

  @GET
  @Path("{id}/html")
  @Produces(MediaType.TEXT_HTML)
  public Response html(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return Response.ok(reports.html(id, lang, currentUser.actor()), MediaType.TEXT_HTML + ";charset=UTF-8")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'")
        .build();
  }

  @GET
  @Path("{id}/figures/{key}")
  public List<SourceRecord> figure(@PathParam("id") String id, @PathParam("key") String key) {
    return reports.sources(id, key, currentUser.actor());
  }

  @GET
  @Path("{id}/redactions")
  public List<Redaction> redactions(@PathParam("id") String id) {
    return reports.redactions(id, currentUser.actor());
  }
}

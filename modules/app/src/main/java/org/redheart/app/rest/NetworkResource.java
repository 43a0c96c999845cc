package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.network.api.ApplicationDetails;
import org.redheart.network.api.MemberDetails;
import org.redheart.network.api.MemberQuery;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.MembershipApplications;
import org.redheart.network.api.Network;
import org.redheart.network.api.NetworkStats;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Documents;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/**
 * The network for scripts: applications waiting for review (approve, decline with a reason),
 * the member directory with filters, a member and their history, leaving on a member's behalf, the
 * figures, and the growth chart as SVG.
 */
@Path("/network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

  public record DeclineJson(String reason) {}

  /** One month of growth: "2026-11", joined, left, members at its end. */
  public record MonthJson(String month, long joined, long left, long members) {}

  public record StatsJson(long activeMembers, long volunteers, List<NetworkStats.Count> byCountry,
      List<NetworkStats.Count> byDistrict, List<NetworkStats.Count> byCategory, List<MonthJson> growth) {
    static StatsJson of(NetworkStats s) {
      return new StatsJson(s.activeMembers(), s.volunteers(), s.byCountry(), s.byDistrict(), s.byCategory(),
          s.growth().stream().map(m -> new MonthJson(m.month().toString(), m.joined(), m.left(), m.members())).toList());
    }
  }

  @Inject MembershipApplications applications;
  @Inject Network network;
  @Inject Documents documents;
  @Inject CurrentUser currentUser;

  @GET
  @Path("applications")
  public PageJson<ApplicationDetails> pending(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return PageJson.of(applications.pending(PageRequest.of(page, size), currentUser.actor()));
  }

  @GET
  @Path("applications/{id}")
  public ApplicationDetails application(@PathParam("id") String id) {
    return applications.get(id, currentUser.actor());
  }

  @POST
  @Path("applications/{id}/approve")
  public MemberSummary approve(@PathParam("id") String id) {
    return applications.approve(id, currentUser.actor());
  }

  @POST
  @Path("applications/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationDetails decline(@PathParam("id") String id, DeclineJson body) {
    return applications.decline(id, body == null ? null : body.reason(), currentUser.actor());
  }

  @GET
  @Path("members")
  public PageJson<MemberSummary> members(@QueryParam("text") String text, @QueryParam("country") String country,
      @QueryParam("district") String district, @QueryParam("categoryId") Long categoryId,
      @QueryParam("volunteer") Boolean volunteer, @QueryParam("state") String state, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return PageJson.of(network.directory(new MemberQuery(text, country, district, categoryId, volunteer, state(state)),
        PageRequest.of(page, size), currentUser.actor()));
  }

  @GET
  @Path("members/{id}")
  public MemberDetails member(@PathParam("id") String id) {
    return network.member(id, currentUser.actor());
  }

  @POST
  @Path("members/{id}/leave")
  public MemberSummary leave(@PathParam("id") String id) {
    return network.leave(id, currentUser.actor());
  }

  @GET
  @Path("stats")
  public StatsJson stats() {
    return StatsJson.of(network.stats(currentUser.actor()));
  }

  /** Members at the end of each month (cumulative), as a bar chart. */
  @GET
  @Path("charts/growth.svg")
  @Produces("image/svg+xml")
  public Response growthSvg(@QueryParam("lang") String lang) {
    boolean bangla = "bn".equals(lang);
    ResourceBundle bundle = ResourceBundle.getBundle("org.redheart.app.web.messages",
        bangla ? Locale.forLanguageTag("bn-BD") : Locale.ROOT);
    List<Documents.Bar> bars = network.stats(currentUser.actor()).growth().stream()
        .map(m -> new Documents.Bar(bangla ? Digits.toBengali(m.month().toString()) : m.month().toString(), m.members()))
        .toList();
    Documents.BarChart chart = new Documents.BarChart(bundle.getString("network.growth.title"),
        bundle.getString("network.growth.month"), bundle.getString("network.growth.members"), bars, bangla);
    return Response.ok(documents.svg(chart, 800, 400), "image/svg+xml;charset=UTF-8").build();
  }

  static MemberState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return MemberState.valueOf(state.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("state", "must be ACTIVE or LEFT");
    }
  }
}

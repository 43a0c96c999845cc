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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.PastMeetings;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * One past meeting's record: {@code GET /api/meetings/{id}/past} (404 for a meeting that is not a past
 * one), and {@code POST /api/meetings/{id}/past/themes} {@code {"codes":[{"groupId":1,"themeCode":"A"}]}}
 * to confirm (or change) suggested theme codes.
 */
@Path("/meetings/{id}/past")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PastMeetingResource {

  public record CodeJson(Long groupId, String themeCode) {}

  public record ConfirmJson(List<CodeJson> codes) {}

  @Inject PastMeetings pastMeetings;
  @Inject CurrentUser currentUser;

  @GET
  public PastMeetingsResource.PastJson get(@PathParam("id") String id) {
    return pastMeetings.find(id, currentUser.actor()).map(PastMeetingsResource.PastJson::of)
        .orElseThrow(() -> new NotFound("past meeting", id));
  }

  @POST
  @Path("themes")
  @Consumes(MediaType.APPLICATION_JSON)
  public PastMeetingsResource.PastJson confirmThemes(@PathParam("id") String id, ConfirmJson body) {
    if (body == null || body.codes() == null || body.codes().isEmpty()) {
      throw new InvalidInput("codes", "give each group's theme code to confirm");
    }
    Map<Long, String> codes = new LinkedHashMap<>();
    for (CodeJson c : body.codes()) {
      if (c == null || c.groupId() == null) {
        throw new InvalidInput("codes", "each entry needs a groupId");
      }
      codes.put(c.groupId(), c.themeCode());
    }
    return PastMeetingsResource.PastJson.of(pastMeetings.confirmThemeCodes(id, codes, currentUser.actor()));
  }
}

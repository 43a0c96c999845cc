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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.BreakoutGroups;
import org.redheart.meetings.api.BreakoutGroups.GroupLeads;
import org.redheart.meetings.api.BreakoutGroups.GroupsPlan;
import org.redheart.platform.api.InvalidInput;

/**
 * A meeting's breakout groups: {@code GET} the plan; {@code POST} assigns (body {@code {"groupCount":3,
 * "seed":7, "pins":{"<attendeeId>":<position>}}}, every part optional: the concept note's planned
 * groups, seed 0, the saved pins) and saves; {@code POST leads} sets facilitators and rapporteurs
 * ({@code {"leads":[{"position":0,"facilitatorId":1,"rapporteurId":2}]}}).
 */
@Path("/meetings/{id}/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BreakoutGroupsResource {

  public record AssignJson(Integer groupCount, Long seed, Map<String, Integer> pins) {}

  public record LeadsJson(List<GroupLeads> leads) {}

  @Inject BreakoutGroups groups;
  @Inject CurrentUser currentUser;

  @GET
  public GroupsPlan get(@PathParam("id") String id) {
    return groups.plan(id, currentUser.actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public GroupsPlan assign(@PathParam("id") String id, AssignJson body) {
    AssignJson b = body == null ? new AssignJson(null, null, null) : body;
    Map<Long, Integer> pins = null;
    if (b.pins() != null) {
      InvalidInput.Collector errors = new InvalidInput.Collector();
      pins = new HashMap<>();
      for (Map.Entry<String, Integer> e : b.pins().entrySet()) {
        try {
          pins.put(Long.parseLong(e.getKey().strip()), e.getValue());
        } catch (NumberFormatException ex) {
          errors.add("pins", "'" + e.getKey() + "' is not an attendee id");
        }
      }
      errors.throwIfAny();
    }
    return groups.assign(id, b.groupCount(), pins, b.seed() == null ? 0L : b.seed(), currentUser.actor());
  }

  @POST
  @Path("leads")
  @Consumes(MediaType.APPLICATION_JSON)
  public GroupsPlan leads(@PathParam("id") String id, LeadsJson body) {
    if (body == null || body.leads() == null) {
      throw new InvalidInput("leads", "are required");
    }
    return groups.saveLeads(id, body.leads(), currentUser.actor());
  }
}

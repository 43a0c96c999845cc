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
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Attendance;
import org.redheart.meetings.api.AttendanceCounts;
import org.redheart.meetings.api.AttendeeInfo;
import org.redheart.meetings.api.AttendeeUpdate;
import org.redheart.meetings.api.CheckIn;
import org.redheart.meetings.api.InviteeCheckIn;
import org.redheart.meetings.api.WalkIn;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * A meeting's attendance: check-ins (idempotent by client key: 201 the first time, 200 with the same
 * attendee on a retried key or an invitee already checked in), walk-ins, children's headcount by age
 * band, attendees' details and volunteering, the capacity note.
 */
@Path("/meetings/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

  public record AttendanceJson(AttendanceCounts counts, List<AttendeeInfo> attendees, int page, int size, long total) {}

  public record CheckInJson(String contactId, String clientKey) {}

  public record WalkInJson(String name, Long categoryId, String gender, String ageBand, Boolean volunteer, String clientKey) {}

  public record AttendeeJson(Long categoryId, String gender, String ageBand, Boolean volunteer) {}

  public record NoteJson(String note) {}

  public record InviteesJson(List<InviteeCheckIn> items, int page, int size, long total) {}


  @Inject Attendance attendance;
  @Inject CurrentUser currentUser;

  @GET
  public AttendanceJson get(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Page<AttendeeInfo> p = attendance.attendees(id, PageRequest.of(page, size), currentUser.actor());
    return new AttendanceJson(attendance.counts(id, currentUser.actor()), p.items(), p.page(), p.size(), p.total());
  }

  @GET
  @Path("invitees")
  public InviteesJson invitees(@PathParam("id") String id, @QueryParam("q") String q, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Page<InviteeCheckIn> p = attendance.invitees(id, q, PageRequest.of(page, size), currentUser.actor());
    return new InviteesJson(p.items(), p.page(), p.size(), p.total());
  }

  @POST
  @Path("check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response checkIn(@PathParam("id") String id, CheckInJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    return created(onceMore(() -> attendance.checkIn(id, body.contactId(), body.clientKey(), currentUser.actor())));
  }

  @POST
  @Path("walk-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response walkIn(@PathParam("id") String id, WalkInJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    WalkIn walkIn = new WalkIn(body.name(), body.categoryId(), body.gender(), body.ageBand(), Boolean.TRUE.equals(body.volunteer()));
    return created(onceMore(() -> attendance.walkIn(id, walkIn, body.clientKey(), currentUser.actor())));
  }

  /** Children's headcount by age band, e.g. {@code {"0-5": 3, "6-11": "৪"}}: set, not added. */
  @PUT
  @Path("children")
  @Consumes(MediaType.APPLICATION_JSON)
  public AttendanceCounts children(@PathParam("id") String id, Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    Map<String, String> values = new java.util.LinkedHashMap<>();
    body.forEach((k, v) -> values.put(k, v == null ? "" : String.valueOf(v)));
    return attendance.setChildren(id, values, currentUser.actor());
  }

  @PUT
  @Path("attendees/{attendeeId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AttendeeInfo attendee(@PathParam("id") String id, @PathParam("attendeeId") long attendeeId, AttendeeJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    return attendance.updateAttendee(id, attendeeId, new AttendeeUpdate(body.categoryId(), body.gender(), body.ageBand(),
        Boolean.TRUE.equals(body.volunteer())), currentUser.actor());
  }

  @PUT
  @Path("capacity-note")
  @Consumes(MediaType.APPLICATION_JSON)
  public AttendanceCounts capacityNote(@PathParam("id") String id, NoteJson body) {
    return attendance.noteCapacity(id, body == null ? null : body.note(), currentUser.actor());
  }

  /**
   * Two taps with the same key at the same moment: the second one's insert breaks the unique key
   * and its transaction rolls back (with the walk-in's contact); tried again, it finds the first
   * one's row and answers like a retried tap.
   */
  private static CheckIn onceMore(java.util.function.Supplier<CheckIn> tap) {
    try {
      return tap.get();
    } catch (InvalidInput | org.redheart.platform.api.Conflict | org.redheart.platform.api.Forbidden
        | org.redheart.platform.api.NotFound e) {
      throw e;
    } catch (RuntimeException e) {
      return tap.get();
    }
  }

  private static Response created(CheckIn c) {
    return Response.status(c.created() ? Response.Status.CREATED : Response.Status.OK).entity(c).build();
  }
}

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.MeetingDetails;
import org.redheart.meetings.api.MeetingState;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

@Path("/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

  /** A meeting as the API shows it; times are ISO-8601 with offset, plus the zone id. */
  public record MeetingJson(
      String id, String campaignId, String title, long audienceCategoryId, String startsAt, String endsAt,
      String timeZone, String venue, String onlineLink, int expectedParticipants, String organiserId, String stage) {
    static MeetingJson of(MeetingSummary m) {
      return new MeetingJson(m.id(), m.campaignId(), m.title(), m.audienceCategoryId(), m.startsAt().toOffsetDateTime().toString(),
          m.endsAt() == null ? null : m.endsAt().toOffsetDateTime().toString(), m.startsAt().getZone().getId(), m.venue(),
          m.onlineLink(), m.expectedParticipants(), m.organiserId(), m.stage());
    }
  }

  /** What a client sends to schedule a meeting: date "2026-12-20", times "14:00". */
  public record ScheduleJson(
      String campaignId, String title, Long audienceCategoryId, String date, String startTime, String endTime,
      String timeZone, String venue, String onlineLink, Integer expectedParticipants, String templateId) {}

  public record StepJson(String taskId, String step, String assigneeId, Instant dueAt) {}

  public record HistoryJson(String step, String outcome, String completedBy, Instant completedAt) {}

  public record DetailsJson(MeetingJson meeting, List<StepJson> openSteps, List<HistoryJson> history) {}

  public record PageJson<T>(List<T> items, int page, int size, long total) {
    static <T> PageJson<T> of(Page<T> p) {
      return new PageJson<>(p.items(), p.page(), p.size(), p.total());
    }
  }

  /** Moves a meeting: date "2026-12-20", times "14:00"; timeZone optional (keeps the meeting's). */
  public record RescheduleJson(String date, String startTime, String endTime, String timeZone) {}

  /** Cancels a meeting: the reason is required. */
  public record CancelJson(String reason) {}

  /** A meeting's status; a cancelled one with its reason and the contacts who must be told. */
  public record StateJson(String meetingId, String status, String cancelReason, Instant cancelledAt, String cancelledBy,
      List<String> toTell) {
    static StateJson of(MeetingState s) {
      return new StateJson(s.meetingId(), s.status(), s.cancelReason(), s.cancelledAt(), s.cancelledBy(), s.toTell());
    }
  }

  @Inject Meetings meetings;
  @Inject CurrentUser currentUser;

  @GET
  public PageJson<MeetingJson> list(@QueryParam("campaignId") String campaignId, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return PageJson.of(meetings.list(campaignId, PageRequest.of(page, size), currentUser.actor()).map(MeetingJson::of));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response schedule(ScheduleJson body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate date = Parse.date(body.date(), "date", errors);
    LocalTime start = Parse.time(body.startTime(), "startTime", errors);
    LocalTime end = Parse.time(body.endTime(), "endTime", errors);
    errors.throwIfAny();
    MeetingSummary created = meetings.schedule(new ScheduleMeeting(body.campaignId(), body.title(), body.audienceCategoryId(),
        date, start, end, body.timeZone(), body.venue(), body.onlineLink(), body.expectedParticipants(), body.templateId()), currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(MeetingJson.of(created)).build();
  }

  @GET
  @Path("{id}")
  public DetailsJson get(@PathParam("id") String id) {
    MeetingDetails d = meetings.details(id, currentUser.actor());
    return new DetailsJson(MeetingJson.of(d.meeting()),
        d.openSteps().stream().map(s -> new StepJson(s.taskId(), s.step(), s.assigneeId(), s.dueAt())).toList(),
        d.history().stream().map(h -> new HistoryJson(h.step(), h.outcome(), h.completedBy(), h.completedAt())).toList());
  }

  @POST
  @Path("{id}/reschedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public MeetingJson reschedule(@PathParam("id") String id, RescheduleJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate date = Parse.date(body.date(), "date", errors);
    LocalTime start = Parse.time(body.startTime(), "startTime", errors);
    LocalTime end = Parse.time(body.endTime(), "endTime", errors);
    errors.throwIfAny();
    return MeetingJson.of(meetings.reschedule(id, date, start, end, body.timeZone(), currentUser.actor()));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public StateJson cancel(@PathParam("id") String id, CancelJson body) {
    return StateJson.of(meetings.cancel(id, body == null ? null : body.reason(), currentUser.actor()));
  }

  @GET
  @Path("{id}/state")
  public StateJson state(@PathParam("id") String id) {
    return StateJson.of(meetings.state(id, currentUser.actor()));
  }
}

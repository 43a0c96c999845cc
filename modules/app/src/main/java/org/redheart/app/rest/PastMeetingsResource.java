package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.PastMeetingRecord;
import org.redheart.meetings.api.PastMeetings;
import org.redheart.meetings.api.RecordPastMeeting;
import org.redheart.platform.api.InvalidInput;

/**
 * "Record a past meeting" over REST: {@code POST /api/meetings/past} with the meeting's record (date
 * "2022-11-14", times "14:00" or absent); answers 201 with the stored record, whose address is
 * {@code /api/meetings/{id}/past}.
 */
@Path("/meetings/past")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PastMeetingsResource {

  /** A speaker: {@code contactId} of an existing contact, or {@code name} of a person (found or created). */
  public record SpeakerJson(String contactId, String name, String role, String topic, String joined, String country) {}

  public record ActionJson(String action, String ownerName) {}

  public record GroupJson(String themeCode, Boolean themeCodeSuggested, String theme, List<String> challenges,
      List<ActionJson> actionPlans) {}

  public record RecommendationJson(String kind, String text) {}

  /** What a client sends; see {@link RecordPastMeeting} for the rules and field names of errors. */
  public record RecordJson(
      String campaignId, String title, String kind, String date, String startTime, String endTime, String timeZone,
      String venue, String mode, String audience, List<Long> categoryIds, Integer attendanceTotal, String attendanceUnit,
      Integer groupsPlanned, Integer groupsHeld, List<SpeakerJson> speakers, List<GroupJson> groups,
      List<RecommendationJson> recommendations, String externalRef) {}

  /** A past meeting's record as the API shows it. */
  public record PastJson(
      MeetingsResource.MeetingJson meeting, String kind, boolean timesKnown, String mode, String audience,
      List<Long> categoryIds, Integer attendanceTotal, String attendanceUnit, Integer groupsPlanned, Integer groupsHeld,
      String externalRef, List<PastMeetingRecord.PastSpeaker> speakers, List<PastMeetingRecord.PastGroup> groups,
      List<PastMeetingRecord.PastRecommendation> recommendations) {
    static PastJson of(PastMeetingRecord r) {
      return new PastJson(MeetingsResource.MeetingJson.of(r.meeting()), r.kind(), r.timesKnown(), r.mode(), r.audience(),
          r.categoryIds(), r.attendanceTotal(), r.attendanceUnit(), r.groupsPlanned(), r.groupsHeld(), r.externalRef(),
          r.speakers(), r.groups(), r.recommendations());
    }
  }

  @Inject PastMeetings pastMeetings;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(RecordJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate date = Parse.date(body.date(), "date", errors);
    LocalTime start = Parse.time(body.startTime(), "startTime", errors);
    LocalTime end = Parse.time(body.endTime(), "endTime", errors);
    errors.throwIfAny();
    RecordPastMeeting command = new RecordPastMeeting(body.campaignId(), body.title(), body.kind(), date, start, end,
        body.timeZone(), body.venue(), body.mode(), body.audience(), body.categoryIds(), body.attendanceTotal(),
        body.attendanceUnit(), body.groupsPlanned(), body.groupsHeld(),
        body.speakers() == null ? null : body.speakers().stream().map(s -> s == null ? null
            : new RecordPastMeeting.SpeakerInput(s.contactId(), s.name(), s.role(), s.topic(), s.joined(), s.country())).toList(),
        body.groups() == null ? null : body.groups().stream().map(g -> g == null ? null
            : new RecordPastMeeting.GroupInput(g.themeCode(), Boolean.TRUE.equals(g.themeCodeSuggested()), g.theme(),
                g.challenges(), g.actionPlans() == null ? null : g.actionPlans().stream().map(a -> a == null ? null
                    : new RecordPastMeeting.ActionInput(a.action(), a.ownerName())).toList())).toList(),
        body.recommendations() == null ? null : body.recommendations().stream().map(r -> r == null ? null
            : new RecordPastMeeting.RecommendationInput(r.kind(), r.text())).toList(),
        body.externalRef());
    PastMeetingRecord stored = pastMeetings.record(command, currentUser.actor());
    return Response.created(URI.create("meetings/" + stored.meeting().id() + "/past")).entity(PastJson.of(stored)).build();
  }
}

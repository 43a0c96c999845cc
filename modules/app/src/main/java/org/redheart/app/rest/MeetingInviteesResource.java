package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.app.web.InviteeMatching;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.InviteeData;
import org.redheart.meetings.api.Invitees;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The invitees of a meeting (invitations step): list them, add a speaker (a contact tagged
 * "speaker", with a topic and optionally a length in minutes) or a participant, add every participant
 * a contact search matches, remove one not invited yet. Sending is {@link MeetingInvitationsResource}.
 */
@Path("/meetings/{id}/invitees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingInviteesResource {

  public record InviteeJson(String contactId, String name, String kind, String topic, String status) {}

  /** The answer to an add: as {@link InviteeJson}, with the speaker's talk length. */
  public record AddedInviteeJson(String contactId, String name, String kind, String topic, String status,
      Integer lengthMinutes) {}

  public record InviteesJson(List<InviteeJson> items, int page, int size, long total, Integer capacity) {}

  /** One invitee ({@code contactId}, {@code kind}, {@code topic}), or a {@code match} to add all participants it finds. */
  public record AddJson(String contactId, String kind, String topic, Integer lengthMinutes, MatchJson match) {}

  public record MatchJson(String q, Long categoryId, String tag, String organisationId, String district) {}

  public record AddedJson(int added, int alreadyInvited, int leftOut, long total, Integer capacity) {}

  @Inject Invitees invitees;
  @Inject Contacts contacts;
  @Inject InviteeMatching matching;
  @Inject CurrentUser currentUser;

  @GET
  public InviteesJson list(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Actor actor = currentUser.actor();
    Page<InviteeData> p = invitees.list(id, PageRequest.of(page, size), actor);
    Map<String, ContactSummary> names = contacts.summaries(p.items().stream().map(InviteeData::contactId).toList());
    List<InviteeJson> items = p.items().stream().map(i -> {
      ContactSummary c = names.get(i.contactId());
      return new InviteeJson(i.contactId(), c == null ? null : c.name(), i.kind(), i.topic(), i.status());
    }).toList();
    return new InviteesJson(items, p.page(), p.size(), p.total(), invitees.capacity(id, actor));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("id") String id, AddJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    Actor actor = currentUser.actor();
    if (body.match() != null) {
      MatchJson m = body.match();
      Invitees.Added r = matching.addAll(id, new ContactQuery(blank(m.q()), ContactKind.PERSON, blank(m.organisationId()),
          m.categoryId(), blank(m.district()), null, blank(m.tag())), actor);
      return Response.ok(new AddedJson(r.added(), r.alreadyInvited(), r.leftOut(), invitees.count(id, actor),
          invitees.capacity(id, actor))).build();
    }
    String contactId = contactId(body.contactId());
    InviteeData d = invitees.add(id, contactId, body.kind(), body.topic(), body.lengthMinutes(), actor);
    return Response.ok(new AddedInviteeJson(d.contactId(), null, d.kind(), d.topic(), d.status(),
        InviteeData.SPEAKER.equals(d.kind()) ? body.lengthMinutes() : null)).build();
  }

  @DELETE
  @Path("{contactId}")
  public Response remove(@PathParam("id") String id, @PathParam("contactId") String contactId) {
    invitees.remove(id, contactId(contactId), currentUser.actor());
    return Response.noContent().build();
  }

  private static String contactId(String s) {
    if (s == null || s.isBlank() || s.length() > 36) {
      throw new InvalidInput("contactId", "is required: the id of a contact");
    }
    return s.strip();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

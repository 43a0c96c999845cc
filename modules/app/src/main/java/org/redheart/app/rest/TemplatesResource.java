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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.MeetingTemplateData;
import org.redheart.meetings.api.TemplateInput;
import org.redheart.meetings.api.Templates;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

/**
 * Meeting templates: whoever runs meetings reads them; admins create and edit them. Agenda and
 * themes are in the concept note's line formats; deadlines map a step name to days from the meeting
 * day (errors on {@code deadlines.<STEP>}); numbers may be sent as numbers or text.
 */
@Path("/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

  public record TemplateJson(String id, String code, String name, String nameBn, int expectedParticipants,
      int speakersCount, int durationMinutes, String agenda, String themes, Map<String, Integer> deadlines,
      boolean active, long version) {
    static TemplateJson of(MeetingTemplateData t) {
      Map<String, Integer> d = new LinkedHashMap<>();
      t.deadlines().forEach((s, days) -> d.put(s.name(), days));
      return new TemplateJson(t.id(), t.code(), t.name(), t.nameBn(), t.expectedParticipants(), t.speakersCount(),
          t.durationMinutes(), t.agenda(), t.themes(), d, t.active(), t.version());
    }
  }

  public record TemplateInputJson(String code, String name, String nameBn, Object expectedParticipants,
      Object speakersCount, Object durationMinutes, String agenda, String themes, Map<String, Object> deadlines,
      Boolean active, Long version) {}

  @Inject Templates templates;
  @Inject CurrentUser currentUser;

  @GET
  public List<TemplateJson> list(@QueryParam("active") Boolean activeOnly) {
    requireReader();
    return templates.list(Boolean.TRUE.equals(activeOnly)).stream().map(TemplateJson::of).toList();
  }

  @GET
  @Path("{id}")
  public TemplateJson get(@PathParam("id") String id) {
    requireReader();
    return TemplateJson.of(templates.find(id).orElseThrow(() -> new NotFound("template", id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(TemplateInputJson body, @Context UriInfo uri) {
    MeetingTemplateData created = templates.create(input(body), currentUser.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(TemplateJson.of(created)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TemplateJson update(@PathParam("id") String id, TemplateInputJson body) {
    TemplateInput input = input(body);
    if (body.version() == null) {
      throw new InvalidInput("version", "is required: the version of the template you edited");
    }
    return TemplateJson.of(templates.update(id, input, body.version(), currentUser.actor()));
  }

  private void requireReader() {
    if (!currentUser.actor().hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.ADMIN, Role.SAFEGUARDING_LEAD)) {
      throw new Forbidden("your roles do not include reading templates");
    }
  }

  private static TemplateInput input(TemplateInputJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    Map<String, String> deadlines = new LinkedHashMap<>();
    if (body.deadlines() != null) {
      body.deadlines().forEach((k, v) -> deadlines.put(k, text(v)));
    }
    return new TemplateInput(body.code(), body.name(), body.nameBn(), text(body.expectedParticipants()),
        text(body.speakersCount()), text(body.durationMinutes()), body.agenda(), body.themes(), deadlines,
        body.active() == null || body.active());
  }

  private static String text(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Number n) {
      return n.toString();
    }
    return o.toString();
  }
}

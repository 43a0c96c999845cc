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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.app.web.WorkItems;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.MeetingSteps;
import org.redheart.meetings.api.StepForm;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

  public record TaskJson(String id, String process, String step, String name, String meetingId, String meetingTitle,
      Instant dueAt, boolean late, String assigneeId) {}

  public record FieldJson(String name, String kind, boolean required, int maxLength) {}

  public record FormJson(String taskId, String step, String meetingId, String meetingTitle, Instant dueAt,
      List<FieldJson> fields, Map<String, String> draft) {}

  public record FieldsJson(Map<String, String> fields) {}

  @Inject WorkItems workItems;
  @Inject MeetingSteps steps;
  @Inject CurrentUser currentUser;

  @GET
  public PageJson<TaskJson> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Instant now = Instant.now();
    return PageJson.of(workItems.openFor(currentUser.actor(), PageRequest.of(page, size)).map(r -> new TaskJson(
        r.item().id(), r.item().processKey(), r.item().step(), r.item().name(), r.item().subjectId(),
        r.meeting() == null ? null : r.meeting().title(), r.item().dueAt(), r.item().isLate(now), r.item().assigneeId())));
  }

  @GET
  @Path("{id}")
  public FormJson form(@PathParam("id") String id) {
    StepForm f = steps.open(id, currentUser.actor());
    return new FormJson(f.taskId(), f.step().taskKey(), f.meeting().id(), f.meeting().title(), f.openStep().dueAt(),
        f.step().fields().stream().map(TasksResource::field).toList(), f.draft());
  }

  @PUT
  @Path("{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response saveDraft(@PathParam("id") String id, FieldsJson body) {
    steps.saveDraft(id, fields(body), currentUser.actor());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("id") String id, FieldsJson body) {
    steps.complete(id, fields(body), currentUser.actor());
    return Response.noContent().build();
  }

  private static Map<String, String> fields(FieldsJson body) {
    if (body == null || body.fields() == null) {
      throw new InvalidInput("fields", "a JSON object {\"fields\": {...}} is required");
    }
    return body.fields();
  }

  private static FieldJson field(FieldSpec f) {
    return new FieldJson(f.name(), f.kind().name(), f.required(), f.maxLength());
  }
}

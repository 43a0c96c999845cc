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
import java.util.Map;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Jobs;
import org.redheart.platform.api.Jobs.JobStatus;
import org.redheart.platform.api.PageRequest;

/** Background jobs: my jobs (admins: all), one job's progress, start and cancel. */
@Path("/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  public record StartJson(String kind, Map<String, String> parameters) {}

  @Inject Jobs jobs;
  @Inject CurrentUser currentUser;

  @GET
  public PageJson<JobStatus> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return PageJson.of(jobs.list(currentUser.actor(), PageRequest.of(page, size)));
  }

  @GET
  @Path("{id}")
  public JobStatus get(@PathParam("id") String id) {
    return jobs.get(id, currentUser.actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(StartJson body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    JobStatus started = jobs.start(body.kind(), body.parameters(), currentUser.actor());
    return Response.status(202).entity(started).header("Location", "/api/jobs/" + started.id()).build();
  }

  @POST
  @Path("{id}/cancel")
  public JobStatus cancel(@PathParam("id") String id) {
    return jobs.cancel(id, currentUser.actor());
  }
}

package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.ConceptNotes;
import org.redheart.meetings.api.StepRecord;

/** The versions of a meeting's concept note, oldest first (version 1 is the first completion). */
@Path("/meetings/{id}/concept-note/versions")
@RequestScoped
public class ConceptNoteVersionsResource {

  public record VersionJson(int version, String completedBy, String completedAt, Map<String, String> fields) {}

  @Inject ConceptNotes conceptNotes;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<VersionJson> versions(@PathParam("id") String id) {
    List<StepRecord> all = conceptNotes.versions(id, currentUser.actor());
    List<VersionJson> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      StepRecord r = all.get(i);
      out.add(new VersionJson(i + 1, r.completedBy(), r.completedAt().toString(), r.data()));
    }
    return out;
  }

}

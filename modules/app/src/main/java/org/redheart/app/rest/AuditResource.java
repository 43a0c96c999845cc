package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Csv;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/** The audit log for supervisors and admins: filtered pages as JSON, or everything as a streamed CSV. */
@Path("/audit")
@RequestScoped
public class AuditResource {
  @Inject Audit audit;
  @Inject CurrentUser currentUser;
  @Inject org.redheart.platform.api.Users users;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public PageJson<Audit.Entry> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
      @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return PageJson.of(audit.search(filter(actor, action, subject, from, to), PageRequest.of(page, size), currentUser.actor()));
  }

  /** Any Accept header gets text/csv (a download link). UTF-8 with a byte-order mark (so spreadsheets read Bangla right); formula-like cells neutralised. */
  @GET
  @Path("export.csv")
  public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
      @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to) {
    Audit.Filter filter = filter(actor, action, subject, from, to);
    Actor reader = currentUser.actor();
    audit.search(filter, new PageRequest(0, 1), reader); // checks the role and the filter before streaming starts
    StreamingOutput body = out -> {
      BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write('\ufeff');
      w.write(Csv.row(List.of("at", "actor", "action", "subject", "version", "details")));
      try {
        audit.export(filter, reader, e -> {
          try {
            w.write(Csv.row(java.util.Arrays.asList(e.at().toString(), e.actorId(), e.action(), e.subject(), e.contentHash(),
                e.details())));
          } catch (java.io.IOException io) {
            throw new UncheckedIOException(io);
          }
        });
      } catch (UncheckedIOException io) {
        throw io.getCause();
      }
      w.flush();
    };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
        .build();
  }

  /** {@code actor} is a user name or a user id. */
  Audit.Filter filter(String actor, String action, String subject, String from, String to) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String actorId = actor == null || actor.isBlank() ? null
        : users.findByUsername(actor.strip().toLowerCase(java.util.Locale.ROOT)).map(u -> u.id()).orElse(actor.strip());
    var f = new Audit.Filter(actorId, action, subject, Parse.date(from, "from", errors), Parse.date(to, "to", errors));
    errors.throwIfAny();
    return f;
  }
}

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
import java.time.LocalDate;
import java.util.Locale;
import org.redheart.app.rest.MeetingsResource.PageJson;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.ConcernInput;
import org.redheart.materials.api.ConcernKind;
import org.redheart.materials.api.ConcernState;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ConcernView;
import org.redheart.materials.api.Concerns;
import org.redheart.materials.api.ReferralInput;
import org.redheart.materials.api.ReferralTarget;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.PageRequest;

/**
 * Safeguarding concerns: {@code POST /api/concerns} {@code {"subject": "MATERIAL|MEETING",
 * "subjectId", "kind": "CONTENT_CONCERN|DISCLOSURE", "summary"}} (201), {@code GET /api/concerns?state=&page=&size=}
 * (the safeguarding lead sees all, others their own), {@code GET /api/concerns/{id}},
 * {@code POST /api/concerns/{id}/referral} {@code {"target", "organisation", "reference",
 * "referredOn": "2027-01-31", "note"}} and {@code POST /api/concerns/{id}/close} {@code {"outcome"}}
 * (the safeguarding lead only).
 */
@Path("/concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConcernsResource {

  /** A concern as it is raised. */
  public record RaiseJson(String subject, String subjectId, String kind, String summary) {}

  /** A referral; {@code referredOn} as 2027-01-31. */
  public record ReferralJson(String target, String organisation, String reference, String referredOn, String note) {}

  /** The closing outcome. */
  public record CloseJson(String outcome) {}

  @Inject Concerns concerns;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response raise(RaiseJson body) {
    if (body == null) {
      throw new InvalidInput("subject", "a JSON object {\"subject\", \"subjectId\", \"kind\", \"summary\"} is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ConcernSubject subject = parse(ConcernSubject.class, body.subject(), "subject", errors);
    ConcernKind kind = parse(ConcernKind.class, body.kind(), "kind", errors);
    errors.throwIfAny();
    ConcernView raised = concerns.raise(new ConcernInput(subject, body.subjectId(), kind, body.summary()), currentUser.actor());
    return Response.status(Response.Status.CREATED).entity(raised).build();
  }

  @GET
  public PageJson<ConcernView> list(@QueryParam("state") String state, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ConcernState wanted = parse(ConcernState.class, state, "state", errors);
    errors.throwIfAny();
    return PageJson.of(concerns.list(wanted, PageRequest.of(page, size), currentUser.actor()));
  }

  @GET
  @Path("{id}")
  public ConcernView get(@PathParam("id") String id) {
    return concerns.get(id, currentUser.actor());
  }

  @POST
  @Path("{id}/referral")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConcernView refer(@PathParam("id") String id, ReferralJson body) {
    if (body == null) {
      throw new InvalidInput("target", "a JSON object {\"target\", \"organisation\", \"reference\", \"referredOn\", \"note\"} is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ReferralTarget target = parse(ReferralTarget.class, body.target(), "target", errors);
    LocalDate on = Parse.date(body.referredOn(), "referredOn", errors);
    errors.throwIfAny();
    return concerns.refer(id, new ReferralInput(target, body.organisation(), body.reference(), on, body.note()),
        currentUser.actor());
  }

  @POST
  @Path("{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConcernView close(@PathParam("id") String id, CloseJson body) {
    return concerns.close(id, body == null ? null : body.outcome(), currentUser.actor());
  }

  /** The enum constant named by {@code text} (any case), null when blank; else an error naming the field. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String field, InvalidInput.Collector errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder names = new StringBuilder();
      for (E c : type.getEnumConstants()) {
        names.append(names.isEmpty() ? "" : ", ").append(c.name());
      }
      errors.add(field, "must be one of " + names);
      return null;
    }
  }
}

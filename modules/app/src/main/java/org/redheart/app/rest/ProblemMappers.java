package org.redheart.app.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/** Business exceptions as RFC 9457 problem details; anything unexpected as a 500 that leaks nothing. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
  static final String PROBLEM = "application/problem+json";

  @Override
  public Response toResponse(Throwable e) {
    Throwable cause = unwrap(e);
    if (cause instanceof InvalidInput invalid) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      invalid.fieldErrors().forEach((f, m) -> errors.add(Json.createObjectBuilder().add("field", f).add("message", m)));
      return problem(400, "Bad Request", invalid.getMessage(), b -> b.add("errors", errors));
    }
    if (cause instanceof NotFound) {
      return problem(404, "Not Found", cause.getMessage(), null);
    }
    if (cause instanceof Conflict) {
      return problem(409, "Conflict", cause.getMessage(), null);
    }
    if (cause instanceof Forbidden) {
      return problem(403, "Forbidden", cause.getMessage(), null);
    }
    if (cause instanceof JsonbException || cause instanceof ProcessingException) {
      return problem(400, "Bad Request", "the request body is not valid JSON of the expected shape: " + cause.getMessage(), null);
    }
    if (cause instanceof NotFoundException) {
      return problem(404, "Not Found", "no such resource", null);
    }
    if (cause instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      return problem(status, w.getResponse().getStatusInfo().getReasonPhrase(), w.getMessage(), null);
    }
    LOG.log(Level.SEVERE, "Unexpected error in a REST call", e);
    return problem(500, "Internal Server Error", "an unexpected error occurred; it has been logged", null);
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 10 && t.getCause() != null; i++) {
      if (t instanceof InvalidInput || t instanceof NotFound || t instanceof Conflict || t instanceof Forbidden) {
        return t;
      }
      if (t instanceof jakarta.ejb.EJBException
          || t instanceof jakarta.transaction.RollbackException
          || t instanceof jakarta.transaction.TransactionalException
          || t.getClass().getName().startsWith("org.camunda.bpm.engine.ProcessEngineException")) {
        t = t.getCause();
      } else {
        break;
      }
    }
    return t;
  }

  static Response problem(int status, String title, String detail, java.util.function.Consumer<JsonObjectBuilder> extra) {
    JsonObjectBuilder b =
        Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status);
    if (detail != null) {
      b.add("detail", detail);
    }
    if (extra != null) {
      extra.accept(b);
    }
    return Response.status(status).type(PROBLEM).entity(b.build().toString()).build();
  }
}

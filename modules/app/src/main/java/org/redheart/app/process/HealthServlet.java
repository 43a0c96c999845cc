package org.redheart.app.process;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health endpoints ({@code /health}, {@code /health/ready}, {@code /health/live}) in
 * the MicroProfile format. The application runs at the context root "/", where it shadows Payara's
 * own health endpoint, so it answers them itself from the same {@link HealthCheck} beans. 503 when
 * any check is DOWN. No session is created.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

  @Inject @Any Instance<HealthCheck> checks;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String kind = req.getPathInfo() == null ? "" : req.getPathInfo();
    List<Annotation> qualifiers = switch (kind) {
      case "/ready" -> List.of(Readiness.Literal.INSTANCE);
      case "/live" -> List.of(Liveness.Literal.INSTANCE);
      case "", "/" -> List.of(Readiness.Literal.INSTANCE, Liveness.Literal.INSTANCE);
      default -> null;
    };
    if (qualifiers == null) {
      res.sendError(404);
      return;
    }
    boolean up = true;
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (Annotation qualifier : qualifiers) {
      for (HealthCheck check : checks.select(qualifier)) {
        HealthCheckResponse r;
        try {
          r = check.call();
        } catch (RuntimeException e) {
          r = HealthCheckResponse.named(check.getClass().getSimpleName()).withData("error", e.getClass().getSimpleName()).down().build();
        }
        up &= r.getStatus() == HealthCheckResponse.Status.UP;
        JsonObjectBuilder o = Json.createObjectBuilder().add("name", r.getName()).add("status", r.getStatus().name());
        r.getData().ifPresent(data -> {
          JsonObjectBuilder d = Json.createObjectBuilder();
          data.forEach((k, v) -> d.add(k, String.valueOf(v)));
          o.add("data", d);
        });
        results.add(o);
      }
    }
    res.setStatus(up ? 200 : 503);
    res.setContentType("application/json;charset=UTF-8");
    res.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", results).build().toString());
  }
}

package org.redheart.app.rest;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenAPI document at {@code /openapi}: generated at build time from the JAX-RS resources and
 * their MicroProfile OpenAPI annotations (smallrye-open-api-maven-plugin), because an application at
 * the context root "/" shadows Payara's own endpoint. YAML by default, JSON when asked for.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
    String accept = req.getHeader("Accept");
    boolean json = "json".equals(req.getParameter("format")) || (accept != null && accept.contains("application/json"));
    res.setContentType(json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8");
    req.getServletContext().getRequestDispatcher(json ? "/WEB-INF/openapi/openapi.json" : "/WEB-INF/openapi/openapi.yaml").include(req, res);
  }
}

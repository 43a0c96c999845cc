package org.redheart.app.security;

import jakarta.json.Json;

/** RFC 9457 problem details written outside JAX-RS (by filters and the authentication mechanism). */
public final class Problems {
  private Problems() {}

  public static String json(int status, String title, String detail) {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status)
        .add("detail", detail)
        .build()
        .toString();
  }
}

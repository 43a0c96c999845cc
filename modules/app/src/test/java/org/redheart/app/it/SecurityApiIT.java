package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What anonymous callers, wrong tokens, missing CSRF headers and wrong roles get. */
@ExtendWith(TestServer.class)
class SecurityApiIT {

  @Test
  void restRefusesAnonymousCallsWith401() {
    Browserless anonymous = Browserless.anonymous();
    for (String path : new String[] {"/api/meetings", "/api/tasks", "/api/me", "/api/users"}) {
      HttpResponse<String> r = anonymous.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }
    assertThat(anonymous.postJson("/api/meetings", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void protectedPagesSendAnonymousVisitorsToTheLoginPage() {
    Browserless anonymous = Browserless.anonymous();
    for (String path : new String[] {"/", "/meetings/index.xhtml", "/tasks/index.xhtml", "/admin/users.xhtml", "/account.xhtml"}) {
      HttpResponse<String> r = anonymous.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(302);
      assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
    }
  }

  @Test
  void loginPageHealthAndOpenApiArePublic() {
    Browserless anonymous = Browserless.anonymous();
    assertThat(anonymous.get("/login.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> health = anonymous.get("/health/ready");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"engine\":\"UP\"").contains("\"database\":\"UP\"");
    assertThat(anonymous.get("/health/live").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/openapi").body()).contains("/api/meetings");
    assertThat(anonymous.get("/resources/css/app.css").statusCode()).isEqualTo(200);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    HttpResponse<String> r = Browserless.anonymous().get("/login.xhtml");
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
  }

  @Test
  void theSessionIdIsRenewedAtLoginAndTheCookieIsHttpOnly() {
    Browserless client = Browserless.anonymous();
    HttpResponse<String> page = client.get("/login.xhtml");
    String before = client.sessionId();
    assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID").containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax"));
    client.login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
  }

  @Test
  void aWrongPasswordDoesNotLogIn() {
    String user = Browserless.newUser("ORGANISER");
    Browserless client = Browserless.anonymous();
    HttpResponse<String> r = client.submitForm("/login.xhtml", "login", "submit",
        java.util.Map.of("username", user, "password", "not-the-password"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Wrong user name or password");
    assertThat(client.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aStateChangeWithTheSessionCookieNeedsTheCsrfHeader() {
    Browserless client = Browserless.anonymous().login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    HttpResponse<String> r = client.postJson("/api/tokens", "{\"name\":\"no csrf\"}");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("X-CSRF-Token");
    assertThat(client.get("/api/tokens").body()).isEqualTo("[]");
  }

  @Test
  void aRevokedTokenIsRefused() {
    Browserless session = Browserless.anonymous().login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String token = session.createToken();
    Browserless viaToken = Browserless.withToken(token);
    assertThat(viaToken.get("/api/me").statusCode()).isEqualTo(200);
    String id = viaToken.get("/api/tokens").body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(viaToken.delete("/api/tokens/" + id).statusCode()).isEqualTo(204);
    assertThat(viaToken.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(Browserless.withToken("rh_forged").get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void onlyAdminsManageUsers() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    assertThat(organiser.get("/api/users").statusCode()).isEqualTo(403);
    assertThat(organiser.postJson("/api/users", "{\"username\":\"sneaky\",\"displayName\":\"S\",\"password\":\"0123456789ab\",\"roles\":[\"ADMIN\"]}")
        .statusCode()).isEqualTo(403);
    assertThat(organiser.get("/admin/users.xhtml").statusCode()).isEqualTo(403);
  }
}

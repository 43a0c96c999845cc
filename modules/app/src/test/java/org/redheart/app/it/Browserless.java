package org.redheart.app.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client with its own cookies, for REST and for posting Faces forms the way a browser
 * does (GET the page, send its ViewState back). Also the test's way to set up users and tokens.
 */
public final class Browserless {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String bearer;

  public Browserless(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static Browserless anonymous() {
    return new Browserless(TestServer.get().baseUrl());
  }

  /** A client of another server (one a test started itself) that sends the given token. */
  public static Browserless at(String base, String token) {
    return withToken(base, token);
  }

  /** A client of another server (one a test started itself) that sends the given personal API token. */
  public static Browserless withToken(String base, String token) {
    Browserless b = new Browserless(base);
    b.bearer = token;
    return b;
  }

  /** A client that sends the given personal API token. */
  public static Browserless withToken(String token) {
    Browserless b = anonymous();
    b.bearer = token;
    return b;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** A GET that accepts the given media type (downloads such as text/csv). */
  public HttpResponse<String> get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET().build());
  }

  /** A GET of a binary download (an XLSX file). */
  public HttpResponse<byte[]> getBytes(String path, String accept) {
    try {
      return http.send(request(path).setHeader("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** Posts raw bytes with the given content type (a file as the request body). */
  public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build());
  }

  /** Posts a Faces form: {@code fields} by input name without the form prefix. */
  public HttpResponse<String> submitForm(String page, String formId, String button, Map<String, String> fields) {
    HttpResponse<String> form = get(page);
    Matcher m = VIEW_STATE.matcher(form.body());
    if (!m.find()) {
      throw new AssertionError("no ViewState on " + page + " (status " + form.statusCode() + ")");
    }
    Map<String, String> data = new LinkedHashMap<>();
    data.put(formId, formId);
    fields.forEach((k, v) -> data.put(formId + ":" + k, v));
    data.put(formId + ":" + button, "x");
    data.put("jakarta.faces.ViewState", m.group(1));
    String body = data.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(page).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Posts the fields exactly as named (plain inputs of a Faces form), with the page's ViewState. */
  public HttpResponse<String> postForm(String page, Map<String, String> fields) {
    HttpResponse<String> form = get(page);
    Matcher m = VIEW_STATE.matcher(form.body());
    if (!m.find()) {
      throw new AssertionError("no ViewState on " + page + " (status " + form.statusCode() + ")");
    }
    Map<String, String> data = new LinkedHashMap<>(fields);
    data.put("jakarta.faces.ViewState", m.group(1));
    String body = data.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(page).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Logs in through the login page; the session cookie is kept. */
  public Browserless login(String username, String password) {
    HttpResponse<String> r = submitForm("/login.xhtml", "login", "submit", Map.of("username", username, "password", password));
    if (r.statusCode() != 302) {
      throw new AssertionError("login of " + username + " failed: " + r.statusCode());
    }
    return this;
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  public String csrfToken() {
    Matcher m = CSRF.matcher(get("/api/me").body());
    return m.find() ? m.group(1) : null;
  }

  /** Creates a personal API token for the signed-in user (with the session's CSRF token). */
  public String createToken() {
    String csrf = csrfToken();
    HttpResponse<String> r = send(request("/api/tokens").header("Content-Type", "application/json")
        .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tests\"}")).build());
    Matcher m = TOKEN.matcher(r.body());
    if (r.statusCode() != 201 || !m.find()) {
      throw new AssertionError("token not created: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  /** An admin client (token-authenticated); one token for the whole run, created on first use. */
  public static Browserless admin() {
    return withToken(AdminToken.VALUE);
  }

  private static final class AdminToken {
    static final String VALUE = anonymous().login("admin", TestServer.get().adminPassword()).createToken();
  }

  /** Creates a user with the given roles; returns its user name (the password is {@link #PASSWORD}). */
  public static String newUser(String... roles) {
    String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String roleList = java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
    HttpResponse<String> r = admin().postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Test "
        + username + "\",\"email\":\"" + username + "@example.org\",\"password\":\"" + PASSWORD + "\",\"roles\":[" + roleList + "]}");
    if (r.statusCode() != 201) {
      throw new AssertionError("user not created: " + r.statusCode() + " " + r.body());
    }
    return username;
  }

  public static final String PASSWORD = "a-long-test-password";

  /** A token-authenticated client for a new user with the given roles. */
  public static Browserless asNewUser(String... roles) {
    return withToken(anonymous().login(newUser(roles), PASSWORD).createToken());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html");
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

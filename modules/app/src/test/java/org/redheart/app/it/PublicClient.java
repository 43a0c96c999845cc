package org.redheart.app.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the public pages the way someone opening a link from a mail is: no cookie jar (so
 * any Set-Cookie shows), optionally the language cookie, and Faces forms posted with their hidden
 * fields (view state, link token {@code t}, one-time token {@code ft}).
 */
final class PublicClient {
  private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final String language;

  private PublicClient(String base, String language) {
    this.base = base;
    this.language = language;
  }

  static PublicClient english() {
    return new PublicClient(TestServer.get().baseUrl(), "en");
  }

  /** A visitor of another server (one a test started itself). */
  static PublicClient at(String base) {
    return new PublicClient(base, "en");
  }

  static PublicClient bangla() {
    return new PublicClient(TestServer.get().baseUrl(), "bn");
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /**
   * The fields a browser would post from the form {@code formId} of this page: its hidden fields,
   * the given inputs (by id without the form prefix) and the button.
   */
  static Map<String, String> form(HttpResponse<String> page, String formId, String button, Map<String, String> inputs) {
    String html = page.body();
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new AssertionError("no form " + formId + " on the page (status " + page.statusCode() + ")");
    }
    String form = html.substring(start, html.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      fields.put(hidden.group(1), unescape(hidden.group(2)));
    }
    Matcher viewState = VIEW_STATE.matcher(form);
    if (viewState.find()) {
      fields.put("jakarta.faces.ViewState", viewState.group(1));
    }
    inputs.forEach((k, v) -> fields.put(formId + ":" + k, v));
    fields.put(formId + ":" + button, "x");
    return fields;
  }

  private static String unescape(String attribute) {
    return attribute.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").header("Cookie", "lang=" + language);
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

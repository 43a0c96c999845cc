package org.redheart.materials.application;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Facebook Graph API (com.sun.net.httpserver) that CHECKS every request
 * against the contract the app relies on and answers like Graph:
 *
 * <ul>
 *   <li>{@code POST /{version}/{page-id}/photos}: multipart form with {@code published=false}, the
 *       page token as {@code access_token} and a non-empty image {@code source}; answers {@code
 *       {"id":"<media id>"}} and remembers the media id it issued,
 *   <li>{@code POST /{version}/{page-id}/feed}: form with {@code message}, the token, optional {@code
 *       link} and {@code attached_media[i]={"media_fbid":"…"}} naming media ids it issued (each once);
 *       answers {@code {"id":"<page>_<post>"}},
 *   <li>{@code GET /{version}/{post-id}/insights?metric=…} with {@code Authorization: Bearer <token>}
 *       for a post it issued; answers each metric with the programmed figure.
 * </ul>
 *
 * Anything else is a contract violation: answered as a Graph error (code 100) and remembered in
 * {@link #violations()}. Programmed errors ({@link #failNext}) answer the next requests in order,
 * like Graph: 613 (rate limit), 190 (token), 368 (blocked as abusive)…
 */
public final class FakeGraphApi implements AutoCloseable {
  public static final String VERSION = "v21.0";
  public static final String PAGE_ID = "1029384756";
  public static final String TOKEN = "fake-page-token-4f1c";

  /** One request the fake received (the token left out), for the tests to read. */
  public record Received(String method, String path, Map<String, String> fields, List<Integer> photoSizes,
      boolean answeredError) {}

  private static final Pattern ATTACHED = Pattern.compile("\\{\\s*\"media_fbid\"\\s*:\\s*\"([^\"]+)\"\\s*}");

  private final HttpServer server;
  private final AtomicLong ids = new AtomicLong(880000);
  private final Deque<int[]> errors = new ArrayDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> issuedMedia = Collections.synchronizedSet(new LinkedHashSet<>());
  private final Set<String> usedMedia = Collections.synchronizedSet(new LinkedHashSet<>());
  private final List<String> posts = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Long> figures = Collections.synchronizedMap(new LinkedHashMap<>());

  private FakeGraphApi(HttpServer server) {
    this.server = server;
  }

  /** Starts the fake on a free port of the loopback address. */
  public static FakeGraphApi start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeGraphApi fake = new FakeGraphApi(server);
      server.createContext("/", fake::handle);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("the fake Graph API could not start", e);
    }
  }

  public String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** The next requests answer these Graph error codes, one each, in order. */
  public synchronized FakeGraphApi failNext(int... codes) {
    for (int code : codes) {
      errors.add(new int[] {code});
    }
    return this;
  }

  /**
   * The figure the insights answer for a metric; {@code comments}, {@code reactions} and {@code shares}
   * are answered as the post's own fields.
   */
  public FakeGraphApi figure(String metric, long value) {
    figures.put(metric, value);
    return this;
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  public List<String> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  /** The post ids the fake issued, in order. */
  public List<String> posts() {
    synchronized (posts) {
      return List.copyOf(posts);
    }
  }

  /** Forgets what it received, issued and was programmed to answer. */
  public synchronized void reset() {
    errors.clear();
    received.clear();
    violations.clear();
    issuedMedia.clear();
    usedMedia.clear();
    posts.clear();
    figures.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // ---------------------------------------------------------------- handling

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      String prefix = "/" + VERSION + "/";
      if (!path.startsWith(prefix)) {
        violation(exchange, method, path, "the path does not start with the API version " + prefix);
        return;
      }
      String rest = path.substring(prefix.length());
      if (rest.equals(PAGE_ID + "/photos")) {
        photos(exchange, method, path, body);
      } else if (rest.equals(PAGE_ID + "/feed")) {
        feed(exchange, method, path, body);
      } else if (rest.endsWith("/insights")) {
        insights(exchange, method, path, rest.substring(0, rest.length() - "/insights".length()));
      } else if (!rest.contains("/") && posts.contains(URLDecoder.decode(rest, StandardCharsets.UTF_8))) {
        postFields(exchange, method, path, URLDecoder.decode(rest, StandardCharsets.UTF_8));
      } else {
        violation(exchange, method, path, "no such endpoint in the contract (page id " + PAGE_ID + ")");
      }
    }
  }

  private void photos(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
    if (!"POST".equals(method)) {
      violation(exchange, method, path, "photos are uploaded with POST");
      return;
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    Multipart form = Multipart.parse(type, body);
    if (form == null) {
      violation(exchange, method, path, "photos are uploaded as multipart/form-data, not " + type);
      return;
    }
    Map<String, String> fields = form.fields;
    List<Integer> sizes = form.fileSizes;
    if (!TOKEN.equals(fields.get("access_token"))) {
      violation(exchange, method, path, "the page token is missing or wrong");
      return;
    }
    if (!"false".equals(fields.get("published"))) {
      violation(exchange, method, path, "a photo for a post is uploaded with published=false");
      return;
    }
    if (sizes.size() != 1 || !form.fileField.equals("source") || sizes.get(0) == 0) {
      violation(exchange, method, path, "the image goes as one non-empty multipart part named source");
      return;
    }
    if (programmedError(exchange, method, path, fields, sizes)) {
      return;
    }
    String id = String.valueOf(ids.incrementAndGet());
    issuedMedia.add(id);
    record(method, path, fields, sizes, false);
    answer(exchange, 200, "{\"id\":\"" + id + "\"}");
  }

  private void feed(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
    if (!"POST".equals(method)) {
      violation(exchange, method, path, "the feed post is made with POST");
      return;
    }
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      violation(exchange, method, path, "the feed post is a urlencoded form, not " + type);
      return;
    }
    Map<String, String> fields = urlencoded(new String(body, StandardCharsets.UTF_8));
    if (!TOKEN.equals(fields.get("access_token"))) {
      violation(exchange, method, path, "the page token is missing or wrong");
      return;
    }
    if (fields.get("message") == null || fields.get("message").isBlank()) {
      violation(exchange, method, path, "the feed post has no message");
      return;
    }
    List<String> media = new ArrayList<>();
    for (int i = 0; fields.containsKey("attached_media[" + i + "]"); i++) {
      Matcher m = ATTACHED.matcher(fields.get("attached_media[" + i + "]"));
      if (!m.matches()) {
        violation(exchange, method, path, "attached_media[" + i + "] is not {\"media_fbid\":\"…\"}");
        return;
      }
      media.add(m.group(1));
    }
    for (String key : fields.keySet()) {
      if (!Set.of("message", "link", "access_token").contains(key) && !key.matches("attached_media\\[\\d+]")) {
        violation(exchange, method, path, "unexpected field " + key + " in the feed post");
        return;
      }
    }
    for (String id : media) {
      if (!issuedMedia.contains(id)) {
        violation(exchange, method, path, "attached media " + id + " was not uploaded here");
        return;
      }
      if (usedMedia.contains(id)) {
        violation(exchange, method, path, "attached media " + id + " was attached to a post already");
        return;
      }
    }
    if (programmedError(exchange, method, path, fields, List.of())) {
      return;
    }
    usedMedia.addAll(media);
    String id = PAGE_ID + "_" + ids.incrementAndGet();
    posts.add(id);
    record(method, path, fields, List.of(), false);
    answer(exchange, 200, "{\"id\":\"" + id + "\"}");
  }

  private void insights(HttpExchange exchange, String method, String path, String postId) throws IOException {
    if (!"GET".equals(method)) {
      violation(exchange, method, path, "insights are read with GET");
      return;
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!("Bearer " + TOKEN).equals(auth)) {
      violation(exchange, method, path, "the page token is missing or wrong");
      return;
    }
    String postIdDecoded = URLDecoder.decode(postId, StandardCharsets.UTF_8);
    if (!posts.contains(postIdDecoded)) {
      violation(exchange, method, path, "post " + postIdDecoded + " was not published here");
      return;
    }
    Map<String, String> query = urlencoded(String.valueOf(exchange.getRequestURI().getRawQuery()));
    String metrics = query.get("metric");
    if (metrics == null || metrics.isBlank()) {
      violation(exchange, method, path, "insights need metric=a,b,c");
      return;
    }
    if (programmedError(exchange, method, path, query, List.of())) {
      return;
    }
    record(method, path, query, List.of(), false);
    StringBuilder data = new StringBuilder();
    for (String metric : metrics.split(",")) {
      Long value = figures.get(metric);
      if (value == null) {
        continue;
      }
      if (!data.isEmpty()) {
        data.append(',');
      }
      data.append("{\"name\":\"").append(metric).append("\",\"period\":\"lifetime\",\"values\":[{\"value\":")
          .append(value).append("}],\"id\":\"").append(postIdDecoded).append("/insights/").append(metric)
          .append("/lifetime\"}");
    }
    answer(exchange, 200, "{\"data\":[" + data + "]}");
  }

  private void postFields(HttpExchange exchange, String method, String path, String postId) throws IOException {
    if (!"GET".equals(method)) {
      violation(exchange, method, path, "a post's fields are read with GET");
      return;
    }
    if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      violation(exchange, method, path, "the page token is missing or wrong");
      return;
    }
    Map<String, String> query = urlencoded(String.valueOf(exchange.getRequestURI().getRawQuery()));
    if (query.get("fields") == null || query.get("fields").isBlank()) {
      violation(exchange, method, path, "a post's fields are asked with fields=…");
      return;
    }
    if (programmedError(exchange, method, path, query, List.of())) {
      return;
    }
    record(method, path, query, List.of(), false);
    StringBuilder json = new StringBuilder("{\"id\":\"" + postId + "\"");
    Long shares = figures.get("shares");
    if (shares != null && shares > 0) { // Graph leaves shares out when there are none
      json.append(",\"shares\":{\"count\":").append(shares).append('}');
    }
    for (String edge : List.of("comments", "reactions")) {
      Long n = figures.get(edge);
      if (n != null) {
        json.append(",\"").append(edge).append("\":{\"data\":[],\"summary\":{\"total_count\":").append(n)
            .append("}}");
      }
    }
    answer(exchange, 200, json.append('}').toString());
  }

  private boolean programmedError(HttpExchange exchange, String method, String path, Map<String, String> fields,
      List<Integer> sizes) throws IOException {
    int[] next;
    synchronized (this) {
      next = errors.poll();
    }
    if (next == null) {
      return false;
    }
    record(method, path, fields, sizes, true);
    int code = next[0];
    String message = switch (code) {
      case 190 -> "Error validating access token: Session has expired.";
      case 368 -> "The action attempted has been deemed abusive or is otherwise disallowed";
      case 4 -> "Application request limit reached";
      case 17 -> "User request limit reached";
      case 32 -> "Page request limit reached";
      case 613 -> "Calls to this api have exceeded the rate limit.";
      default -> "An unknown error has occurred.";
    };
    String type = code == 190 ? "OAuthException" : "GraphMethodException";
    int status = code == 190 ? 401 : code == 368 ? 403 : 400;
    answer(exchange, status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
        + ",\"error_subcode\":" + (code == 190 ? 463 : 0) + ",\"fbtrace_id\":\"AbCdEf" + code + "\"}}");
    return true;
  }

  private void violation(HttpExchange exchange, String method, String path, String what) throws IOException {
    violations.add(method + " " + path + ": " + what);
    record(method, path, Map.of(), List.of(), true);
    answer(exchange, 400, "{\"error\":{\"message\":\"(#100) contract violation: " + what.replace("\"", "'")
        + "\",\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"Violation\"}}");
  }

  private void record(String method, String path, Map<String, String> fields, List<Integer> sizes, boolean error) {
    Map<String, String> kept = new LinkedHashMap<>(fields);
    kept.remove("access_token");
    received.add(new Received(method, path, Map.copyOf(kept), List.copyOf(sizes), error));
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> urlencoded(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body == null || body.isEmpty() || "null".equals(body)) {
      return fields;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.put(k, v);
    }
    return fields;
  }

  /** A multipart/form-data body: its text fields and the sizes of its file parts. */
  private static final class Multipart {
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<Integer> fileSizes = new ArrayList<>();
    String fileField = "";

    static Multipart parse(String contentType, byte[] body) {
      if (contentType == null || !contentType.startsWith("multipart/form-data")) {
        return null;
      }
      int b = contentType.indexOf("boundary=");
      if (b < 0) {
        return null;
      }
      String boundary = "--" + contentType.substring(b + "boundary=".length()).replace("\"", "").strip();
      String text = new String(body, StandardCharsets.ISO_8859_1);
      Multipart form = new Multipart();
      for (String part : text.split(Pattern.quote(boundary))) {
        if (part.isEmpty() || part.startsWith("--")) {
          continue;
        }
        int headersEnd = part.indexOf("\r\n\r\n");
        if (headersEnd < 0) {
          continue;
        }
        String headers = part.substring(0, headersEnd);
        String content = part.substring(headersEnd + 4);
        if (content.endsWith("\r\n")) {
          content = content.substring(0, content.length() - 2);
        }
        Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
        if (!name.find()) {
          continue;
        }
        if (headers.contains("filename=")) {
          form.fileField = name.group(1);
          form.fileSizes.add(content.length());
        } else {
          form.fields.put(name.group(1),
              new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
      }
      return form;
    }
  }
}

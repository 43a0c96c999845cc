package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Facebook page through the Graph API (java.net.http, no SDK), configured by {@link
 * FacebookConfig}. A post with photos: each photo {@code POST /{version}/{page-id}/photos} as a
 * multipart form with {@code published=false} and the image as {@code source}, answering {@code
 * {"id"}}; then {@code POST /{version}/{page-id}/feed} with {@code message}, an optional {@code link}
 * and {@code attached_media[i]={"media_fbid":"…"}}, answering {@code {"id":"<page>_<post>"}}. Errors
 * come back as {@link GraphError} (the Graph error's code and message; a network failure has no code).
 * The token is sent in the form body, never in a URL, and never logged.
 */
@ApplicationScoped
public class FacebookGraph {
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  Supplier<FacebookConfig> config = FacebookConfig::current;

  public FacebookGraph() {}

  /** For tests: a fixed configuration. */
  public FacebookGraph(FacebookConfig config) {
    this.config = () -> config;
  }

  public FacebookConfig config() {
    return config.get();
  }

  /** A photo to upload: its bytes, file name and content type. */
  public record Photo(byte[] content, String fileName, String contentType) {}

  /** Uploads the photo unpublished; its media id. */
  public String uploadUnpublishedPhoto(Photo photo) {
    FacebookConfig c = configured();
    String boundary = "----redheart" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "published", "false");
    field(body, boundary, "access_token", c.pageToken());
    String name = photo.fileName() == null ? "photo.jpg" : photo.fileName().replaceAll("[\"\\r\\n]", "_");
    String type = photo.contentType() == null ? "application/octet-stream" : photo.contentType();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"; filename=\"" + name
        + "\"\r\nContent-Type: " + type + "\r\n\r\n");
    body.writeBytes(photo.content());
    write(body, "\r\n--" + boundary + "--\r\n");
    HttpRequest request = HttpRequest.newBuilder(uri(c, "/" + c.pageId() + "/photos"))
        .timeout(c.timeout())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return id(send(request));
  }

  /** Posts on the page's feed with the uploaded photos; the post id ({@code <page>_<post>}). */
  public String publishFeedPost(String message, String link, List<String> mediaIds) {
    FacebookConfig c = configured();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("message", message == null ? "" : message);
    if (link != null && !link.isBlank()) {
      form.put("link", link.strip());
    }
    for (int i = 0; i < mediaIds.size(); i++) {
      form.put("attached_media[" + i + "]", "{\"media_fbid\":\"" + mediaIds.get(i) + "\"}");
    }
    form.put("access_token", c.pageToken());
    HttpRequest request = HttpRequest.newBuilder(uri(c, "/" + c.pageId() + "/feed"))
        .timeout(c.timeout())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
        .build();
    return id(send(request));
  }

  /** The post's public address. */
  public static String permalink(String postId) {
    return "https://www.facebook.com/" + postId;
  }

  /**
   * The post's insights ({@code GET /{version}/{post-id}/insights?metric=a,b,c}), by metric name:
   * the latest value of each metric that answered; a value that is an object (reactions by type) is
   * summed. The metric names come from {@code redheart.facebook.metrics} (they change between API
   * versions). The token goes in an {@code Authorization} header.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Long> insights(String postId) {
    FacebookConfig c = configured();
    String metrics = String.join(",", c.metrics());
    HttpRequest request = HttpRequest.newBuilder(uri(c, "/" + enc(postId) + "/insights?metric=" + enc(metrics)))
        .timeout(c.timeout())
        .header("Authorization", "Bearer " + c.pageToken())
        .GET()
        .build();
    Map<String, Object> answer = send(request);
    Map<String, Long> figures = new LinkedHashMap<>();
    Object data = answer.get("data");
    if (data instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Map<?, ?> metric)) {
          continue;
        }
        Object name = metric.get("name");
        Object values = metric.get("values");
        if (name instanceof String n && values instanceof List<?> vs && !vs.isEmpty()
            && vs.get(vs.size() - 1) instanceof Map<?, ?> last) {
          Long v = number(((Map<String, Object>) last).get("value"));
          if (v != null) {
            figures.put(n, v);
          }
        }
      }
    }
    return figures;
  }

  /** A post's figures as Graph gives them; null where Graph did not answer (a retired metric, say). */
  public record PostFigures(Long reactions, Long comments, Long shares, Long reach, Long engagedUsers) {}

  /**
   * The post's figures now: reactions, comments and shares from the post's own fields ({@code GET
   * /{version}/{post-id}?fields=shares,comments.summary(true).limit(0),reactions.summary(true).limit(0)};
   * Graph leaves {@code shares} out when there are none), reach and engaged users from its insights
   * (the metrics {@code redheart.facebook.metric.*} name).
   */
  @SuppressWarnings("unchecked")
  public PostFigures postFigures(String postId) {
    FacebookConfig c = configured();
    HttpRequest request = HttpRequest.newBuilder(uri(c, "/" + enc(postId) + "?fields="
            + enc("shares,comments.summary(true).limit(0),reactions.summary(true).limit(0)")))
        .timeout(c.timeout())
        .header("Authorization", "Bearer " + c.pageToken())
        .GET()
        .build();
    Map<String, Object> post = send(request);
    Long comments = total(post.get("comments"));
    Long reactions = total(post.get("reactions"));
    Long shares = post.get("shares") instanceof Map<?, ?> s ? number(((Map<String, Object>) s).get("count")) : 0L;
    Map<String, Long> insights = insights(postId);
    if (reactions == null) {
      reactions = insights.get(c.figureMetrics().get(FacebookConfig.REACTIONS));
    }
    return new PostFigures(reactions, comments, shares, insights.get(c.figureMetrics().get(FacebookConfig.REACH)),
        insights.get(c.figureMetrics().get(FacebookConfig.ENGAGED_USERS)));
  }

  private static Long total(Object edge) {
    if (edge instanceof Map<?, ?> m && m.get("summary") instanceof Map<?, ?> summary) {
      return number(summary.get("total_count"));
    }
    return null;
  }

  private static Long number(Object v) {
    if (v instanceof BigDecimal d) {
      return d.longValue();
    }
    if (v instanceof Map<?, ?> m) {
      long sum = 0;
      for (Object x : m.values()) {
        if (x instanceof BigDecimal d) {
          sum += d.longValue();
        }
      }
      return sum;
    }
    return null;
  }

  private FacebookConfig configured() {
    FacebookConfig c = config.get();
    if (!c.configured()) {
      throw new GraphError(null, null, "the Facebook page is not configured (redheart.facebook.page-id and page-token)",
          null);
    }
    return c;
  }

  private static URI uri(FacebookConfig c, String path) {
    return URI.create(c.baseUrl() + "/" + c.apiVersion() + path);
  }

  private Map<String, Object> send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new GraphError(null, null, "the Graph API could not be reached: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphError(null, null, "interrupted while calling the Graph API", null);
    }
    Map<String, Object> json;
    try {
      json = GraphJson.object(response.body());
    } catch (IllegalArgumentException e) {
      throw new GraphError(null, null, "the Graph API answered HTTP " + response.statusCode() + " without JSON", null);
    }
    if (json.get("error") instanceof Map<?, ?> error) {
      throw new GraphError(integer(error.get("code")), integer(error.get("error_subcode")),
          error.get("message") instanceof String m ? m : "Graph API error", error.get("fbtrace_id") instanceof String t
              ? t : null);
    }
    if (response.statusCode() / 100 != 2) {
      throw new GraphError(null, null, "the Graph API answered HTTP " + response.statusCode(), null);
    }
    return json;
  }

  private static String id(Map<String, Object> json) {
    Object id = json.get("id");
    if (!(id instanceof String s) || s.isBlank()) {
      throw new GraphError(null, null, "the Graph API answered without an id", null);
    }
    return s;
  }

  private static Integer integer(Object v) {
    return v instanceof BigDecimal d ? d.intValue() : null;
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
  }

  private static void write(ByteArrayOutputStream body, String s) {
    body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(Map<String, String> form) {
    StringBuilder b = new StringBuilder();
    form.forEach((k, v) -> {
      if (!b.isEmpty()) {
        b.append('&');
      }
      b.append(enc(k)).append('=').append(enc(v));
    });
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

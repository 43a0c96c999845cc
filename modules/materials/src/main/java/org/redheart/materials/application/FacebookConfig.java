package org.redheart.materials.application;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Facebook page channel's configuration ({@code redheart.facebook.*}):
 *
 * <ul>
 *   <li>{@code base-url} (default {@code https://graph.facebook.com}; a local fake in tests),
 *   <li>{@code api-version} (default {@code v21.0}),
 *   <li>{@code page-id} and {@code page-token}: the page and its page access token. The token is a
 *       secret: give it as an environment variable ({@code REDHEART_FACEBOOK_PAGE_TOKEN}) or a system
 *       property, never in a file of the repository; it is never logged or shown,
 *   <li>{@code retry-spacing}: the waits between tries after a rate limit, ISO-8601 durations
 *       separated by commas (default {@code PT5M,PT15M,PT1H,PT6H}); the last repeats,
 *   <li>{@code max-attempts}: tries before a rate-limited post fails (default 6),
 *   <li>{@code metric.reactions}, {@code metric.reach}, {@code metric.engaged-users}: the insights
 *       metric read for each figure (defaults {@code post_reactions_by_type_total}, {@code
 *       post_impressions_unique}, {@code post_engaged_users}); comments and shares are read from the
 *       post's own fields ({@code comments.summary(true)}, {@code shares}),
 *   <li>{@code metrics}: every insights metric asked for a post, separated by commas (default: the
 *       three above). Facebook renames and retires metrics between API versions: check them when
 *       changing {@code api-version}; a metric Graph no longer answers leaves its figure unknown.
 * </ul>
 */
public record FacebookConfig(
    URI baseUrl,
    String apiVersion,
    String pageId,
    String pageToken,
    List<Duration> retrySpacing,
    int maxAttempts,
    List<String> metrics,
    Map<String, String> figureMetrics,
    Duration timeout) {

  /** The figures read from insights, by the name {@link #figureMetrics} uses. */
  public static final String REACTIONS = "reactions";
  public static final String REACH = "reach";
  public static final String ENGAGED_USERS = "engaged-users";

  public static final String PREFIX = "redheart.facebook.";

  /** Whether a page id and a token are set. */
  public boolean configured() {
    return pageId != null && !pageId.isBlank() && pageToken != null && !pageToken.isBlank();
  }

  /** How long to wait before try number {@code attempt + 1}, after {@code attempt} tries. */
  public Duration spacingAfter(int attempt) {
    int i = Math.max(0, Math.min(attempt - 1, retrySpacing.size() - 1));
    return retrySpacing.get(i);
  }

  /** Reads the configuration now (so that a token fixed in the configuration is used on the next try). */
  public static FacebookConfig current() {
    Config c = ConfigProvider.getConfig();
    String base = c.getOptionalValue(PREFIX + "base-url", String.class).orElse("https://graph.facebook.com").strip();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String version = c.getOptionalValue(PREFIX + "api-version", String.class).orElse("v21.0").strip();
    String page = c.getOptionalValue(PREFIX + "page-id", String.class).map(String::strip).orElse(null);
    String token = c.getOptionalValue(PREFIX + "page-token", String.class).map(String::strip).orElse(null);
    List<Duration> spacing = new ArrayList<>();
    for (String s : c.getOptionalValue(PREFIX + "retry-spacing", String.class).orElse("PT5M,PT15M,PT1H,PT6H")
        .split(",")) {
      if (!s.isBlank()) {
        spacing.add(Duration.parse(s.strip()));
      }
    }
    if (spacing.isEmpty()) {
      spacing.add(Duration.ofMinutes(5));
    }
    int max = c.getOptionalValue(PREFIX + "max-attempts", Integer.class).orElse(6);
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put(REACTIONS, c.getOptionalValue(PREFIX + "metric.reactions", String.class)
        .orElse("post_reactions_by_type_total").strip());
    figures.put(REACH, c.getOptionalValue(PREFIX + "metric.reach", String.class).orElse("post_impressions_unique").strip());
    figures.put(ENGAGED_USERS, c.getOptionalValue(PREFIX + "metric.engaged-users", String.class)
        .orElse("post_engaged_users").strip());
    List<String> metrics = new ArrayList<>();
    for (String m : c.getOptionalValue(PREFIX + "metrics", String.class)
        .orElse(String.join(",", figures.values())).split(",")) {
      if (!m.isBlank()) {
        metrics.add(m.strip());
      }
    }
    Duration timeout = Duration.ofSeconds(c.getOptionalValue(PREFIX + "timeout-seconds", Integer.class).orElse(30));
    return new FacebookConfig(URI.create(base), version, page, token, List.copyOf(spacing), Math.max(1, max),
        List.copyOf(metrics), Map.copyOf(figures), timeout);
  }
}

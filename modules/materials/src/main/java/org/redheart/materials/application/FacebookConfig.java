package org.redheart.materials.application;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 *   <li>{@code metrics}: the insights metrics asked for a post, separated by commas. Facebook renames
 *       and retires metrics between API versions: check them when changing {@code api-version}.
 *       The defaults are those of v21.0: {@code post_reactions_by_type_total} (reactions),
 *       {@code post_impressions_unique} (reach), {@code post_engaged_users} (engaged users),
 *       {@code post_clicks}; comments and shares are read from the post's own fields.
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
    Duration timeout) {

  public static final String PREFIX = "redheart.facebook.";
  public static final String DEFAULT_METRICS =
      "post_reactions_by_type_total,post_impressions_unique,post_engaged_users,post_clicks";

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
    List<String> metrics = new ArrayList<>();
    for (String m : c.getOptionalValue(PREFIX + "metrics", String.class).orElse(DEFAULT_METRICS).split(",")) {
      if (!m.isBlank()) {
        metrics.add(m.strip());
      }
    }
    Duration timeout = Duration.ofSeconds(c.getOptionalValue(PREFIX + "timeout-seconds", Integer.class).orElse(30));
    return new FacebookConfig(URI.create(base), version, page, token, List.copyOf(spacing), Math.max(1, max),
        List.copyOf(metrics), timeout);
  }
}

package org.redheart.materials.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.materials.domain.Figures;

/**
 * Which Graph insights metric gives which figure of a post ({@code redheart.facebook.figure-metrics},
 * {@code figure=metric} pairs separated by commas; default {@value #DEFAULT}). Facebook renames
 * metrics between API versions, so both the metrics asked ({@code redheart.facebook.metrics}) and
 * this mapping live in configuration. A figure whose metric did not answer stays "not recorded".
 */
final class EngagementMetrics {
  static final String KEY = FacebookConfig.PREFIX + "figure-metrics";
  static final String DEFAULT =
      "reactions=post_reactions_by_type_total,reach=post_impressions_unique,engagedUsers=post_engaged_users";

  private EngagementMetrics() {}

  /** The configured mapping, figure to metric name. */
  static Map<String, String> configured() {
    return parse(ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(DEFAULT));
  }

  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length() - 1) {
        out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return out;
  }

  /** The figures of the insights answer (figures that did not answer are null), taken today. */
  static Figures figures(Map<String, Long> insights, Map<String, String> mapping, LocalDate today) {
    return new Figures(today, value(insights, mapping, "reactions"), value(insights, mapping, "comments"),
        value(insights, mapping, "shares"), value(insights, mapping, "reach"), value(insights, mapping, "engagedUsers"));
  }

  private static Long value(Map<String, Long> insights, Map<String, String> mapping, String figure) {
    String metric = mapping.get(figure);
    Long v = metric == null ? null : insights.get(metric);
    return v == null || v < 0 ? null : v;
  }
}

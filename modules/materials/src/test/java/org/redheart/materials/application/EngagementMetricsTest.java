package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redheart.materials.domain.Figures;

/** Figures fetched from the (fake) Graph API's insights, through the configured metric names. */
class EngagementMetricsTest {
  private static FakeGraphApi fake;

  @BeforeAll
  static void start() {
    fake = FakeGraphApi.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @Test
  void theConfiguredMetricsGiveTheFiguresAndAMetricThatDidNotAnswerStaysNotRecorded() {
    FacebookGraph graph = new FacebookGraph(new FacebookConfig(URI.create(fake.baseUrl()), FakeGraphApi.VERSION,
        FakeGraphApi.PAGE_ID, FakeGraphApi.TOKEN, List.of(Duration.ofMinutes(5)), 3,
        List.of("post_reactions_by_type_total", "post_impressions_unique"), Duration.ofSeconds(5)));
    String postId = graph.publishFeedPost("Thank you, East West University #SaveFACE4Children", null, List.of());
    fake.figure("post_reactions_by_type_total", 57).figure("post_impressions_unique", 1240);

    Figures f = EngagementMetrics.figures(graph.insights(postId), EngagementMetrics.parse(EngagementMetrics.DEFAULT),
        LocalDate.of(2023, 5, 15));

    assertThat(f).isEqualTo(new Figures(LocalDate.of(2023, 5, 15), 57L, null, null, 1240L, null));
    assertThat(fake.violations()).isEmpty();
  }

  @Test
  void theMappingIsReadFromConfigurationPairs() {
    assertThat(EngagementMetrics.parse("reactions=post_reactions_like_total, reach = post_impressions_unique,bad"))
        .containsExactly(Map.entry("reactions", "post_reactions_like_total"), Map.entry("reach", "post_impressions_unique"));
    assertThat(EngagementMetrics.figures(Map.of("post_clicks", 3L), EngagementMetrics.parse(EngagementMetrics.DEFAULT),
        LocalDate.of(2023, 5, 15)).any()).isFalse();
  }
}

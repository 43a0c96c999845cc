package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Graph client against the local fake, which checks every request against the contract. */
class FacebookGraphTest {
  private static FakeGraphApi fake;
  private FacebookGraph graph;

  @BeforeAll
  static void startTheFake() {
    fake = FakeGraphApi.start();
  }

  @AfterAll
  static void stopTheFake() {
    fake.close();
  }

  @BeforeEach
  void client() {
    fake.reset();
    graph = new FacebookGraph(config(FakeGraphApi.TOKEN));
  }

  private static FacebookConfig config(String token) {
    return new FacebookConfig(URI.create(fake.baseUrl()), FakeGraphApi.VERSION, FakeGraphApi.PAGE_ID, token,
        List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)), 4,
        List.of("post_reactions_by_type_total", "post_impressions_unique", "post_engaged_users"),
        Map.of(FacebookConfig.REACTIONS, "post_reactions_by_type_total", FacebookConfig.REACH, "post_impressions_unique",
            FacebookConfig.ENGAGED_USERS, "post_engaged_users"), Duration.ofSeconds(5));
  }

  @Test
  void uploadsThePhotosUnpublishedThenPostsTheFeedWithTheirIds() {
    String first = graph.uploadUnpublishedPhoto(new FacebookGraph.Photo(new byte[] {1, 2, 3}, "a.jpg", "image/jpeg"));
    String second = graph.uploadUnpublishedPhoto(new FacebookGraph.Photo(new byte[] {4, 5}, "b.png", "image/png"));

    String postId = graph.publishFeedPost("Meeting in Rajshahi #SaveFACE4Children", null, List.of(first, second));

    assertThat(fake.violations()).isEmpty();
    assertThat(postId).startsWith(FakeGraphApi.PAGE_ID + "_");
    assertThat(FacebookGraph.permalink(postId)).isEqualTo("https://www.facebook.com/" + postId);
    List<FakeGraphApi.Received> received = fake.received();
    assertThat(received).extracting(FakeGraphApi.Received::path).containsExactly(
        "/v21.0/" + FakeGraphApi.PAGE_ID + "/photos", "/v21.0/" + FakeGraphApi.PAGE_ID + "/photos",
        "/v21.0/" + FakeGraphApi.PAGE_ID + "/feed");
    assertThat(received.get(0).fields()).containsEntry("published", "false");
    assertThat(received.get(0).photoSizes()).containsExactly(3);
    assertThat(received.get(2).fields())
        .containsEntry("message", "Meeting in Rajshahi #SaveFACE4Children")
        .containsEntry("attached_media[0]", "{\"media_fbid\":\"" + first + "\"}")
        .containsEntry("attached_media[1]", "{\"media_fbid\":\"" + second + "\"}")
        .doesNotContainKey("access_token");
  }

  @Test
  void theFakeRefusesMediaItDidNotIssue() {
    assertThatThrownBy(() -> graph.publishFeedPost("text", null, List.of("999")))
        .isInstanceOf(GraphError.class).hasMessageContaining("was not uploaded here");
    assertThat(fake.violations()).hasSize(1);
  }

  @Test
  void rateLimitIsReadAsRateLimitedWithItsCode() {
    fake.failNext(613);

    GraphError error = catchGraphError(() -> graph.publishFeedPost("text", null, List.of()));

    assertThat(error.code()).isEqualTo(613);
    assertThat(error.rateLimited()).isTrue();
    assertThat(error.getMessage()).contains("rate limit");
    assertThat(graph.publishFeedPost("text", null, List.of())).startsWith(FakeGraphApi.PAGE_ID + "_");
  }

  @Test
  void expiredTokenIsReadAsTokenInvalid() {
    fake.failNext(190);

    GraphError error = catchGraphError(() -> graph.uploadUnpublishedPhoto(
        new FacebookGraph.Photo(new byte[] {1}, "a.jpg", "image/jpeg")));

    assertThat(error.code()).isEqualTo(190);
    assertThat(error.subcode()).isEqualTo(463);
    assertThat(error.tokenInvalid()).isTrue();
  }

  @Test
  void postBlockedAsAbusiveKeepsGraphsMessage() {
    fake.failNext(368);

    GraphError error = catchGraphError(() -> graph.publishFeedPost("text", null, List.of()));

    assertThat(error.code()).isEqualTo(368);
    assertThat(error.rateLimited()).isFalse();
    assertThat(error.getMessage()).isEqualTo("The action attempted has been deemed abusive or is otherwise disallowed");
    assertThat(error.traceId()).isEqualTo("AbCdEf368");
  }

  @Test
  void aWrongTokenIsAContractViolation() {
    FacebookGraph wrong = new FacebookGraph(config("not-the-token"));

    assertThatThrownBy(() -> wrong.publishFeedPost("text", null, List.of())).isInstanceOf(GraphError.class)
        .hasMessageContaining("token");
  }

  @Test
  void notConfiguredPageIsRefusedWithoutACall() {
    FacebookGraph none = new FacebookGraph(config(" "));

    assertThat(none.config().configured()).isFalse();
    assertThatThrownBy(() -> none.publishFeedPost("text", null, List.of())).isInstanceOf(GraphError.class)
        .hasMessageContaining("not configured");
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void insightsReadTheConfiguredMetricsOfAPost() {
    String postId = graph.publishFeedPost("text", null, List.of());
    fake.figure("post_reactions_by_type_total", 57).figure("post_impressions_unique", 1240);

    Map<String, Long> figures = graph.insights(postId);

    assertThat(figures).containsEntry("post_reactions_by_type_total", 57L)
        .containsEntry("post_impressions_unique", 1240L);
    assertThat(fake.violations()).isEmpty();
  }

  @Test
  void postFiguresComeFromThePostsFieldsAndItsInsights() {
    String postId = graph.publishFeedPost("text", null, List.of());
    fake.figure("comments", 12).figure("reactions", 88).figure("post_impressions_unique", 3100)
        .figure("post_reactions_by_type_total", 80);

    FacebookGraph.PostFigures figures = graph.postFigures(postId);

    assertThat(figures).isEqualTo(new FacebookGraph.PostFigures(88L, 12L, 0L, 3100L, null));
    assertThat(fake.violations()).isEmpty();
    fake.figure("shares", 5);
    assertThat(graph.postFigures(postId).shares()).isEqualTo(5L);
  }

  @Test
  void retrySpacingGrowsThenRepeatsTheLast() {
    FacebookConfig c = config(FakeGraphApi.TOKEN);

    assertThat(c.spacingAfter(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.spacingAfter(2)).isEqualTo(Duration.ofMinutes(15));
    assertThat(c.spacingAfter(3)).isEqualTo(Duration.ofHours(1));
    assertThat(c.spacingAfter(9)).isEqualTo(Duration.ofHours(1));
  }

  private static GraphError catchGraphError(Runnable call) {
    try {
      call.run();
    } catch (GraphError e) {
      return e;
    }
    throw new AssertionError("expected a Graph error");
  }
}

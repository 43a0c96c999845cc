package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publication of approved social posts over REST, through the local fake Graph API that checks
 * each request against the contract (issue 8, "Done when" 1 and 2): a post with two photos goes out
 * on the page (the fake received the two unpublished photo uploads, then the feed post with both
 * media ids; the post id is stored); a rate limit (613) is retried later and the post goes out; an
 * invalid token (190) tells an admin and stops until Retry; blocked as abusive (368) fails with
 * Graph's message; the manual channel waits for the permalink.
 */
@ExtendWith(TestServer.class)
class PublicationApiIT {
  private static final Pattern FILE_ID = Pattern.compile("\"fileId\":\"([^\"]+)\"");
  private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");
  private static final Duration PATIENCE = Duration.ofSeconds(150);

  private FakeGraphApi graph;

  @BeforeEach
  void freshFake() {
    graph = TestServer.get().graph();
    graph.reset();
  }

  @Test
  void approvedPostWithTwoPhotosIsPublishedThroughTheGraphApi() throws Exception {
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String text = "Thank you to the 40 teachers who joined our meeting in Rajshahi on keeping children safe online. "
        + "#SaveFACE4Children " + UUID.randomUUID();
    String id = approvedPost(t, "Rajshahi meeting post", text, 2);

    HttpResponse<String> scheduled = t.organiser().postJson("/api/materials/" + id + "/publication",
        "{\"channel\":\"FACEBOOK_PAGE\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(scheduled.body()).contains("\"channel\":\"FACEBOOK_PAGE\"").contains("\"facebookConfigured\":true");

    String published = awaitState(t.organiser(), id, "PUBLISHED");

    assertThat(graph.violations()).isEmpty();
    List<FakeGraphApi.Received> received = graph.received();
    assertThat(received).extracting(FakeGraphApi.Received::path).containsExactly(
        "/v21.0/" + FakeGraphApi.PAGE_ID + "/photos", "/v21.0/" + FakeGraphApi.PAGE_ID + "/photos",
        "/v21.0/" + FakeGraphApi.PAGE_ID + "/feed");
    assertThat(received.get(0).fields()).containsEntry("published", "false");
    assertThat(received.get(1).fields()).containsEntry("published", "false");
    assertThat(received.get(0).photoSizes().get(0)).isPositive();
    FakeGraphApi.Received feed = received.get(2);
    assertThat(feed.fields().get("message")).isEqualTo(text);
    assertThat(feed.fields()).containsKeys("attached_media[0]", "attached_media[1]");
    String postId = graph.posts().get(0);
    assertThat(published).contains("\"externalPostId\":\"" + postId + "\"")
        .contains("\"permalink\":\"https://www.facebook.com/" + postId + "\"")
        .contains("\"attempts\":1");
    assertThat(t.organiser().get("/api/materials/" + id).body()).contains("\"status\":\"PUBLISHED\"");

    // published once: a retry or a new schedule is refused
    assertThat(t.organiser().postJson("/api/materials/" + id + "/publication/retry", "{}").statusCode())
        .isEqualTo(409);
    assertThat(t.organiser().postJson("/api/materials/" + id + "/publication", "{\"channel\":\"MANUAL\"}")
        .statusCode()).isEqualTo(409);

    // its figures fetched from the Graph API: the post's fields and insights; an unanswered metric stays unknown
    graph.figure("reactions", 88).figure("comments", 12).figure("shares", 5).figure("post_impressions_unique", 3100);
    HttpResponse<String> fetched = t.organiser().postJson("/api/materials/" + id + "/engagement/fetch", "{}");
    assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(201);
    assertThat(fetched.body()).contains("\"reactions\":88").contains("\"comments\":12").contains("\"shares\":5")
        .contains("\"reach\":3100").contains("\"source\":\"GRAPH_API\"").doesNotContain("\"engagedUsers\":0");
    assertThat(graph.violations()).isEmpty();
  }

  @Test
  void rateLimitedPostGoesOutOnALaterTry() throws Exception {
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String id = approvedPost(t, "Rate-limited post", "Our booklet is out. #SaveFACE4Children " + UUID.randomUUID(), 1);
    graph.failNext(613);

    t.organiser().postJson("/api/materials/" + id + "/publication", "{\"channel\":\"FACEBOOK_PAGE\"}");

    String waiting = awaitState(t.organiser(), id, "RETRY_WAIT", "PUBLISHED");
    if (waiting.contains("\"state\":\"RETRY_WAIT\"")) {
      assertThat(waiting).contains("\"errorCode\":613").contains("\"attempts\":1").contains("\"nextAttemptAt\":");
    }
    String published = awaitState(t.organiser(), id, "PUBLISHED");

    assertThat(published).contains("\"attempts\":2").contains("\"externalPostId\":\"" + graph.posts().get(0) + "\"");
    assertThat(graph.received().get(0).answeredError()).isTrue();
    assertThat(graph.violations()).isEmpty();
  }

  @Test
  void invalidTokenTellsAnAdminAndStopsUntilRetry() throws Exception {
    Browserless.newUser("ADMIN");
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String title = "Token post " + UUID.randomUUID().toString().substring(0, 8);
    String id = approvedPost(t, title, "Badges for every participant. #SaveFACE4Children", 1);
    graph.failNext(190);

    t.organiser().postJson("/api/materials/" + id + "/publication", "{\"channel\":\"FACEBOOK_PAGE\"}");

    String failed = awaitState(t.organiser(), id, "FAILED");
    assertThat(failed).contains("\"errorCode\":190").contains("Session has expired");
    assertThat(graph.posts()).isEmpty();
    String outbox = awaitOutbox(title);
    assertThat(outbox).contains("\"template\":\"publication-token-invalid\"").contains("\"purpose\":\"STAFF_NOTICE\"");
    Thread.sleep(2_000);
    assertThat(get(t.organiser(), id)).contains("\"state\":\"FAILED\""); // stopped: no later try

    // the admin fixed the token: Retry publishes it
    HttpResponse<String> retried = t.organiser().postJson("/api/materials/" + id + "/publication/retry", "{}");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(awaitState(t.organiser(), id, "PUBLISHED")).contains("\"externalPostId\":\"" + graph.posts().get(0));
  }

  @Test
  void postBlockedAsAbusiveFailsWithGraphsMessage() throws Exception {
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String id = approvedPost(t, "Blocked post", "Join us on Friday. #SaveFACE4Children", 0);
    graph.failNext(368);

    t.organiser().postJson("/api/materials/" + id + "/publication", "{\"channel\":\"FACEBOOK_PAGE\"}");

    String failed = awaitState(t.organiser(), id, "FAILED");
    assertThat(failed).contains("\"errorCode\":368").contains("deemed abusive").contains("\"attempts\":1");
    assertThat(graph.posts()).isEmpty();
  }

  @Test
  void manualChannelWaitsForThePermalink() throws Exception {
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String id = approvedPost(t, "Manual post", "See you at the rally. #SaveFACE4Children", 0);

    t.organiser().postJson("/api/materials/" + id + "/publication", "{\"channel\":\"MANUAL\"}");
    awaitState(t.organiser(), id, "AWAITING_MANUAL_POST");

    HttpResponse<String> marked = t.organiser().postJson("/api/materials/" + id + "/publish",
        "{\"permalink\":\"https://www.facebook.com/savefacechildren/posts/4410\"}");
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);

    assertThat(get(t.organiser(), id)).contains("\"state\":\"PUBLISHED\"").contains("\"channel\":\"MANUAL\"")
        .contains("\"permalink\":\"https://www.facebook.com/savefacechildren/posts/4410\"");
    assertThat(graph.received()).isEmpty();
  }

  @Test
  void thePostsPageShowsThePublicationAndSchedulesIt() throws Exception {
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String id = approvedPost(t, "Page post", "Thank you, Sylhet! #SaveFACE4Children", 0);
    String page = "/materials/view.xhtml?id=" + id;

    String before = t.organiser().get(page).body();
    assertThat(before).contains("id=\"publication-section\"").contains("id=\"publication-none\"")
        .contains("value=\"FACEBOOK_PAGE\"").contains("value=\"MANUAL\"").contains("Asia/Dhaka");

    HttpResponse<String> empty = t.organiser().submitForm(page, "publication", "schedule", Map.of("at", ""));
    assertThat(empty.body()).contains("Choose a channel.");
    HttpResponse<String> posted = t.organiser().submitForm(page, "publication", "schedule",
        Map.of("channel", "MANUAL", "at", ""));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);

    awaitState(t.organiser(), id, "AWAITING_MANUAL_POST");
    String after = t.organiser().get(page).body();
    assertThat(after).contains("id=\"publication-state\">Waiting to be posted by hand")
        .contains("By hand (paste the permalink)");
    String reader = t.lead().get(page).body();
    assertThat(reader).contains("id=\"publication-state\"").doesNotContain("id=\"publication:schedule\"");
  }

  @Test
  void schedulingIsRefusedClearly() throws Exception {
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String draft = MaterialsApiIT.create(t.organiser(), t.campaignId(), "Draft post", "Not approved yet.");
    HttpResponse<String> notApproved = t.organiser().postJson("/api/materials/" + draft + "/publication",
        "{\"channel\":\"MANUAL\"}");
    assertThat(notApproved.statusCode()).isEqualTo(409);
    assertThat(t.organiser().get("/api/materials/" + draft + "/publication").statusCode()).isEqualTo(404);

    String id = approvedPost(t, "Approved post", "All welcome. #SaveFACE4Children", 0);
    HttpResponse<String> badChannel = t.organiser().postJson("/api/materials/" + id + "/publication",
        "{\"channel\":\"TWITTER\"}");
    assertThat(badChannel.statusCode()).isEqualTo(400);
    assertThat(badChannel.body()).contains("channel");
    HttpResponse<String> badTime = t.organiser().postJson("/api/materials/" + id + "/publication",
        "{\"channel\":\"MANUAL\",\"at\":\"tomorrow\"}");
    assertThat(badTime.statusCode()).isEqualTo(400);
    assertThat(badTime.body()).contains("at");
    HttpResponse<String> stranger = Browserless.asNewUser("ORGANISER").postJson(
        "/api/materials/" + id + "/publication", "{\"channel\":\"MANUAL\"}");
    assertThat(stranger.statusCode()).isIn(403, 404);

    String later = Instant.now().plus(Duration.ofDays(3)).toString();
    HttpResponse<String> scheduled = t.organiser().postJson("/api/materials/" + id + "/publication",
        "{\"channel\":\"MANUAL\",\"at\":\"" + later + "\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(scheduled.body()).contains("\"state\":\"SCHEDULED\"");
    // withdrawn before its time: it never goes out
    assertThat(t.organiser().postJson("/api/materials/" + id + "/withdraw", "{\"reason\":\"date moved\"}")
        .statusCode()).isEqualTo(200);
    assertThat(get(t.organiser(), id)).contains("\"state\":\"FAILED\"").contains("withdrawn");
  }

  // ---------------------------------------------------------------- helpers

  /** A social post of the team's organiser, with {@code photos} attested photos, approved by supervisor B. */
  static String approvedPost(MaterialsApiIT.Team t, String title, String text, int photos) throws Exception {
    String id = MaterialsApiIT.create(t.organiser(), t.campaignId(), title, text);
    for (int i = 0; i < photos; i++) {
      HttpResponse<String> uploaded = upload(t.organiser(), id, "meeting-" + (i + 1) + ".jpg", jpeg(i));
      assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
      List<String> fileIds = all(FILE_ID, uploaded.body());
      String fileId = fileIds.get(fileIds.size() - 1);
      HttpResponse<String> attested = t.organiser().postJson("/api/materials/" + id + "/files/" + fileId
          + "/attestation", "{\"attestation\":\"GUARDIAN_CONSENT_ON_FILE\",\"consentReference\":\"CF-2026-0" + i + "\"}");
      assertThat(attested.statusCode()).as(attested.body()).isEqualTo(200);
    }
    HttpResponse<String> submitted = MaterialsApiIT.submit(t.organiser(), id);
    assertThat(submitted.body()).contains("\"reviewStage\":\"APPROVAL\"");
    HttpResponse<String> approved = t.supervisorB().postJson("/api/materials/" + id + "/versions/1/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"APPROVED\"");
    return id;
  }

  private static String get(Browserless client, String id) {
    HttpResponse<String> r = client.get("/api/materials/" + id + "/publication");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  /** Polls the publication until its state is one of {@code states}; its JSON. */
  private static String awaitState(Browserless client, String id, String... states) throws InterruptedException {
    Instant until = Instant.now().plus(PATIENCE);
    String last = "";
    while (Instant.now().isBefore(until)) {
      HttpResponse<String> r = client.get("/api/materials/" + id + "/publication");
      last = r.body();
      if (r.statusCode() == 200) {
        Matcher m = STATE.matcher(last);
        if (m.find() && List.of(states).contains(m.group(1))) {
          return last;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("publication of " + id + " not in " + List.of(states) + " in time: " + last);
  }

  private static String awaitOutbox(String subjectPart) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      String body = Browserless.admin().get("/api/admin/outbox?size=200").body();
      for (String entry : body.split("\\},\\{")) {
        if (entry.contains(subjectPart)) {
          return entry;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no mail about " + subjectPart + " in the outbox");
  }

  private static byte[] jpeg(int shade) throws Exception {
    BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(40 * shade % 255, 120, 200));
    g.fillRect(0, 0, 80, 60);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  private static HttpResponse<String> upload(Browserless client, String materialId, String name, byte[] content)
      throws Exception {
    String boundary = "----rh" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.postBytes("/api/materials/" + materialId + "/files", "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }

  private static List<String> all(Pattern p, String text) {
    Matcher m = p.matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}

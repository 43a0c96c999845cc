package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.redheart.app.it.pages.AnalyticsPage;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.LoginPage;
import org.redheart.app.it.pages.MaterialPage;
import org.redheart.app.it.pages.MaterialReviewPage;
import org.redheart.app.it.pages.PostDraftPage;
import org.redheart.app.it.pages.PostImportPage;
import org.redheart.app.it.pages.PublicationSection;

/**
 * The issue's browser test of posts, end to end, in a campaign of its own: an organiser (on a phone)
 * drafts a post from a meeting's approved report (text and hashtag pre-filled, two attested photos
 * chosen, the character count shown), another supervisor approves it, the organiser publishes it by
 * hand with its permalink; a second post goes out through the fake Graph API (the photos uploaded
 * first, then the feed post, the post id kept); the organiser imports both posts' figures from a CSV
 * with a blank cell, and the campaign's analytics show the figures (the blank as "not recorded",
 * not zero), the totals and the chart.
 */
@ExtendWith(TestServer.class)
class PostFlowUiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern FILE_ID = Pattern.compile("\"fileId\":\"([^\"]+)\"");

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private Browser phone;
  private Browser desk;

  @BeforeEach
  void openBrowsers() {
    phone = new Browser(TestServer.get().baseUrl(), 360);
    desk = new Browser(TestServer.get().baseUrl(), 1200);
  }

  @AfterEach
  void closeBrowsers() {
    phone.close();
    desk.close();
  }

  @Test
  void aPostDraftedFromAReportIsApprovedPublishedByHandAndThroughGraphAndItsImportedFiguresAreCharted() throws Exception {
    String organiserName = Browserless.newUser("ORGANISER");
    Browserless organiser = loggedIn(organiserName);
    Browserless reportApprover = Browserless.asNewUser("SUPERVISOR");
    String approverName = Browserless.newUser("SUPERVISOR");
    Browserless postApprover = loggedIn(approverName);
    String hashtag = "PostFlow" + marker;
    String campaignId = campaign(hashtag, organiser, reportApprover, postApprover);
    String meetingId = meetingWithApprovedReport(campaignId, organiser, reportApprover);
    String first = attestedPhoto(organiser, meetingId, "courtyard.jpg");
    String second = attestedPhoto(organiser, meetingId, "group.jpg");

    // 1. the organiser drafts the post from the approved report, with two photos
    LoginPage.open(phone).logIn(organiserName, Browserless.PASSWORD);
    PostDraftPage draft = PostDraftPage.open(phone, meetingId);
    assertThat(draft.text()).contains("The meeting brought 17 people together " + marker).contains("#" + hashtag);
    assertThat(draft.characterCount()).contains(String.valueOf(draft.text().length()));
    String manualText = "Courtyard meetings " + marker + ". " + draft.text();
    draft.text(manualText).choosePhoto(first).choosePhoto(second);
    phone.screenshot("post-flow-1-draft");
    MaterialPage post = draft.submit();
    assertThat(post.status()).isEqualTo("in review: waiting for approval");
    assertThat(post.offersReview()).as("the author is not offered the approval").isFalse();
    String manualPost = post.id();

    // 2. another supervisor approves it
    LoginPage.open(desk).logIn(approverName, Browserless.PASSWORD);
    approve(manualPost);

    // 3. the organiser posts it by hand and pastes the permalink
    String manualLink = "https://www.facebook.com/savefacechildren/posts/" + marker + "01";
    post = MaterialPage.open(phone, manualPost).markPublished(manualLink);
    assertThat(post.permalink()).isEqualTo(manualLink);
    phone.screenshot("post-flow-2-published-by-hand");

    // 4. a second post from the same meeting goes out through the (fake) Graph API
    String graphText = "Parents asked for more courtyard meetings " + marker + ". #" + hashtag;
    String graphPost = PostDraftPage.open(phone, meetingId).text(graphText).choosePhoto(first).choosePhoto(second)
        .submit().id();
    approve(graphPost);
    FakeGraphApi graph = TestServer.get().graph();
    int before = graph.received().size();
    int violationsBefore = graph.violations().size();
    MaterialPage.open(phone, graphPost);
    PublicationSection publication = new PublicationSection(phone).publishNowOn("FACEBOOK_PAGE")
        .awaitPermalink(Duration.ofSeconds(60));
    String graphLink = publication.permalink();
    List<FakeGraphApi.Received> calls = graph.received().subList(before, graph.received().size());
    assertThat(calls).extracting(FakeGraphApi.Received::path).as("photos first, then the feed post").containsExactly(
        "/" + FakeGraphApi.VERSION + "/" + FakeGraphApi.PAGE_ID + "/photos",
        "/" + FakeGraphApi.VERSION + "/" + FakeGraphApi.PAGE_ID + "/photos",
        "/" + FakeGraphApi.VERSION + "/" + FakeGraphApi.PAGE_ID + "/feed");
    assertThat(calls.get(2).fields().get("message")).contains("Parents asked for more courtyard meetings " + marker);
    assertThat(graph.violations()).hasSize(violationsBefore);
    String postId = graph.posts().get(graph.posts().size() - 1);
    assertThat(organiser.get("/api/materials/" + graphPost + "/publication").body()).contains(postId);
    scrollTo(phone, "publication-section");
    phone.screenshot("post-flow-3-published-through-graph");

    // 5. their figures come from a CSV: the manual post's shares were not recorded
    String today = LocalDate.now(ZoneId.of("Asia/Dhaka")).toString();
    Path csv = Files.createTempFile("figures-" + marker, ".csv");
    Files.writeString(csv, "Permalink,Figures taken on,Reactions,Comments,Shares,Reach,Engaged users\n"
        + manualLink + "," + today + ",42,7,,900,120\n"
        + graphLink + "," + today + ",88,12,9,1500,260\n", StandardCharsets.UTF_8);
    PostImportPage importPage = PostImportPage.open(phone).upload("FIGURES", campaignId, csv);
    assertThat(importPage.hasNoProblems()).as(phone.pageText()).isTrue();
    phone.screenshot("post-flow-4-import-checked");
    AnalyticsPage analytics = importPage.commit();

    // 6. the analytics: both posts with their figures, the blank not counted, the chart
    assertThat(phone.currentPath()).startsWith("/materials/analytics.xhtml");
    // both posts are titled after the meeting; the hand-made one went out first
    assertThat(analytics.rows()).hasSize(2);
    assertThat(analytics.rows().get(0)).contains("Mirpur parents " + marker).endsWith(" 42 7 — 900 120");
    assertThat(analytics.rows().get(1)).contains("Mirpur parents " + marker).endsWith(" 88 12 9 1500 260");
    assertThat(analytics.totals()).as("shares: one post recorded, the blank is not a zero").isEqualTo(
        "Totals 130 (over 2 posts) 19 (over 2 posts) 9 (over 1 posts) 2400 (over 2 posts) 380 (over 2 posts)");
    assertThat(analytics.chartWidth()).as("the chart loads: " + analytics.chartAddress()).isPositive();
    desk.open("/materials/analytics.xhtml?campaign=" + campaignId);
    scrollTo(desk, "engagement-chart");
    desk.screenshot("post-flow-5-analytics-chart");
    Files.deleteIfExists(csv);
  }

  private void approve(String materialId) {
    MaterialPage.open(desk, materialId);
    desk.submit("review-link");
    new MaterialReviewPage(desk).comment("Good to go").approve();
    assertThat(desk.text(By.id("material-status"))).isEqualTo("approved, awaiting channel");
  }

  private static void scrollTo(Browser browser, String id) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();",
        browser.driver().findElement(By.id(id)));
  }

  private static Browserless loggedIn(String name) {
    return Browserless.withToken(Browserless.anonymous().login(name, Browserless.PASSWORD).createToken());
  }

  /** A campaign of its own (so that its analytics hold only this test's posts). */
  private String campaign(String hashtag, Browserless organiser, Browserless... supervisors) {
    StringBuilder ids = new StringBuilder();
    for (Browserless s : supervisors) {
      ids.append(ids.length() == 0 ? "" : ",").append('"').append(MaterialsApiIT.userId(s)).append('"');
    }
    HttpResponse<String> created = Browserless.admin().postJson("/api/campaigns",
        "{\"name\":\"Post flow " + marker + "\",\"hashtag\":\"" + hashtag + "\",\"mission\":\"Protect children\","
            + "\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\",\"organiserIds\":[\"" + MaterialsApiIT.userId(organiser)
            + "\"],\"supervisorIds\":[" + ids + "]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return MeetingsApiIT.group(ID, created.body());
  }

  /** A meeting of the campaign walked through its findings, its report written and approved. */
  private String meetingWithApprovedReport(String campaignId, Browserless organiser, Browserless supervisor) {
    HttpResponse<String> created = organiser.postJson("/api/meetings", "{\"campaignId\":\"" + campaignId
        + "\",\"title\":\"Mirpur parents " + marker + "\",\"audienceCategoryId\":4,\"date\":\"" + LocalDate.now().plusDays(30)
        + "\",\"startTime\":\"10:00\",\"endTime\":\"13:00\",\"timeZone\":\"Asia/Dhaka\",\"venue\":\"Mirpur community centre, Dhaka\","
        + "\"expectedParticipants\":30}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String meetingId = MeetingsApiIT.group(ID, created.body());
    MeetingWalk.toFindings(organiser, supervisor, meetingId);
    HttpResponse<String> findings = organiser.putJson("/api/meetings/" + meetingId + "/findings",
        "{\"groups\":[{\"themeCode\":\"A\",\"challenges\":\"Low awareness in schools " + marker + "\",\"actionPlans\":[]}]}");
    assertThat(findings.statusCode()).as(findings.body()).isEqualTo(200);
    FindingsApiIT.complete(organiser, meetingId, "{}");
    FindingsApiIT.complete(organiser, meetingId, "{\"report\":\"The meeting brought 17 people together " + marker
        + ".\\nThey asked for courtyard meetings with parents.\"}");
    FindingsApiIT.complete(supervisor, meetingId, "{\"decision\":\"approve\"}");
    return meetingId;
  }

  /** A photo of the meeting uploaded and attested (no identifiable child); returns its file id. */
  private static String attestedPhoto(Browserless organiser, String meetingId, String name) throws Exception {
    String boundary = "----rh" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(MaterialsApiIT.jpegWithGps());
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> uploaded = organiser.postBytes("/api/meetings/" + meetingId + "/photos",
        "multipart/form-data; boundary=" + boundary, body.toByteArray());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String fileId = MeetingsApiIT.group(FILE_ID, uploaded.body());
    HttpResponse<String> attested = organiser.postJson("/api/meetings/" + meetingId + "/photos/" + fileId + "/attestation",
        "{\"attestation\":\"NO_IDENTIFIABLE_CHILD\"}");
    assertThat(attested.statusCode()).as(attested.body()).isEqualTo(200);
    return fileId;
  }
}

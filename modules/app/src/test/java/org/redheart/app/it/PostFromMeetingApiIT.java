package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A social post drawn from a meeting over REST, and the meeting lifecycle's hand-over: the report
 * approved, the lifecycle hands the post over (the organiser's "Draft the social post" in My tasks);
 * the draft has the report's first lines and the campaign's hashtag; two meeting photos uploaded and
 * attested; the post created with them and submitted, approved by another supervisor, marked
 * published by hand; the lifecycle hears it and closes.
 */
@ExtendWith(TestServer.class)
class PostFromMeetingApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern FILE_ID = Pattern.compile("\"fileId\":\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([^\"]+)\"");

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final Browserless organiser = Browserless.asNewUser("ORGANISER");
  private final Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
  private final Browserless otherSupervisor = Browserless.asNewUser("SUPERVISOR");
  private final LocalDate meetingDate = LocalDate.now().plusDays(30);

  @Test
  void aPostDrawnFromTheApprovedReportWithTwoAttestedPhotosIsApprovedPublishedAndClosesTheLifecycle() throws Exception {
    String meetingId = meetingWithApprovedReport();

    // the lifecycle handed the post over: the organiser's draft task is in My tasks, the lifecycle waits
    String tasks = eventually(() -> organiser.get("/api/tasks").body(), b -> b.contains("Task_DraftMeetingPost"));
    assertThat(tasks).contains(meetingId);
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).contains("\"stage\":\"Task_PublishSocialPost\"");

    HttpResponse<String> draft = organiser.get("/api/meetings/" + meetingId + "/post-draft");
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    assertThat(draft.body()).contains("The meeting brought 17 people together " + marker).contains("#SaveFACE4Children")
        .contains("\"maxChars\":2000").contains("\"hashtag\":\"#SaveFACE4Children\"");

    String first = MeetingsApiIT.group(FILE_ID, expect(201, upload(organiser, meetingId, "courtyard.jpg",
        MaterialsApiIT.jpegWithGps())));
    String second = MeetingsApiIT.group(FILE_ID, expect(201, upload(organiser, meetingId, "group.jpg",
        MaterialsApiIT.jpegWithGps())));
    HttpResponse<String> notAnImage = upload(organiser, meetingId, "notes.jpg", "just text".getBytes(StandardCharsets.UTF_8));
    assertThat(notAnImage.statusCode()).isEqualTo(400);
    assertThat(notAnImage.body()).contains("\"field\":\"file\"");
    HttpResponse<String> thumbnail = organiser.get("/api/meetings/" + meetingId + "/photos/" + first + "/content", "*/*");
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");

    String photos = "/api/meetings/" + meetingId + "/photos/";
    HttpResponse<String> noReference = organiser.postJson(photos + second + "/attestation",
        "{\"attestation\":\"GUARDIAN_CONSENT_ON_FILE\"}");
    assertThat(noReference.statusCode()).isEqualTo(400);
    assertThat(noReference.body()).contains("\"field\":\"consentReference\"");
    expect(200, organiser.postJson(photos + first + "/attestation", "{\"attestation\":\"NO_IDENTIFIABLE_CHILD\"}"));
    expect(200, organiser.postJson(photos + second + "/attestation",
        "{\"attestation\":\"GUARDIAN_CONSENT_ON_FILE\",\"consentReference\":\"Consent form 17/" + marker + "\"}"));
    assertThat(organiser.get("/api/meetings/" + meetingId + "/photos").body()).contains("NO_IDENTIFIABLE_CHILD")
        .contains("Consent form 17/" + marker);

    // bad input names its field and makes nothing
    HttpResponse<String> tooLong = organiser.postJson("/api/meetings/" + meetingId + "/posts",
        "{\"text\":\"" + "x".repeat(2001) + "\",\"photoFileIds\":[],\"submit\":false}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"field\":\"text\"");
    HttpResponse<String> strangePhoto = organiser.postJson("/api/meetings/" + meetingId + "/posts",
        "{\"text\":\"Hello\",\"photoFileIds\":[\"" + UUID.randomUUID() + "\"],\"submit\":false}");
    assertThat(strangePhoto.statusCode()).isEqualTo(400);
    assertThat(strangePhoto.body()).contains("\"field\":\"photoFileIds\"");
    assertThat(organiser.get("/api/meetings/" + meetingId + "/posts").body()).isEqualTo("[]");
    assertThat(Browserless.asNewUser("ADMIN").postJson("/api/meetings/" + meetingId + "/posts",
        "{\"text\":\"Hello\",\"photoFileIds\":[],\"submit\":false}").statusCode()).isEqualTo(403);

    String text = "Our meeting in Dhaka " + marker + ": 17 people together. #SaveFACE4Children";
    HttpResponse<String> created = organiser.postJson("/api/meetings/" + meetingId + "/posts",
        "{\"text\":\"" + text + "\",\"photoFileIds\":[\"" + first + "\",\"" + second + "\"],\"submit\":true}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String postId = location.substring(location.lastIndexOf('/') + 1);
    assertThat(created.body()).contains("SOCIAL_POST").contains("IN_REVIEW").contains(first).contains(second)
        .contains("NO_IDENTIFIABLE_CHILD").contains("Consent form 17/" + marker).contains(meetingId);
    assertThat(organiser.get("/api/meetings/" + meetingId + "/posts").body()).contains(postId);
    assertThat(organiser.get("/api/tasks").body()).doesNotContain("Task_DraftMeetingPost");

    HttpResponse<String> approved = otherSupervisor.postJson("/api/materials/" + postId + "/versions/1/approve",
        "{\"comment\":\"Good to go\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("APPROVED");
    assertThat(organiser.get("/api/meetings/" + meetingId).body()).doesNotContain("\"stage\":\"COMPLETED\"");

    HttpResponse<String> published = organiser.postJson("/api/materials/" + postId + "/publish",
        "{\"permalink\":\"https://www.facebook.com/savefacechildren/posts/2001\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

    // the lifecycle hears that the post is out and closes
    eventually(() -> organiser.get("/api/meetings/" + meetingId).body(), b -> b.contains("\"stage\":\"COMPLETED\""));
  }

  @Test
  void onlyWorkersOfTheMeetingsCampaignDraftItsPostsAndSeeItsPhotos() {
    String meetingId = MeetingsApiIT.group(ID, expect(201, organiser.postJson("/api/meetings",
        "{\"title\":\"Photos " + marker + "\",\"audienceCategoryId\":4,\"date\":\"" + meetingDate
            + "\",\"startTime\":\"10:00\",\"timeZone\":\"Asia/Dhaka\",\"venue\":\"Dhaka\",\"expectedParticipants\":20}")));

    assertThat(Browserless.asNewUser("ADMIN").get("/api/meetings/" + meetingId + "/post-draft").statusCode()).isEqualTo(403);
    assertThat(Browserless.asNewUser("ADMIN").get("/api/meetings/" + meetingId + "/photos").statusCode()).isEqualTo(200);
    assertThat(organiser.get("/api/meetings/nope/post-draft").statusCode()).isEqualTo(404);
    assertThat(organiser.get("/api/meetings/" + meetingId + "/photos/" + UUID.randomUUID() + "/content", "*/*")
        .statusCode()).isEqualTo(404);
    HttpResponse<String> draft = organiser.get("/api/meetings/" + meetingId + "/post-draft");
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    assertThat(draft.body()).contains("#SaveFACE4Children").contains("\"photos\":[]");
  }

  @Test
  void thePostPageCountsPreviewsAndSavesADraftAndTheMeetingPageShowsItsPhotos() {
    String meetingId = MeetingsApiIT.group(ID, expect(201, organiser.postJson("/api/meetings",
        "{\"title\":\"Page " + marker + "\",\"audienceCategoryId\":4,\"date\":\"" + meetingDate
            + "\",\"startTime\":\"10:00\",\"timeZone\":\"Asia/Dhaka\",\"venue\":\"Dhaka\",\"expectedParticipants\":20}")));
    Browserless page = Browserless.anonymous().login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    String path = "/materials/post-from-meeting.xhtml?meeting=" + meetingId;

    HttpResponse<String> opened = page.get(path);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("#SaveFACE4Children").contains("id=\"post-count\"")
        .contains("/resources/js/char-count.js").contains("id=\"post-preview\"").contains("id=\"meeting-photos\"");
    assertThat(page.get("/materials/post-from-meeting.xhtml?meeting=" + UUID.randomUUID()).statusCode()).isEqualTo(404);

    HttpResponse<String> tooLong = page.submitForm(path, "post", "save", java.util.Map.of("text", "y".repeat(2001)));
    assertThat(tooLong.statusCode()).isEqualTo(200);
    assertThat(tooLong.body()).contains("2001").contains("id=\"post-too-long\"");
    assertThat(organiser.get("/api/meetings/" + meetingId + "/posts").body()).isEqualTo("[]");

    HttpResponse<String> saved = page.submitForm(path, "post", "save", java.util.Map.of("text",
        "Saved from the page " + marker + "\n\nSecond paragraph #SaveFACE4Children"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/materials/view.xhtml?id="));
    assertThat(organiser.get("/api/meetings/" + meetingId + "/posts").body()).contains("Post: Page " + marker)
        .contains("\"status\":\"DRAFT\"");

    assertThat(page.get("/meetings/view.xhtml?id=" + meetingId).body()).contains("id=\"meeting-photos\"")
        .contains("id=\"post-from-meeting\"");
  }

  /** A meeting walked through its findings, its report written and approved by a supervisor. */
  private String meetingWithApprovedReport() {
    String meetingId = FindingsApiIT.meetingAtFindings(organiser, supervisor, "Post meeting " + marker, meetingDate);
    expect(200, organiser.putJson("/api/meetings/" + meetingId + "/findings",
        "{\"groups\":[{\"themeCode\":\"A\",\"challenges\":\"Low awareness in schools " + marker + "\",\"actionPlans\":[]}]}"));
    FindingsApiIT.complete(organiser, meetingId, "{}");
    FindingsApiIT.complete(organiser, meetingId, "{\"report\":\"The meeting brought 17 people together " + marker
        + ".\\nThey asked for courtyard meetings with parents.\"}");
    FindingsApiIT.complete(supervisor, meetingId, "{\"decision\":\"approve\"}");
    return meetingId;
  }

  private static String expect(int status, HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return r.body();
  }

  private static String eventually(Supplier<String> read, java.util.function.Predicate<String> done)
      throws InterruptedException {
    String last = null;
    for (int i = 0; i < 60; i++) {
      last = read.get();
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not reached within 30 s; last: " + last);
  }

  private static HttpResponse<String> upload(Browserless client, String meetingId, String name, byte[] content)
      throws Exception {
    String boundary = "----rh" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.postBytes("/api/meetings/" + meetingId + "/photos", "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }
}

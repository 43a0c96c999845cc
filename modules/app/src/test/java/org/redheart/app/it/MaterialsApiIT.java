package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Materials and their publication approval over REST, following the "Done when" 1–3: a post
 * naming a 12-year-old girl and what was done to her shows its findings masked and cannot be approved
 * until the safeguarding lead clears it or the text is fixed; a post about a meeting with the child
 * helpline 1098 and East West University has no findings; supervisor A writes a post, is not offered
 * it and may not approve it, supervisor B approves it, and the audit log shows both with the content
 * hash. Also: a photo with GPS metadata needs an attestation, and a purge keeps the hash and the
 * decision.
 */
@ExtendWith(TestServer.class)
class MaterialsApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern LOCK = Pattern.compile("\"lock\":(\\d+)");
  private static final Pattern EXCERPT = Pattern.compile("\"maskedExcerpt\":\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern HASH = Pattern.compile("\"contentHash\":\"([0-9a-f]{64})\"");
  private static final Pattern REVIEW_TASK = Pattern.compile("\"reviewTaskId\":\"([^\"]+)\"");
  private static final Pattern FILE_ID = Pattern.compile("\"fileId\":\"([^\"]+)\"");

  static final String CHILD_POST = "Rina is a 12-year-old girl from our school club; her tutor sexually abused her "
      + "for months and she finally told her mother last week. Please share.";
  static final String FIXED_POST = "A girl in our district found the courage to speak up. If you are worried about a "
      + "child, call the child helpline 1098.";
  static final String MEETING_POST = "Thank you to everyone who joined our meeting on child protection at East West "
      + "University today. If you are worried about a child, call the child helpline 1098 (free, 24 hours).";

  /** A campaign of its own: an organiser, supervisors A and B (so that the open-to-all default does not decide). */
  record Team(String campaignId, Browserless organiser, Browserless supervisorA, Browserless supervisorB,
      Browserless lead) {}

  static Team team() {
    Browserless organiser = Browserless.asNewUser("ORGANISER");
    Browserless a = Browserless.asNewUser("SUPERVISOR");
    Browserless b = Browserless.asNewUser("SUPERVISOR");
    Browserless lead = Browserless.asNewUser("SAFEGUARDING_LEAD");
    String name = "Materials " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = Browserless.admin().postJson("/api/campaigns",
        "{\"name\":\"" + name + "\",\"hashtag\":\"Mat" + name.replaceAll("[^A-Za-z0-9]", "") + "\","
            + "\"mission\":\"Protect children\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\","
            + "\"organiserIds\":[\"" + userId(organiser) + "\"],"
            + "\"supervisorIds\":[\"" + userId(a) + "\",\"" + userId(b) + "\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Team(group(ID, created.body()), organiser, a, b, lead);
  }

  static String userId(Browserless client) {
    return group(ID, client.get("/api/me").body());
  }

  static String postJson(String campaignId, String title, String text) {
    return "{\"campaignId\":\"" + campaignId + "\",\"kindCode\":\"SOCIAL_POST\",\"title\":\"" + title
        + "\",\"language\":\"en\",\"meetingIds\":[],\"text\":\"" + text + "\"}";
  }

  static String create(Browserless author, String campaignId, String title, String text) {
    HttpResponse<String> r = author.postJson("/api/materials", postJson(campaignId, title, text));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"status\":\"DRAFT\"").contains("\"currentVersion\":1");
    return materialId(r.body());
  }

  /** The material's id: the first "id" of the details is the summary's. */
  static String materialId(String details) {
    Matcher m = Pattern.compile("\"summary\":\\{[^{}]*?\"id\":\"([^\"]+)\"").matcher(details);
    assertThat(m.find()).as(details).isTrue();
    return m.group(1);
  }

  static HttpResponse<String> submit(Browserless author, String id) {
    HttpResponse<String> r = author.postJson("/api/materials/" + id + "/submit", "{\"sensitiveNames\":[]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r;
  }

  @Test
  void aPostNamingAChildShowsItsFindingsMaskedAndWaitsForTheSafeguardingLeadsClearance() {
    Team t = team();
    String id = create(t.organiser(), t.campaignId(), "Speak up", CHILD_POST);

    String submitted = submit(t.organiser(), id).body();

    assertThat(submitted).contains("\"status\":\"IN_REVIEW\"").contains("\"reviewStage\":\"CLEARANCE\"")
        .contains("\"category\":\"MINOR_IDENTIFIED\"").contains("\"category\":\"DISCLOSURE\"")
        .contains("\"severity\":\"HIGH\"");
    List<String> excerpts = all(EXCERPT, findingsOf(submitted));
    assertThat(excerpts).isNotEmpty().allSatisfy(e -> assertThat(e).doesNotContain("Rina"));

    HttpResponse<String> early = t.supervisorB().postJson("/api/materials/" + id + "/versions/1/approve", "{}");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
    assertThat(early.body()).contains("not cleared by the safeguarding lead");
    assertThat(t.supervisorB().get("/api/materials/review-tasks?size=200").body()).doesNotContain(id);
    assertThat(t.lead().get("/api/materials/review-tasks?size=200").body()).contains(id)
        .contains("\"stage\":\"CLEARANCE\"");
    assertThat(t.supervisorB().postJson("/api/materials/" + id + "/versions/1/clear", "{\"note\":\"mine\"}")
        .statusCode()).isEqualTo(403);
    HttpResponse<String> noNote = t.lead().postJson("/api/materials/" + id + "/versions/1/clear", "{\"note\":\" \"}");
    assertThat(noNote.statusCode()).isEqualTo(400);
    assertThat(noNote.body()).contains("\"field\":\"note\"");

    HttpResponse<String> cleared = t.lead().postJson("/api/materials/" + id + "/versions/1/clear",
        "{\"note\":\"The family asked for this story to be told; the name is a pseudonym.\"}");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.body()).contains("\"reviewStage\":\"APPROVAL\"").contains("\"cleared\":true")
        .contains("\"kind\":\"CLEARED\"");
    assertThat(t.supervisorB().get("/api/materials/review-tasks?size=200").body()).contains(id)
        .contains("\"stage\":\"APPROVAL\"");

    HttpResponse<String> approved = t.supervisorB().postJson("/api/materials/" + id + "/versions/1/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("\"lastApprovedVersion\":1");
    assertThat(t.supervisorB().get("/api/materials/review-tasks?size=200").body()).doesNotContain(id);
  }

  @Test
  void aPostNamingAChildIsApprovedOnceItsTextIsFixed() {
    Team t = team();
    String id = create(t.organiser(), t.campaignId(), "Speak up, fixed", CHILD_POST);
    String submitted = submit(t.organiser(), id).body();
    assertThat(submitted).contains("\"reviewStage\":\"CLEARANCE\"");

    HttpResponse<String> fixed = t.organiser().putJson("/api/materials/" + id + "/text",
        "{\"text\":\"" + FIXED_POST + "\",\"lock\":" + group(LOCK, submitted) + "}");
    assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
    assertThat(fixed.body()).contains("\"currentVersion\":2").contains("\"kind\":\"SUPERSEDED\"");
    assertThat(t.lead().get("/api/materials/review-tasks?size=200").body()).doesNotContain(id);
    assertThat(t.organiser().get("/api/materials/" + id + "/versions/1").body()).contains("\"state\":\"SUPERSEDED\"");

    String resubmitted = submit(t.organiser(), id).body();
    assertThat(resubmitted).contains("\"findings\":[]").contains("\"reviewStage\":\"APPROVAL\"");
    HttpResponse<String> approved = t.supervisorA().postJson("/api/materials/" + id + "/versions/2/approve",
        "{\"comment\":\"Thank you\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"APPROVED\"");
    assertThat(t.supervisorA().get("/api/materials/" + id + "/versions/2/compare").body())
        .contains("\"kind\":\"INSERTED\"");
  }

  @Test
  void aPostAboutAMeetingWithTheChildHelplineAndEastWestUniversityHasNoFindings() {
    Team t = team();
    String id = create(t.organiser(), t.campaignId(), "After the meeting", MEETING_POST);

    String submitted = submit(t.organiser(), id).body();

    assertThat(submitted).contains("\"findings\":[]").contains("\"reviewStage\":\"APPROVAL\"")
        .contains("\"status\":\"IN_REVIEW\"");
  }

  @Test
  void supervisorAWritesAPostAndCannotApproveItSupervisorBDoesAndTheAuditLogShowsBoth() {
    Team t = team();
    String id = create(t.supervisorA(), t.campaignId(), "Prevention week",
        "Join the prevention week walk on Friday. Child helpline: 1098.");
    String submitted = submit(t.supervisorA(), id).body();
    String hash = group(HASH, submitted.substring(submitted.indexOf("\"current\"")));

    assertThat(t.supervisorA().get("/api/materials/review-tasks?size=200").body()).doesNotContain(id);
    assertThat(t.supervisorB().get("/api/materials/review-tasks?size=200").body()).contains(id);
    String taskId = group(REVIEW_TASK, submitted);
    assertThat(t.supervisorA().get("/api/tasks?size=200").body()).as("My tasks of the author").doesNotContain(taskId);
    assertThat(t.supervisorB().get("/api/tasks?size=200").body()).as("My tasks of supervisor B").contains(taskId)
        .contains("PublicationApprovalProcess");
    HttpResponse<String> own = t.supervisorA().postJson("/api/materials/" + id + "/versions/1/approve", "{}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    assertThat(own.body()).contains("four-eyes");
    assertThat(t.organiser().postJson("/api/materials/" + id + "/versions/1/approve", "{}").statusCode())
        .isEqualTo(403);
    assertThat(t.organiser().get("/api/materials/" + id).body()).contains("\"status\":\"IN_REVIEW\"");

    HttpResponse<String> approved = t.supervisorB().postJson("/api/materials/" + id + "/versions/1/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"APPROVED\"");

    String submittedAudit = t.supervisorB().get("/api/audit?action=material.submitted&subject=material:" + id).body();
    String approvedAudit = t.supervisorB().get("/api/audit?action=material.approved&subject=material:" + id).body();
    assertThat(submittedAudit).contains("\"actorId\":\"" + userId(t.supervisorA()) + "\"")
        .contains("\"contentHash\":\"" + hash + "\"");
    assertThat(approvedAudit).contains("\"actorId\":\"" + userId(t.supervisorB()) + "\"")
        .contains("\"contentHash\":\"" + hash + "\"");
  }

  @Test
  void aPhotoWithLocationMetadataIsFlaggedAndNeedsAnAttestationBeforeApproval() throws Exception {
    Team t = team();
    String id = create(t.organiser(), t.campaignId(), "Rally photo", "Our rally for child rights. Call 1098.");
    HttpResponse<String> uploaded = upload(t.organiser(), id, "rally.jpg", jpegWithGps());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String fileId = group(FILE_ID, uploaded.body());
    assertThat(uploaded.body()).contains("\"image\":true");

    String submitted = submit(t.organiser(), id).body();
    assertThat(submitted).contains("\"category\":\"PHOTO_METADATA\"").contains("\"fileId\":\"" + fileId + "\"")
        .contains("\"reviewStage\":\"APPROVAL\"");
    HttpResponse<String> blocked = t.supervisorB().postJson("/api/materials/" + id + "/versions/1/approve", "{}");
    assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(409);
    assertThat(blocked.body()).contains("attestation").contains("rally.jpg");
    assertThat(t.supervisorB().get("/api/materials/" + id + "/files/" + fileId + "/content").statusCode())
        .isEqualTo(200);

    HttpResponse<String> noReference = t.organiser().postJson("/api/materials/" + id + "/files/" + fileId
        + "/attestation", "{\"attestation\":\"GUARDIAN_CONSENT_ON_FILE\"}");
    assertThat(noReference.statusCode()).isEqualTo(400);
    assertThat(noReference.body()).contains("\"field\":\"consentReference\"");
    HttpResponse<String> attested = t.organiser().postJson("/api/materials/" + id + "/files/" + fileId
        + "/attestation", "{\"attestation\":\"GUARDIAN_CONSENT_ON_FILE\",\"consentReference\":\"CF-2026-031\"}");
    assertThat(attested.statusCode()).as(attested.body()).isEqualTo(200);

    HttpResponse<String> approved = t.supervisorB().postJson("/api/materials/" + id + "/versions/1/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
  }

  @Test
  void aRejectedVersionIsPurgedKeepingItsHashAndTheDecision() {
    Team t = team();
    String id = create(t.organiser(), t.campaignId(), "To be purged", "Draft about our school visit. Call 1098.");
    String submitted = submit(t.organiser(), id).body();
    String hash = group(HASH, submitted.substring(submitted.indexOf("\"current\"")));
    HttpResponse<String> noComment = t.supervisorA().postJson("/api/materials/" + id + "/versions/1/request-changes",
        "{\"comment\":\"\"}");
    assertThat(noComment.statusCode()).isEqualTo(400);
    assertThat(t.supervisorA().postJson("/api/materials/" + id + "/versions/1/request-changes",
        "{\"comment\":\"Please rewrite this\"}").statusCode()).isEqualTo(200);
    assertThat(t.organiser().postJson("/api/materials/" + id + "/versions/1/purge", "{}").statusCode())
        .isEqualTo(403);

    HttpResponse<String> purged = t.supervisorA().postJson("/api/materials/" + id + "/versions/1/purge", "{}");

    assertThat(purged.statusCode()).as(purged.body()).isEqualTo(200);
    String version = t.organiser().get("/api/materials/" + id + "/versions/1").body();
    assertThat(version).doesNotContain("school visit").contains("\"contentHash\":\"" + hash + "\"")
        .contains("\"purgedAt\"");
    assertThat(purged.body()).contains("\"kind\":\"CHANGES_REQUESTED\"").contains("\"kind\":\"PURGED\"")
        .contains("\"comment\":\"Please rewrite this\"");
    assertThat(t.supervisorA().get("/api/audit?action=material.purged&subject=material:" + id).body())
        .contains("\"contentHash\":\"" + hash + "\"");
  }

  @Test
  void editingAnApprovedPostReopensApprovalAndWithdrawingItEndsTheReview() {
    Team t = team();
    String id = create(t.organiser(), t.campaignId(), "Walk for child rights", "Walk with us on Friday. Call 1098.");
    submit(t.organiser(), id);
    String approved = t.supervisorA().postJson("/api/materials/" + id + "/versions/1/approve", "{}").body();
    HttpResponse<String> published = t.organiser().postJson("/api/materials/" + id + "/publish",
        "{\"permalink\":\"https://www.facebook.com/redheart/posts/123\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(published.body()).contains("\"status\":\"PUBLISHED\"").contains("\"kind\":\"PUBLISHED\"");

    HttpResponse<String> edited = t.organiser().putJson("/api/materials/" + id + "/text",
        "{\"text\":\"Walk with us on Saturday. Call 1098.\",\"lock\":" + group(LOCK, published.body()) + "}");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(edited.body()).contains("\"status\":\"DRAFT\"").contains("\"currentVersion\":2")
        .contains("\"lastApprovedVersion\":1");
    HttpResponse<String> stale = t.organiser().putJson("/api/materials/" + id + "/text",
        "{\"text\":\"lost update\",\"lock\":" + group(LOCK, approved) + "}");
    assertThat(stale.statusCode()).isEqualTo(409);
    submit(t.organiser(), id);
    assertThat(t.supervisorB().get("/api/materials/review-tasks?size=200").body()).contains(id);
    assertThat(t.supervisorB().get("/api/materials/" + id + "/versions/2/compare").body())
        .contains("{\"kind\":\"DELETED\",\"text\":\"Friday.\"}").contains("{\"kind\":\"INSERTED\",\"text\":\"Saturday.\"}");

    HttpResponse<String> withdrawn = t.organiser().postJson("/api/materials/" + id + "/withdraw",
        "{\"reason\":\"The walk is cancelled\"}");

    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"").contains("\"kind\":\"WITHDRAWN\"");
    assertThat(t.supervisorB().get("/api/materials/review-tasks?size=200").body()).doesNotContain(id);
    assertThat(t.supervisorB().postJson("/api/materials/" + id + "/versions/2/approve", "{}").statusCode())
        .isEqualTo(409);
    assertThat(t.organiser().postJson("/api/materials/" + id + "/withdraw", "{}").statusCode()).isEqualTo(200);
    assertThat(t.organiser().postJson("/api/materials/" + id + "/submit", "{}").statusCode()).isEqualTo(409);
  }

  @Test
  void badInputNamesTheFieldAndOutsidersSeeNothing() {
    Team t = team();
    HttpResponse<String> bad = t.organiser().postJson("/api/materials",
        "{\"campaignId\":\"" + t.campaignId() + "\",\"kindCode\":\"NOPE\",\"title\":\"\",\"language\":\"fr\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"title\"").contains("\"field\":\"language\"");
    String id = create(t.organiser(), t.campaignId(), "Ours", "Text");
    Browserless outsider = Browserless.asNewUser("ORGANISER");
    assertThat(outsider.get("/api/materials/" + id).statusCode()).isEqualTo(404);
    assertThat(outsider.get("/api/materials?size=200").body()).doesNotContain(id);
    assertThat(t.lead().get("/api/materials/" + id).statusCode()).isEqualTo(200);
    assertThat(t.organiser().get("/api/materials?campaignId=" + t.campaignId() + "&status=DRAFT").body()).contains(id);
    HttpResponse<String> link = t.organiser().postJson("/api/materials/" + id + "/publish",
        "{\"permalink\":\"javascript:alert(1)\"}");
    assertThat(link.statusCode()).isEqualTo(400);
    assertThat(t.organiser().get("/api/material-kinds").body()).contains("SOCIAL_POST").contains("সামাজিক");
  }

  private static String findingsOf(String details) {
    int at = details.indexOf("\"findings\":[");
    assertThat(at).as(details).isNotNegative();
    return details.substring(at, details.indexOf("]", at) + 1);
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  static byte[] jpegWithGps() throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", plain);
    TiffOutputSet exif = new TiffOutputSet();
    exif.setGpsInDegrees(90.4125, 23.8103);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
    return out.toByteArray();
  }

  private static HttpResponse<String> upload(Browserless client, String materialId, String name, byte[] content)
      throws Exception {
    String boundary = "----rh" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.postBytes("/api/materials/" + materialId + "/files", "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }
}

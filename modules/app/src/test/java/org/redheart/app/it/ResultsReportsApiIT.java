package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Results reports over REST: generated as a background job, checked by its author, reviewed four-eyes
 * (its author may not approve: 403 with the reason), approved by another supervisor of the campaign and
 * archived unchanged (the hash and the DOCX bytes stay the same), figures' sources, bad input named.
 */
@ExtendWith(TestServer.class)
class ResultsReportsApiIT {
  static final String CAMPAIGN = PrintRunsApiIT.DEFAULT_CAMPAIGN;
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private final Browserless supervisorA = Browserless.asNewUser("SUPERVISOR");
  private final Browserless supervisorB = Browserless.asNewUser("SUPERVISOR");

  static String generate(Browserless who, String from, String to) {
    HttpResponse<String> r = who.postJson("/api/reports",
        "{\"campaignId\":\"" + CAMPAIGN + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    assertThat(r.body()).contains("\"state\":\"GENERATING\"");
    Matcher m = ID.matcher(r.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** Waits for the generation job to end; returns the report JSON. */
  static String awaitDraft(Browserless who, String reportId) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      String body = who.get("/api/reports/" + reportId).body();
      if (!body.contains("\"state\":\"GENERATING\"")) {
        assertThat(body).contains("\"state\":\"DRAFT\"");
        return body;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the report was not generated within 60 s: " + who.get("/api/reports/" + reportId).body());
  }

  /** Resolves every open check of the report with a note. */
  static void resolveAll(Browserless who, String reportId) {
    String checks = who.get("/api/reports/" + reportId + "/checks").body();
    Matcher m = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(checks);
    while (m.find()) {
      HttpResponse<String> r = who.postJson("/api/reports/" + reportId + "/checks/resolve",
          "{\"key\":\"" + m.group(1) + "\",\"note\":\"Checked against the attendance sheet.\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
  }

  @Test
  void theAuthorCannotApproveAnotherSupervisorDoesAndTheArchiveStaysUnchanged() {
    String id = generate(supervisorA, "2022-07-01", "2023-04-30");
    awaitDraft(supervisorA, id);
    resolveAll(supervisorA, id);
    assertThat(supervisorA.get("/api/reports/" + id).body()).contains("\"openChecks\":0");
    HttpResponse<String> submitted = supervisorA.postJson("/api/reports/" + id + "/submit", "{}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.body()).contains("\"state\":\"IN_REVIEW\"");
    assertThat(supervisorB.get("/api/tasks?size=200").body()).as("B's tasks").contains(id);
    assertThat(supervisorA.get("/api/tasks?size=200").body()).as("A's tasks").doesNotContain(id);

    HttpResponse<String> byAuthor = supervisorA.postJson("/api/reports/" + id + "/approve", "{\"comment\":\"fine\"}");
    assertThat(byAuthor.statusCode()).as(byAuthor.body()).isEqualTo(403);
    assertThat(byAuthor.body()).contains("another supervisor of the campaign must review it");

    HttpResponse<String> approved = supervisorB.postJson("/api/reports/" + id + "/approve", "{\"comment\":\"Reads well.\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"state\":\"APPROVED\"");
    Matcher hash = Pattern.compile("\"contentHash\":\"([0-9a-f]{64})\"").matcher(approved.body());
    assertThat(hash.find()).as(approved.body()).isTrue();

    byte[] docx = supervisorB.getBytes("/api/reports/" + id + "/docx?lang=en", "*/*").body();
    assertThat(docx).startsWith('P', 'K');
    assertThat(supervisorA.getBytes("/api/reports/" + id + "/docx?lang=en", "*/*").body()).isEqualTo(docx);
    assertThat(supervisorA.get("/api/reports/" + id).body()).contains("\"contentHash\":\"" + hash.group(1) + "\"");
    assertThat(supervisorA.getBytes("/api/reports/" + id + "/docx?lang=bn", "*/*").body()).startsWith('P', 'K');

    HttpResponse<String> changeAfter = supervisorA.putJson("/api/reports/" + id + "/recommendations",
        "{\"recommendations\":[\"Meet again\"]}");
    assertThat(changeAfter.statusCode()).as(changeAfter.body()).isEqualTo(409);
    assertThat(supervisorA.get("/api/reports/" + id).body()).contains("\"contentHash\":\"" + hash.group(1) + "\"");

    String audit = Browserless.admin().get("/api/audit?subject=report:" + id + "&size=50").body();
    assertThat(audit).contains("report.generation-started").contains("report.submitted").contains("report.approved");
    assertThat(supervisorA.get("/api/reports/" + id + "/redactions").body()).isEqualTo("[]");
  }

  @Test
  void theEditorOfTheRecommendationsCannotApproveEither() {
    String id = generate(supervisorA, "2022-07-01", "2023-04-30");
    awaitDraft(supervisorA, id);
    resolveAll(supervisorA, id);
    HttpResponse<String> edited = supervisorB.putJson("/api/reports/" + id + "/recommendations",
        "{\"recommendations\":[\"Hold a follow-up meeting with the district officers\", \" \"]}");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(edited.body()).isEqualTo("[\"Hold a follow-up meeting with the district officers\"]");
    assertThat(supervisorA.postJson("/api/reports/" + id + "/submit", "{}").statusCode()).isEqualTo(200);

    assertThat(supervisorB.postJson("/api/reports/" + id + "/approve", "{}").statusCode()).isEqualTo(403);
    HttpResponse<String> organiser = Browserless.asNewUser("ORGANISER").postJson("/api/reports/" + id + "/approve", "{}");
    assertThat(organiser.statusCode()).as(organiser.body()).isEqualTo(403);
    assertThat(organiser.body()).contains("Only a supervisor of the report's campaign");

    Browserless supervisorC = Browserless.asNewUser("SUPERVISOR");
    HttpResponse<String> sentBack = supervisorC.postJson("/api/reports/" + id + "/request-changes",
        "{\"comment\":\"Add the April meeting's photos\"}");
    assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(200);
    assertThat(sentBack.body()).contains("\"state\":\"DRAFT\"");
  }

  @Test
  void approvingADraftNotSubmittedIsAConflictAndBadInputNamesTheField() {
    String id = generate(supervisorA, "2022-07-01", "2023-04-30");
    awaitDraft(supervisorA, id);
    HttpResponse<String> early = supervisorB.postJson("/api/reports/" + id + "/approve", "{}");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);

    HttpResponse<String> backwards = supervisorA.postJson("/api/reports",
        "{\"campaignId\":\"" + CAMPAIGN + "\",\"from\":\"2023-04-30\",\"to\":\"2022-07-01\"}");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("\"field\":\"from\"");
    HttpResponse<String> tooLong = supervisorA.postJson("/api/reports",
        "{\"campaignId\":\"" + CAMPAIGN + "\",\"from\":\"2010-01-01\",\"to\":\"2023-04-30\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"field\":\"to\"");
    assertThat(supervisorA.getBytes("/api/reports/" + id + "/docx?lang=fr", "*/*").statusCode()).isEqualTo(400);
    assertThat(supervisorA.get("/api/reports/" + id + "/figures/no.such.figure").statusCode()).isEqualTo(404);
    HttpResponse<String> emptyNote = supervisorA.postJson("/api/reports/" + id + "/checks/resolve",
        "{\"key\":\"x\",\"note\":\" \"}");
    assertThat(emptyNote.statusCode()).isEqualTo(400);
    assertThat(emptyNote.body()).contains("\"field\":\"note\"");
    assertThat(Browserless.anonymous().get("/api/reports/" + id).statusCode()).isIn(401, 403);
  }

  @Test
  void aListedReportShowsItsStateAndTheHtmlLinksEveryFigureToItsRecords() {
    String id = generate(supervisorA, "2022-07-01", "2023-04-30");
    awaitDraft(supervisorA, id);
    assertThat(supervisorA.get("/api/reports?campaignId=" + CAMPAIGN + "&size=200").body()).contains(id);
    HttpResponse<String> html = supervisorA.get("/api/reports/" + id + "/html?lang=en", "text/html");
    assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
    // every figure links to the page of the records behind it, relative to the HTML's address
    Matcher link = Pattern.compile("href=\"\\.\\./\\.\\./\\.\\./reports/sources\\.xhtml\\?id=" + id
        + "&amp;figure=([^\"]+)\"").matcher(html.body());
    int links = 0;
    while (link.find()) {
      links++;
      HttpResponse<String> sources = supervisorA.get("/api/reports/" + id + "/figures/" + link.group(1));
      assertThat(sources.statusCode()).as(link.group(1) + ": " + sources.body()).isEqualTo(200);
      assertThat(sources.body()).startsWith("[");
      if (links <= 3) {
        HttpResponse<String> page = supervisorA.get("/reports/sources.xhtml?id=" + id + "&figure=" + link.group(1), "text/html");
        assertThat(page.statusCode()).as(link.group(1)).isEqualTo(200);
        assertThat(page.body()).contains("The records behind a figure")
            .containsAnyOf("id=\"sources\"", "id=\"sources-none\"");
      }
    }
    assertThat(links).as("figure links in the HTML").isPositive();
    assertThat(html.body()).doesNotContain("href=\"figures/");
  }
}

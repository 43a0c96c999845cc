package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, "Done when" 1–3 over REST, on the demo data: the demo campaign loaded with two supervisors,
 * the demo posts file ({@code demo/demo-posts.csv}) imported for it, supervisor A generates the report
 * for July 2022 – April 2023: the headline figures, the ten meetings in the table and one by one,
 * findings by theme, the 35 posts with their totals, a chart, and data to check; A resolves every
 * check with a note, may not approve (403), supervisor B approves; the DOCX in English and in Bangla
 * opens with POI and has the headings in order.
 */
@ExtendWith(TestServer.class)
class ResultsReportDemoApiIT {
  private static final Pattern CAMPAIGN_ID = Pattern.compile("\"campaignId\":\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final String[] HEADINGS_EN = {"Notes", "Headline figures", "Meetings", "The meetings one by one",
    "Findings by theme", "Action plans", "Social media", "The network", "Materials", "Recommendations", "Data to check"};
  private static final String[] HEADINGS_BN = {"টীকা", "প্রধান সংখ্যাসমূহ", "সভাসমূহ", "সভাগুলোর বিবরণ",
    "বিষয়ভিত্তিক পর্যবেক্ষণ", "কর্মপরিকল্পনা", "সামাজিক যোগাযোগমাধ্যম", "নেটওয়ার্ক", "উপকরণ", "সুপারিশসমূহ",
    "যাচাই করার মতো তথ্য"};

  private final Browserless supervisorA = Browserless.asNewUser("SUPERVISOR");
  private final Browserless supervisorB = Browserless.asNewUser("SUPERVISOR");
  private final Browserless organiser = Browserless.asNewUser("ORGANISER");

  /** The demo posts file of the repository; its permalinks made unique to this run (the server is shared). */
  private static String demoPosts(String marker) {
    for (String candidate : List.of("../../demo/demo-posts.csv", "demo/demo-posts.csv")) {
      Path p = Path.of(candidate);
      if (Files.isRegularFile(p)) {
        try {
          return Files.readString(p, StandardCharsets.UTF_8).replace("/posts/", "/posts/" + marker + "-");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("demo/demo-posts.csv not found from " + Path.of("").toAbsolutePath());
  }

  /** The HTML between the level-1 heading with this text and the next level-1 heading. */
  private static String part(String html, String heading) {
    Matcher start = Pattern.compile("<h2 id=\"s\\d+\">" + Pattern.quote(heading) + "</h2>").matcher(html);
    assertThat(start.find()).as("heading %s in the HTML", heading).isTrue();
    int end = html.indexOf("<h2 id=\"s", start.end());
    return html.substring(start.end(), end < 0 ? html.length() : end);
  }

  private static String loadDemoCampaign(Browserless organiser, Browserless a, Browserless b) {
    String name = "Demo campaign " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> loaded = Browserless.admin().postJson("/api/admin/demo-campaign",
        "{\"campaignName\":\"" + name + "\",\"organiserIds\":[\"" + PastMeetingsApiIT.userId(organiser)
            + "\"],\"supervisorIds\":[\"" + PastMeetingsApiIT.userId(a) + "\",\"" + PastMeetingsApiIT.userId(b) + "\"]}");
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    assertThat(loaded.body()).contains("\"meetingsCreated\":10");
    return PastMeetingsApiIT.group(CAMPAIGN_ID, loaded.body());
  }

  private static void importDemoPosts(Browserless organiser, String campaignId) {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> started = PostImportApiIT.upload(organiser, "HISTORICAL_POSTS", campaignId, "demo-posts.csv",
        demoPosts(marker));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    assertThat(started.body()).contains("\"postsFound\":35").contains("\"problems\":[]");
    String importId = PastMeetingsApiIT.group(ID, started.body());
    HttpResponse<String> committed = organiser.postJson("/api/post-imports/" + importId + "/commit", "{}");
    assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
    assertThat(committed.body()).contains("\"state\":\"COMMITTED\"");
  }

  private static String generate(Browserless who, String campaignId) {
    HttpResponse<String> r = who.postJson("/api/reports",
        "{\"campaignId\":\"" + campaignId + "\",\"from\":\"2022-07-01\",\"to\":\"2023-04-30\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return PastMeetingsApiIT.group(ID, r.body());
  }

  /** The texts of the document's paragraphs, in order. */
  private static List<String> paragraphs(byte[] docx) {
    ZipSecureFile.setMinInflateRatio(0.001);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertHeadingsInOrder(List<String> paragraphs, String[] headings, String language) {
    int at = -1;
    for (String heading : headings) {
      int found = -1;
      for (int i = at + 1; i < paragraphs.size(); i++) {
        if (paragraphs.get(i).equals(heading)) {
          found = i;
          break;
        }
      }
      assertThat(found).as("%s heading \"%s\" after paragraph %d in %s", language, heading, at, paragraphs).isGreaterThan(at);
      at = found;
    }
  }

  @Test
  void theDemoCampaignsReportHasItsFiguresMeetingsPostsAndChecksAndIsApprovedByTheOtherSupervisor() {
    String campaignId = loadDemoCampaign(organiser, supervisorA, supervisorB);
    importDemoPosts(organiser, campaignId);

    String id = generate(supervisorA, campaignId);
    ResultsReportsApiIT.awaitDraft(supervisorA, id);

    HttpResponse<String> page = supervisorA.get("/api/reports/" + id + "/html?lang=en", "text/html");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    String html = page.body();

    String headline = part(html, "Headline figures");
    assertThat(headline).contains("Meetings held: ").contains("Attendance (persons)")
        .contains("Attendance (organisations)").contains("class=\"figure\"");

    // a figure's link opens the page of the records behind it, each meeting linked to its page
    Matcher held = Pattern.compile("href=\"\\.\\./\\.\\./\\.\\./(reports/sources\\.xhtml\\?id=[^\"]+)\"").matcher(headline);
    assertThat(held.find()).as(headline).isTrue();
    HttpResponse<String> sources = supervisorA.get("/" + held.group(1).replace("&amp;", "&"), "text/html");
    assertThat(sources.statusCode()).as(sources.body()).isEqualTo(200);
    assertThat(sources.body()).contains("The records behind a figure").contains("class=\"source-record\"")
        .contains("/meetings/view.xhtml?id=");
    HttpResponse<String> outsider = Browserless.asNewUser("SUPERVISOR")
        .get("/" + held.group(1).replace("&amp;", "&"), "text/html");
    assertThat(outsider.statusCode()).as("a supervisor of another campaign").isEqualTo(403);
    assertThat(outsider.body()).doesNotContain("class=\"source-record\"");

    String meetings = part(html, "Meetings");
    assertThat(PastMeetingsApiIT.count(meetings, "<tr>") - 1).as("meeting rows").isEqualTo(10);
    assertThat(meetings).contains("Online launch of the Red Heart Campaign to Promote Child Rights");

    String sections = part(html, "The meetings one by one");
    assertThat(PastMeetingsApiIT.count(sections, "<h3 ")).as("meeting sections").isEqualTo(10);

    String findings = part(html, "Findings by theme");
    assertThat(findings).as("findings by theme").contains("<h3 ").contains("<li>");

    String social = part(html, "Social media");
    String postsTable = social.substring(social.indexOf("<table"), social.indexOf("</table>"));
    // a header row, the 35 posts, the totals and the "over N posts" row
    assertThat(PastMeetingsApiIT.count(postsTable, "<tr>")).as("posts table rows").isEqualTo(1 + 35 + 2);
    assertThat(postsTable).contains("Total").contains("over ");
    assertThat(html).contains("<figure class=\"report-chart\"><img src=\"data:image/png;base64,");

    // the demo posts file states 42 participants for the 3rd stakeholder meeting (39 recorded) and links
    // the launch's announcement of 27 July to the launch of 30 July: both are listed to check
    String checks = supervisorA.get("/api/reports/" + id + "/checks").body();
    Matcher attendance = Pattern.compile("\\{[^{}]*\"key\":\"(ATTENDANCE_DIFFERS_FROM_POST:[^\"]+)\"[^{}]*\\}").matcher(checks);
    assertThat(attendance.find()).as("an attendance conflict in %s", checks).isTrue();
    assertThat(attendance.group()).contains("meeting 39 persons, post 42");
    assertThat(checks).as("a post dated before its meeting").contains("\"kind\":\"POST_BEFORE_MEETING\"")
        .contains("post 2022-07-27, meeting 2022-07-30");
    HttpResponse<String> first = supervisorA.postJson("/api/reports/" + id + "/checks/resolve",
        "{\"key\":\"" + attendance.group(1) + "\",\"note\":\"The post counted three guest speakers; the attendance sheet says 39.\"}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("The post counted three guest speakers");
    assertThat(supervisorA.get("/api/reports/" + id).body()).doesNotContain("\"openChecks\":0");
    // the rest explained too: the announcement is linked to the meeting it announced
    Matcher open = Pattern.compile("\\{[^{}]*\"key\":\"([^\"]+)\"[^{}]*\\}")
        .matcher(supervisorA.get("/api/reports/" + id + "/checks").body());
    while (open.find()) {
      if (open.group().contains("\"note\":\"")) {
        continue;
      }
      HttpResponse<String> r = supervisorA.postJson("/api/reports/" + id + "/checks/resolve",
          "{\"key\":\"" + open.group(1) + "\",\"note\":\"This post announced the meeting.\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    assertThat(supervisorA.get("/api/reports/" + id).body()).contains("\"openChecks\":0");
    assertThat(supervisorA.get("/api/reports/" + id + "/html?lang=en", "text/html").body())
        .contains("The post counted three guest speakers; the attendance sheet says 39.");

    HttpResponse<String> submitted = supervisorA.postJson("/api/reports/" + id + "/submit", "{}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    HttpResponse<String> byAuthor = supervisorA.postJson("/api/reports/" + id + "/approve", "{\"comment\":\"fine\"}");
    assertThat(byAuthor.statusCode()).as(byAuthor.body()).isEqualTo(403);
    HttpResponse<String> approved = supervisorB.postJson("/api/reports/" + id + "/approve", "{\"comment\":\"Reads well.\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"state\":\"APPROVED\"");

    HttpResponse<byte[]> en = supervisorB.getBytes("/api/reports/" + id + "/docx?lang=en", "*/*");
    assertThat(en.statusCode()).isEqualTo(200);
    assertHeadingsInOrder(paragraphs(en.body()), HEADINGS_EN, "en");
    HttpResponse<byte[]> bn = supervisorA.getBytes("/api/reports/" + id + "/docx?lang=bn", "*/*");
    assertThat(bn.statusCode()).isEqualTo(200);
    assertHeadingsInOrder(paragraphs(bn.body()), HEADINGS_BN, "bn");
  }
}

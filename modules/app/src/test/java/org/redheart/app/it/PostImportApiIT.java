package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, "Done when" 3: a CSV of the demo campaign's 35 historical posts with their figures, some
 * cells blank, is imported; the analytics show the 35 posts with totals each "over N posts" (a blank
 * is not counted as zero: the test sums the file itself), the posts are "published outside the
 * system" with no approval, and the chart (SVG) has the months. A second CSV with a bad date and a
 * duplicate permalink is refused row by row and imports nothing.
 */
@ExtendWith(TestServer.class)
class PostImportApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final String[] MEETINGS = {
    "Online launch of the Red Heart Campaign to Promote Child Rights|2022-07-30",
    "1st Stakeholder Meeting to Promote Child Rights - INGOs and NGOs|2022-08-30",
    "3rd Stakeholder Meeting to Promote Child Rights - Students and Faculty Members of East West University|2022-10-27",
    "5th Stakeholder Meeting to Promote Child Rights - Parents|2023-02-25"};

  record Campaign(String id, Browserless organiser, Browserless supervisor) {}

  static Campaign demoLikeCampaign() {
    return demoLikeCampaign(Browserless.asNewUser("ORGANISER"));
  }

  static Campaign demoLikeCampaign(Browserless organiser) {
    Browserless supervisor = Browserless.asNewUser("SUPERVISOR");
    String name = "Red Heart " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = Browserless.admin().postJson("/api/campaigns",
        "{\"name\":\"" + name + "\",\"hashtag\":\"RH" + name.replaceAll("[^A-Za-z0-9]", "") + "\","
            + "\"mission\":\"Promote child rights\",\"startsOn\":\"2022-07-01\",\"endsOn\":\"2023-04-30\","
            + "\"organiserIds\":[\"" + MaterialsApiIT.userId(organiser) + "\"],"
            + "\"supervisorIds\":[\"" + MaterialsApiIT.userId(supervisor) + "\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String campaignId = MaterialsApiIT.group(ID, created.body());
    for (String m : MEETINGS) {
      String[] parts = m.split("\\|");
      HttpResponse<String> past = organiser.postJson("/api/meetings/past",
          PastMeetingsApiIT.pastJson(campaignId, parts[0], parts[1], "persons", 30, null));
      assertThat(past.statusCode()).as(past.body()).isEqualTo(201);
    }
    return new Campaign(campaignId, organiser, supervisor);
  }

  static String historicalCsv(String marker) {
    try (InputStream in = PostImportApiIT.class.getResourceAsStream("/engagement/historical-posts.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("/posts/", "/posts/" + marker + "-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> upload(Browserless client, String kind, String campaignId, String name, String csv) {
    String boundary = "----postimport" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.postBytes("/api/post-imports?kind=" + kind + "&campaign=" + campaignId,
        "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  @Test
  void thirtyFiveHistoricalPostsShowWithTotalsOverThePostsThatHaveEachFigureAndTheChartHasTheMonths() {
    Campaign c = demoLikeCampaign();
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String csv = historicalCsv(marker);

    HttpResponse<String> started = upload(c.organiser(), "HISTORICAL_POSTS", c.id(), "historical-posts.csv", csv);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    assertThat(started.body()).contains("\"state\":\"PREVIEW\"").contains("\"rows\":35").contains("\"postsFound\":35")
        .contains("\"snapshots\":34").contains("\"problems\":[]")
        .contains("\"PUBLISHED_ON\":0").contains("\"PERMALINK\":1").contains("\"TEXT\":2").contains("\"MEETING\":3")
        .contains("\"TAKEN_ON\":4").contains("\"REACTIONS\":5").contains("\"ENGAGED_USERS\":9");
    String importId = MaterialsApiIT.group(ID, started.body());

    HttpResponse<String> committed = c.organiser().postJson("/api/post-imports/" + importId + "/commit", "{}");
    assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
    assertThat(committed.body()).contains("\"state\":\"COMMITTED\"");

    HttpResponse<String> analytics = c.supervisor().get("/api/campaigns/" + c.id()
        + "/post-analytics?from=2022-07-01&to=2023-04-30");
    assertThat(analytics.statusCode()).as(analytics.body()).isEqualTo(200);
    String body = analytics.body();
    String totals = object(body, "totals");
    assertThat(totals).contains("\"posts\":35");
    // the test's own sums of the file: a blank cell is not counted, a 0 is
    long[][] expected = sums(csv);
    String[] figures = {"reactions", "comments", "shares", "reach", "engagedUsers"};
    for (int i = 0; i < figures.length; i++) {
      String total = object(totals, figures[i]);
      assertThat(number(total, "sum")).as(figures[i]).isEqualTo(expected[i][0]);
      assertThat(number(total, "posts")).as(figures[i] + " over N posts").isEqualTo(expected[i][1]);
    }
    assertThat(expected[3][1]).as("some reach cells are blank").isLessThan(35);
    // the 35 posts, and the 5 most engaged among them once more
    assertThat(count(body, "\"publishedOutside\":true")).isEqualTo(35 + 5);
    assertThat(count(object(body, "totals"), "\"posts\":")).isEqualTo(6);
    assertThat(body).contains("\"month\":\"2022-07\"").contains("\"month\":\"2023-04\"");

    // an imported post: published outside the system, linked to its meeting, no approval recorded
    String permalink = "https://www.facebook.com/RedHeartCampaignBD/posts/" + marker + "-5400001137";
    Matcher row = Pattern.compile("\\{[^{}]*\"permalink\":\"" + Pattern.quote(permalink) + "\"[^{}]*\\}").matcher(body);
    assertThat(row.find()).as(body).isTrue();
    assertThat(row.group()).contains("\"publishedOn\":\"2022-07-30\"").contains("\"reactions\":400")
        .doesNotContain("\"engagedUsers\"").contains("\"meetingId\":\"");
    String materialId = MaterialsApiIT.group(Pattern.compile("\"materialId\":\"([^\"]+)\""), row.group());
    String details = c.organiser().get("/api/materials/" + materialId).body();
    assertThat(details).contains("\"status\":\"PUBLISHED\"").doesNotContain("\"kind\":\"APPROVED\"");
    HttpResponse<String> snapshots = c.organiser().get("/api/materials/" + materialId + "/engagement");
    assertThat(snapshots.body()).contains("\"source\":\"CSV_IMPORT\"").contains("\"takenOn\":\"2023-05-15\"");
    String audit = Browserless.admin().get("/api/audit?subject=material:" + materialId).body();
    assertThat(audit).contains("material.imported-outside").doesNotContain("material.approved");

    HttpResponse<String> svg = c.supervisor().get("/api/campaigns/" + c.id()
        + "/post-analytics/chart.svg?from=2022-07-01&to=2023-04-30", "image/svg+xml");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.body()).startsWith("<").contains("<svg").contains("Jul 2022").contains("Apr 2023")
        .contains("Oct 2022");
    HttpResponse<String> bn = c.supervisor().get("/api/campaigns/" + c.id()
        + "/post-analytics/chart.svg?from=2022-07-01&to=2023-04-30&lang=bn", "image/svg+xml");
    assertThat(bn.body()).contains("জুলাই ২০২২").contains("সেপ্টেম্বর ২০২২").contains("এপ্রিল ২০২৩")
        .doesNotContain("...</text>");
    HttpResponse<byte[]> png = c.supervisor().getBytes("/api/campaigns/" + c.id()
        + "/post-analytics/chart.png?from=2022-07-01&to=2023-04-30", "image/png");
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

    // a second file: a bad date and a permalink known already are refused row by row; nothing imported
    String second = "Published on;Permalink;Post text;Reactions\r\n"
        + "2023-04-31;https://www.facebook.com/RedHeartCampaignBD/posts/" + marker + "-new1;A post;12\r\n"
        + "2023-04-02;" + permalink + ";Again;৪৫\r\n"
        + "2023-04-03;https://www.facebook.com/RedHeartCampaignBD/posts/" + marker + "-new2;A fine post;7\r\n";
    HttpResponse<String> refused = upload(c.organiser(), "HISTORICAL_POSTS", c.id(), "more.csv", "\uFEFF" + second);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(201);
    assertThat(refused.body()).contains("\"rows\":3");
    assertThat(problem(refused.body(), "bad date")).contains("\"row\":2").contains("\"column\":\"Published on\"")
        .contains("2023-04-31");
    assertThat(problem(refused.body(), "duplicate")).contains("\"row\":3").contains("\"column\":\"Permalink\"")
        .contains("known already");
    String secondId = MaterialsApiIT.group(ID, refused.body());
    HttpResponse<String> notCommitted = c.organiser().postJson("/api/post-imports/" + secondId + "/commit", "{}");
    assertThat(notCommitted.statusCode()).as(notCommitted.body()).isEqualTo(409);
    assertThat(notCommitted.body()).contains("nothing was imported");
    String after = c.supervisor().get("/api/campaigns/" + c.id() + "/post-analytics?from=2022-07-01&to=2023-04-30").body();
    assertThat(object(after, "totals")).contains("\"posts\":35");
    assertThat(after).doesNotContain(marker + "-new2");
    assertThat(c.organiser().postJson("/api/post-imports/" + secondId + "/discard", "{}").body())
        .contains("\"state\":\"DISCARDED\"");
  }

  @Test
  void figuresOfKnownPostsAreImportedAsSnapshotsAndARowWithTwoPostsCountsBoth() {
    Campaign c = demoLikeCampaign();
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String a = "https://www.facebook.com/RedHeartCampaignBD/posts/" + marker + "-a";
    String b = "https://www.facebook.com/RedHeartCampaignBD/posts/" + marker + "-b";
    String posts = "Date,Link,Text\r\n2022-08-11,\"" + a + "\",First\r\n2022-08-12," + b + ",Second\r\n";
    String first = MaterialsApiIT.group(ID, upload(c.organiser(), "HISTORICAL_POSTS", c.id(), "p.csv", posts).body());
    assertThat(c.organiser().postJson("/api/post-imports/" + first + "/commit", "{}").statusCode()).isEqualTo(200);

    String figures = "Taken on,Link 1,Reactions 1,Comments 1,Link 2,Reactions 2,Reach 2\r\n"
        + "2022-09-01," + a + ",১২০,,  " + b + ",30,\r\n";
    HttpResponse<String> started = upload(c.organiser(), "FIGURES", c.id(), "figures.csv", figures);
    assertThat(started.body()).as(started.body()).contains("\"PERMALINK#2\":4").contains("\"REACTIONS#2\":5")
        .contains("\"postsFound\":2").contains("\"snapshots\":2").contains("\"problems\":[]");
    String id = MaterialsApiIT.group(ID, started.body());
    assertThat(c.organiser().postJson("/api/post-imports/" + id + "/commit", "{}").statusCode()).isEqualTo(200);

    String body = c.organiser().get("/api/campaigns/" + c.id() + "/post-analytics?from=2022-08-01&to=2022-08-31").body();
    String totals = object(body, "totals");
    assertThat(number(object(totals, "reactions"), "sum")).isEqualTo(150);
    assertThat(number(object(totals, "reactions"), "posts")).isEqualTo(2);
    assertThat(number(object(totals, "comments"), "posts")).isZero();
    assertThat(number(object(totals, "reach"), "posts")).isZero();
  }

  @Test
  void figuresRecordedByHandNeedAFigureAndADayNotBeforePublication() {
    Campaign c = demoLikeCampaign();
    String link = "https://www.facebook.com/RedHeartCampaignBD/posts/" + UUID.randomUUID();
    String id = MaterialsApiIT.group(ID, upload(c.organiser(), "HISTORICAL_POSTS", c.id(), "p.csv",
        "Published on,Permalink\r\n2022-10-11," + link + "\r\n").body());
    c.organiser().postJson("/api/post-imports/" + id + "/commit", "{}");
    String analytics = c.organiser().get("/api/campaigns/" + c.id() + "/post-analytics").body();
    String materialId = MaterialsApiIT.group(Pattern.compile("\"materialId\":\"([^\"]+)\""), analytics);

    HttpResponse<String> none = c.organiser().postJson("/api/materials/" + materialId + "/engagement",
        "{\"takenOn\":\"2022-10-20\"}");
    assertThat(none.statusCode()).isEqualTo(400);
    HttpResponse<String> before = c.organiser().postJson("/api/materials/" + materialId + "/engagement",
        "{\"takenOn\":\"2022-10-01\",\"reactions\":5}");
    assertThat(before.statusCode()).isEqualTo(400);
    assertThat(before.body()).contains("\"field\":\"takenOn\"");
    HttpResponse<String> negative = c.organiser().postJson("/api/materials/" + materialId + "/engagement",
        "{\"takenOn\":\"2022-10-20\",\"shares\":-1}");
    assertThat(negative.body()).contains("\"field\":\"shares\"");
    HttpResponse<String> recorded = c.organiser().postJson("/api/materials/" + materialId + "/engagement",
        "{\"takenOn\":\"2022-10-20\",\"reactions\":42,\"comments\":0}");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.body()).contains("\"reactions\":42").contains("\"comments\":0").doesNotContain("\"reach\"")
        .contains("\"source\":\"MANUAL\"");
    Browserless stranger = Browserless.asNewUser("ORGANISER");
    assertThat(stranger.get("/api/materials/" + materialId + "/engagement").statusCode()).isEqualTo(404);
    HttpResponse<String> fetch = c.organiser().postJson("/api/materials/" + materialId + "/engagement/fetch", "{}");
    assertThat(fetch.statusCode()).isEqualTo(409);
  }

  @Test
  void theAnalyticsPageShowsBlanksAsDashesTotalsOverNPostsAndTheChart() {
    Browserless session = Browserless.anonymous().login(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    Campaign c = demoLikeCampaign(Browserless.withToken(session.createToken()));
    String csv = historicalCsv(UUID.randomUUID().toString().substring(0, 8));
    String id = MaterialsApiIT.group(ID, upload(c.organiser(), "HISTORICAL_POSTS", c.id(), "posts.csv", csv).body());
    assertThat(c.organiser().postJson("/api/post-imports/" + id + "/commit", "{}").statusCode()).isEqualTo(200);
    long[][] expected = sums(csv);

    HttpResponse<String> page = session.get("/materials/analytics.xhtml?campaign=" + c.id() + "&from=2022-07-01&to=2023-04-30");

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("id=\"posts-count\">(35)")
        .contains("(over " + expected[3][1] + " posts)")
        .contains("(over " + expected[4][1] + " posts)")
        .contains("<td>—</td>")
        .contains("/post-analytics/chart.svg?from=2022-07-01&amp;to=2023-04-30")
        .contains("/post-analytics/chart.png?from=2022-07-01&amp;to=2023-04-30");
    assertThat(count(html, "published outside the system")).isEqualTo(35);
    assertThat(html).doesNotContain("style=");

    String materialId = MaterialsApiIT.group(Pattern.compile("engagement.xhtml\\?id=([0-9a-f-]{36})"), html);
    String figures = session.get("/materials/engagement.xhtml?id=" + materialId + "&task=t1").body();
    assertThat(figures).contains("id=\"snapshots\"").contains("CSV import").contains("id=\"engagement-task\"");
    assertThat(session.get("/materials/post-import.xhtml?id=" + id).body()).contains("Imported");
  }

  @Test
  void figuresAreFetchedFromTheFakeGraphApiForAPostPublishedThere() throws Exception {
    MaterialsApiIT.Team t = MaterialsApiIT.team();
    String id = PublicationApiIT.approvedPost(t, "Figures from Facebook",
        "Thank you to everyone who joined our meeting at East West University. #SaveFACE4Children " + UUID.randomUUID(), 0);
    HttpResponse<String> scheduled = t.organiser().postJson("/api/materials/" + id + "/publication",
        "{\"channel\":\"FACEBOOK_PAGE\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    long until = System.nanoTime() + 150_000_000_000L;
    String publication = "";
    while (System.nanoTime() < until && !publication.contains("\"state\":\"PUBLISHED\"")) {
      Thread.sleep(500);
      publication = t.organiser().get("/api/materials/" + id + "/publication").body();
    }
    assertThat(publication).contains("\"state\":\"PUBLISHED\"");
    TestServer.get().graph().figure("post_reactions_by_type_total", 57).figure("post_impressions_unique", 1240);

    HttpResponse<String> fetched = t.organiser().postJson("/api/materials/" + id + "/engagement/fetch", "{}");

    assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(201);
    assertThat(fetched.body()).contains("\"reactions\":57").contains("\"reach\":1240")
        .contains("\"source\":\"GRAPH_API\"").doesNotContain("\"comments\"");
    assertThat(t.organiser().get("/api/materials/" + id + "/engagement").body()).contains("\"source\":\"GRAPH_API\"");
  }

  /** For each figure column (reactions … engaged users): the sum and the number of non-blank cells. */
  static long[][] sums(String csv) {
    long[][] out = new long[5][2];
    String[] lines = csv.split("\r\n");
    for (int l = 1; l < lines.length; l++) {
      List<String> cells = cells(lines[l]);
      for (int i = 0; i < 5; i++) {
        String cell = cells.get(5 + i);
        if (!cell.isBlank()) {
          out[i][0] += Long.parseLong(cell);
          out[i][1]++;
        }
      }
    }
    return out;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** The JSON object under {@code name} (no nested objects inside but one level). */
  static String object(String json, String name) {
    int start = json.indexOf("\"" + name + "\":{");
    assertThat(start).as(name + " in " + json).isNotNegative();
    int depth = 0;
    for (int i = json.indexOf('{', start); i < json.length(); i++) {
      if (json.charAt(i) == '{') {
        depth++;
      } else if (json.charAt(i) == '}' && --depth == 0) {
        return json.substring(json.indexOf('{', start), i + 1);
      }
    }
    throw new AssertionError("unclosed " + name);
  }

  static long number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** The problem whose reason starts with {@code reason}. */
  static String problem(String json, String reason) {
    Matcher m = Pattern.compile("\\{[^{}]*\"reason\":\"" + Pattern.quote(reason) + "[^{}]*\\}").matcher(json);
    assertThat(m.find()).as(reason + " in " + json).isTrue();
    return m.group();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

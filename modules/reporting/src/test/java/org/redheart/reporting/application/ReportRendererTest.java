package org.redheart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.application.DefaultDocuments;
import org.redheart.reporting.api.SourceRecord;
import org.redheart.reporting.domain.ReportContent;
import org.redheart.reporting.domain.ReportContent.ActionPlanRow;
import org.redheart.reporting.domain.ReportContent.DataCheck;
import org.redheart.reporting.domain.ReportContent.Figure;
import org.redheart.reporting.domain.ReportContent.Group;
import org.redheart.reporting.domain.ReportContent.Headline;
import org.redheart.reporting.domain.ReportContent.Joining;
import org.redheart.reporting.domain.ReportContent.MaterialRow;
import org.redheart.reporting.domain.ReportContent.MaterialsPart;
import org.redheart.reporting.domain.ReportContent.MeetingRow;
import org.redheart.reporting.domain.ReportContent.MeetingSection;
import org.redheart.reporting.domain.ReportContent.MonthValue;
import org.redheart.reporting.domain.ReportContent.NetworkPart;
import org.redheart.reporting.domain.ReportContent.PostRow;
import org.redheart.reporting.domain.ReportContent.SocialMedia;
import org.redheart.reporting.domain.ReportContent.Speaker;
import org.redheart.reporting.domain.ReportContent.ThemeFindings;
import org.redheart.reporting.domain.ReportContent.Unit;

class ReportRendererTest {
  private static final String HOSTILE_TITLE = "Dialogue <script>alert('x')</script> & \"friends\"";
  private static final String BANGLA_TOPIC = "শিশু পাচার প্রতিরোধে স্থানীয় সরকারের ভূমিকা";
  private static final List<String> SECTIONS_EN = List.of("Notes", "Headline figures", "Meetings", "The meetings one by one",
      "Findings by theme", "Action plans", "Social media", "The network", "Materials", "Recommendations", "Data to check");
  private static final List<String> SECTIONS_BN = List.of("টীকা", "প্রধান সংখ্যাসমূহ", "সভাসমূহ", "সভাগুলোর বিবরণ",
      "বিষয়ভিত্তিক পর্যবেক্ষণ", "কর্মপরিকল্পনা", "সামাজিক যোগাযোগমাধ্যম", "নেটওয়ার্ক", "উপকরণ", "সুপারিশসমূহ",
      "যাচাই করার মতো তথ্য");

  private final ReportRenderer renderer = new ReportRenderer(new DefaultDocuments());
  private final ReportContent content = fixture();
  private final Map<String, String> notes = Map.of("ATTENDANCE_DIFFERS_FROM_POST:m1:p1",
      "The post counted the volunteers too; the report's 42 is right.");

  // ------------------------------------------------------------------ DOCX

  @Test
  void writesTheSectionsAsHeadingsInOrderWithOneLevelTwoHeadingPerMeeting() throws Exception {
    try (XWPFDocument doc = reopen(renderer.docx(content, "en", notes))) {
      assertThat(headings(doc, "Heading1")).containsExactlyElementsOf(SECTIONS_EN);
      assertThat(headings(doc, "Heading2")).contains("12 Jul 2022 · " + HOSTILE_TITLE, "3 Sep 2022 · District dialogue, Khulna",
          "Engagement over time", "Members over time", "Members by country", "Members by category");
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Red Heart: Safe Childhood");
      assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("Results report");
      assertThat(text(doc)).contains("Period: 1 Jul 2022 to 30 Apr 2023", "Hashtag: #SafeChildhood");
    }
  }

  @Test
  void hasATableOfContentsFieldThatWordUpdatesOnOpen() throws Exception {
    try (XWPFDocument doc = reopen(renderer.docx(content, "en", notes))) {
      XWPFParagraph toc = doc.getParagraphs().stream().filter(p -> p.getCTP().sizeOfFldSimpleArray() > 0).findFirst().orElseThrow();
      assertThat(toc.getCTP().getFldSimpleArray(0).getInstr()).startsWith("TOC ");
      assertThat(doc.getSettings().getCTSettings().isSetUpdateFields()).isTrue();
    }
  }

  @Test
  void writesTheMeetingsTableWithItsHeaderAndOneRowPerMeeting() throws Exception {
    try (XWPFDocument doc = reopen(renderer.docx(content, "en", notes))) {
      XWPFTable meetings = tableWithHeader(doc, "Date", "Meeting", "Audience", "Venue", "Mode", "Attendance", "Speakers");
      assertThat(meetings.getRows()).hasSize(1 + content.meetings().size());
      assertThat(rowText(meetings, 1)).containsExactly("12 Jul 2022", HOSTILE_TITLE, "Union parishad members",
          "Dhaka", "on site", "42 persons", "Dr. Farida Akter, Rafiq Islam");
      assertThat(rowText(meetings, 2)).containsExactly("3 Sep 2022", "District dialogue, Khulna", "NGOs", "Khulna",
          "hybrid", "17 organisations", "Ayesha Siddiqua");
    }
  }

  @Test
  void writesThePostsTableWithBlankCellsForFiguresNotRecordedAndTotalsOverTheirPosts() throws Exception {
    try (XWPFDocument doc = reopen(renderer.docx(content, "en", notes))) {
      XWPFTable posts = tableWithHeader(doc, "Date", "Post", "Reactions", "Comments", "Shares", "Reach", "Engaged users");
      assertThat(posts.getRows()).hasSize(1 + 3 + 2);
      assertThat(rowText(posts, 2)).containsExactly("4 Sep 2022", "Khulna dialogue: 17 NGOs", "80", "", "5", "", "");
      assertThat(rowText(posts, 4)).containsExactly("Total", "", "1,320", "19", "42", "6,000", "450");
      assertThat(rowText(posts, 5)).containsExactly("", "", "over 3 posts", "over 2 posts", "over 3 posts", "over 2 posts",
          "over 2 posts");
    }
  }

  @Test
  void embedsTheEngagementAndMembersChartsAsPictures() throws Exception {
    try (XWPFDocument doc = reopen(renderer.docx(content, "en", notes))) {
      assertThat(doc.getAllPictures()).hasSize(2);
      assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getData()).startsWith(0x89, 'P', 'N', 'G'));
    }
  }

  @Test
  void listsTheDataToCheckWithTheNoteThatResolvesIt() throws Exception {
    try (XWPFDocument doc = reopen(renderer.docx(content, "en", notes))) {
      XWPFTable checks = tableWithHeader(doc, "Check", "Found", "Records", "Resolution");
      assertThat(rowText(checks, 1)).containsExactly("Attendance in the report differs from the post",
          "report: 42 persons; post: 45 participants", "Stakeholder dialogue; Facebook post of 13 Jul",
          "The post counted the volunteers too; the report's 42 is right.");
      assertThat(rowText(checks, 2).get(0)).isEqualTo("Post dated before its meeting");
      assertThat(rowText(checks, 2).get(3)).isEqualTo("Open: to resolve before approval");
    }
  }

  @Test
  void everyRunCarriesTheBengaliComplexScriptFontAndTheBnBdLanguage() throws Exception {
    for (String language : List.of("en", "bn")) {
      try (XWPFDocument doc = reopen(renderer.docx(content, language, notes))) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        assertThat(runs).hasSizeGreaterThan(100);
        assertThat(runs).allSatisfy(run -> {
          assertThat(run.getCTR().getRPr().getRFontsArray(0).getCs()).isEqualTo("Noto Sans Bengali");
          assertThat(run.getCTR().getRPr().getLangArray(0).getBidi()).isEqualTo("bn-BD");
          assertThat(run.getCTR().getRPr().getLangArray(0).getVal()).isEqualTo("bn-BD");
        });
      }
    }
  }

  @Test
  void writesBanglaLabelsAndBengaliDigitsAndKeepsContentAsEntered() throws Exception {
    try (XWPFDocument doc = reopen(renderer.docx(content, "bn", notes))) {
      assertThat(headings(doc, "Heading1")).containsExactlyElementsOf(SECTIONS_BN);
      assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("ফলাফল প্রতিবেদন");
      XWPFTable meetings = tableWithHeader(doc, "তারিখ", "সভা", "অংশগ্রহণকারী গোষ্ঠী", "স্থান", "ধরন", "উপস্থিতি", "বক্তা");
      assertThat(rowText(meetings, 1)).containsExactly("১২ জুলাই ২০২২", HOSTILE_TITLE, "Union parishad members",
          "Dhaka", "সরাসরি", "৪২ ব্যক্তি", "Dr. Farida Akter, Rafiq Islam");
      XWPFTable posts = tableWithHeader(doc, "তারিখ", "পোস্ট", "প্রতিক্রিয়া", "মন্তব্য", "শেয়ার", "রিচ", "সাড়া দেওয়া ব্যবহারকারী");
      assertThat(rowText(posts, 4)).containsExactly("মোট", "", "১,৩২০", "১৯", "৪২", "৬,০০০", "৪৫০");
      assertThat(text(doc)).contains("সময়কাল: ১ জুলাই ২০২২ থেকে ৩০ এপ্রিল ২০২৩", BANGLA_TOPIC,
          "উপস্থিতি গণনা করা হয় ব্যক্তি অথবা সংস্থা হিসেবে");
    }
  }

  @Test
  void putsTheGeneratedAndApprovedLinesOnTheTitlePage() throws Exception {
    var imprint = new ReportRenderer.Imprint(Instant.parse("2023-05-02T04:00:00Z"), "Supervisor A",
        Instant.parse("2023-05-03T05:00:00Z"), "Supervisor B", "ab12");
    try (XWPFDocument doc = reopen(renderer.docx(content, "en", notes, imprint))) {
      assertThat(text(doc)).contains("Generated on 2 May 2023 by Supervisor A", "Approved on 3 May 2023 by Supervisor B",
          "Content hash (SHA-256): ab12");
    }
    var draft = new ReportRenderer.Imprint(Instant.parse("2023-05-02T04:00:00Z"), "Supervisor A", null, null, null);
    try (XWPFDocument doc = reopen(renderer.docx(content, "bn", notes, draft))) {
      assertThat(text(doc)).contains("২ মে ২০২৩ তারিখে Supervisor A তৈরি করেছেন", "খসড়া: এখনও অনুমোদিত নয়");
    }
  }

  @Test
  void rejectsALanguageItCannotWrite() {
    assertThatThrownBy(() -> renderer.docx(content, "fr", notes)).isInstanceOf(InvalidInput.class)
        .extracting(e -> ((InvalidInput) e).getMessage()).asString().contains("language");
  }

  // ------------------------------------------------------------------ HTML

  @Test
  void linksEveryFigureToTheListOfItsRecords() {
    String html = renderer.html(content, "en", notes, key -> "/reports/sources.xhtml?id=r1&figure=" + key);
    var page = Jsoup.parse(html);
    List<Figure> figures = allFigures(content);
    assertThat(figures).hasSizeGreaterThan(20);
    for (Figure f : figures) {
      var links = page.select("a.figure[data-figure=" + f.key() + "]");
      assertThat(links).as(f.key()).isNotEmpty();
      assertThat(links).allSatisfy(a -> assertThat(a.attr("href")).isEqualTo("/reports/sources.xhtml?id=r1&figure=" + f.key()));
    }
    assertThat(page.select("a.figure").eachAttr("data-figure")).allSatisfy(k ->
        assertThat(figures.stream().map(Figure::key)).contains(k));
    Element persons = page.selectFirst("a.figure[data-figure=attendance.persons]");
    assertThat(persons.text()).isEqualTo("42");
  }

  @Test
  void keepsAHostileTitleAsText() {
    String html = renderer.html(content, "en", notes, key -> "/x?figure=" + key);
    var page = Jsoup.parse(html);
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("[style]")).isEmpty();
    assertThat(page.select("[onclick], [onload], [onerror]")).isEmpty();
    assertThat(html).doesNotContain("<script").contains("Dialogue &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
    assertThat(page.select("h3").eachText()).contains("12 Jul 2022 · " + HOSTILE_TITLE);
    assertThat(page.select("table.report-table td").eachText()).contains(HOSTILE_TITLE);
  }

  @Test
  void escapesFigureLinksAndLinksTheStylesheet() {
    String html = renderer.html(content, "en", notes, key -> "/api/reports/r1/figures/" + key + "?a=1&b=\"2\"", null,
        "/app/resources/css/report.css");
    var page = Jsoup.parse(html);
    assertThat(page.selectFirst("a.figure[data-figure=posts.count]").attr("href")).isEqualTo("/api/reports/r1/figures/posts.count?a=1&b=\"2\"");
    assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/app/resources/css/report.css");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void drawsChartsAsPngImagesTheStrictCspAllows() throws Exception {
    var page = Jsoup.parse(renderer.html(content, "bn", notes, key -> "/x?figure=" + key));
    var charts = page.select("figure.report-chart img");
    assertThat(charts).hasSize(2);
    for (Element img : charts) {
      assertThat(img.attr("src")).startsWith("data:image/png;base64,");
      byte[] png = Base64.getDecoder().decode(img.attr("src").substring("data:image/png;base64,".length()));
      var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(640);
      assertThat(img.attr("alt")).endsWith("(চার্ট)");
    }
    assertThat(page.select("figure.report-chart figcaption").eachText()).containsExactly("সময়ের সঙ্গে সাড়া", "সময়ের সঙ্গে সদস্য");
  }

  @Test
  void writesTheSameSectionsInHtmlWithAContentsListLinkingToThem() {
    var page = Jsoup.parse(renderer.html(content, "bn", notes, key -> "/x?figure=" + key));
    assertThat(page.select("main > h2").eachText()).containsExactlyElementsOf(SECTIONS_BN);
    var tocLinks = page.select("nav.report-toc a");
    assertThat(tocLinks).isNotEmpty();
    for (Element a : tocLinks) {
      assertThat(page.getElementById(a.attr("href").substring(1))).isNotNull();
    }
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("bn");
    assertThat(page.text()).contains("মোট", "১,৩২০", "৩টি পোস্টের ওপর", "The post counted the volunteers too");
  }

  // ------------------------------------------------------------------ labels

  @Test
  void hasTheSameLabelKeysInEnglishAndBangla() throws Exception {
    Properties en = ReportLabels.load("en");
    Properties bn = ReportLabels.load("bn");
    assertThat(bn.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.stringPropertyNames()).allSatisfy(k -> assertThat(k).startsWith("report."));
    long copied = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(bn.getProperty(k)) && en.getProperty(k).matches(".*[a-z]{4}.*")).count();
    assertThat(copied).as("English copied into the Bangla labels").isZero();
  }

  // ------------------------------------------------------------------ fixture

  private static XWPFDocument reopen(byte[] docx) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static List<String> headings(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
  }

  private static String text(XWPFDocument doc) {
    StringBuilder b = new StringBuilder();
    doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
    doc.getTables().forEach(t -> b.append(t.getText()).append('\n'));
    return b.toString();
  }

  private static XWPFTable tableWithHeader(XWPFDocument doc, String... header) {
    return doc.getTables().stream().filter(t -> rowText(t, 0).equals(List.of(header))).findFirst()
        .orElseThrow(() -> new AssertionError("no table with header " + List.of(header)));
  }

  private static List<String> rowText(XWPFTable table, int row) {
    return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  static List<Figure> allFigures(ReportContent c) {
    List<Figure> all = new ArrayList<>();
    Headline h = c.headline();
    all.addAll(h.meetingsByKind().values());
    all.addAll(List.of(h.attendancePersons(), h.attendanceOrganisations(), h.speakingSlots(), h.distinctSpeakers()));
    all.addAll(h.slotsByJoining().values());
    all.addAll(h.speakersByCountry().values());
    all.addAll(List.of(h.membersAtEnd(), h.membersJoined(), h.posts()));
    all.addAll(h.postTotals().values());
    all.addAll(List.of(h.materialsProduced(), h.copiesPrinted(), h.copiesDistributed()));
    all.addAll(c.social().totals().values());
    all.addAll(c.network().byCountry().values());
    all.addAll(c.network().byCategory().values());
    all.addAll(List.of(c.materials().produced(), c.materials().printed(), c.materials().distributed()));
    return all;
  }

  private static Figure count(String key, String kind, String... labels) {
    List<SourceRecord> sources = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      sources.add(new SourceRecord(kind, kind + i, labels[i], null));
    }
    return new Figure(key, (long) labels.length, labels.length, sources);
  }

  private static Figure sum(String key, String kind, Long... values) {
    List<SourceRecord> sources = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        sources.add(new SourceRecord(kind, kind + i, kind + " " + i, values[i]));
        total += values[i];
      }
    }
    return new Figure(key, sources.isEmpty() ? null : total, sources.size(), sources);
  }

  static ReportContent fixture() {
    Map<String, Figure> byKind = new LinkedHashMap<>();
    byKind.put("STAKEHOLDER", count("meetings.held.STAKEHOLDER", "meeting", HOSTILE_TITLE, "District dialogue, Khulna"));
    Map<String, Figure> byJoining = new LinkedHashMap<>();
    byJoining.put("ON_SITE", count("slots.joined.ON_SITE", "speaker-slot", "Dr. Farida Akter", "Ayesha Siddiqua"));
    byJoining.put("ONLINE", count("slots.joined.ONLINE", "speaker-slot", "Rafiq Islam"));
    byJoining.put("UNKNOWN", new Figure("slots.joined.UNKNOWN", 0L, 0, List.of()));
    Map<String, Figure> byCountry = new LinkedHashMap<>();
    byCountry.put("Bangladesh", count("speakers.country.BD", "speaker", "Dr. Farida Akter", "Ayesha Siddiqua"));
    byCountry.put("India", count("speakers.country.IN", "speaker", "Rafiq Islam"));
    Map<String, Figure> postTotals = new LinkedHashMap<>();
    postTotals.put("reactions", sum("posts.reactions", "post", 1200L, 80L, 40L));
    postTotals.put("comments", sum("posts.comments", "post", 15L, null, 4L));
    postTotals.put("shares", sum("posts.shares", "post", 30L, 5L, 7L));
    postTotals.put("reach", sum("posts.reach", "post", 5000L, null, 1000L));
    postTotals.put("engaged", sum("posts.engaged", "post", 400L, null, 50L));
    Headline headline = new Headline(byKind,
        sum("attendance.persons", "meeting", 42L), sum("attendance.organisations", "meeting", 17L),
        count("speaking.slots", "speaker-slot", "Dr. Farida Akter", "Rafiq Islam", "Ayesha Siddiqua"),
        count("speakers.distinct", "speaker", "Dr. Farida Akter", "Rafiq Islam", "Ayesha Siddiqua"),
        byJoining, byCountry,
        count("members.end", "member", "Shapla Nari Sangstha", "Jahid Hasan", "Coast Trust", "Mitali Das"),
        count("members.joined", "member", "Coast Trust", "Mitali Das"),
        count("posts.count", "post", "Jul post", "Sep post", "Aug post"), postTotals,
        count("materials.produced", "material", "Issue brief"),
        sum("materials.printed", "print-run", 500L, 300L), sum("materials.distributed", "print-run", 420L));
    List<MeetingRow> meetings = List.of(
        new MeetingRow("m1", LocalDate.of(2022, 7, 12), HOSTILE_TITLE, "STAKEHOLDER", "Union parishad members", "Dhaka",
            "ONSITE", 42L, Unit.PERSONS, List.of("Dr. Farida Akter", "Rafiq Islam")),
        new MeetingRow("m2", LocalDate.of(2022, 9, 3), "District dialogue, Khulna", "STAKEHOLDER", "NGOs", "Khulna",
            "HYBRID", 17L, Unit.ORGANISATIONS, List.of("Ayesha Siddiqua")));
    List<MeetingSection> sections = List.of(
        new MeetingSection("m1", HOSTILE_TITLE, LocalDate.of(2022, 7, 12), "REPORT",
            List.of(new Speaker("Dr. Farida Akter", "SPEAKER", "Dhaka University", "Bangladesh", BANGLA_TOPIC, Joining.ON_SITE, false),
                new Speaker("Rafiq Islam", "SPEAKER", "Aparajeyo", "India", "Reintegration", Joining.ONLINE, false),
                new Speaker("Nasrin Sultana", "CHAIR", "Red Heart", "Bangladesh", null, null, true)),
            List.of(new Group("1", "Prevention in schools", "PREV", List.of("Teachers are not trained", "No referral path"),
                List.of("Train 20 teachers by December"))),
            List.of("The meeting opened with a minute of silence.", "প্রতিবেদনের দ্বিতীয় অনুচ্ছেদ।")),
        new MeetingSection("m2", "District dialogue, Khulna", LocalDate.of(2022, 9, 3), "PAST",
            List.of(new Speaker("Ayesha Siddiqua", "SPEAKER", "Coast Trust", "Bangladesh", "Border districts", Joining.ON_SITE, false)),
            List.of(), List.of()));
    List<ThemeFindings> findings = List.of(new ThemeFindings("PREV", "Prevention in schools",
        List.of("Teachers are not trained", "No referral path"), List.of("m1")));
    List<ActionPlanRow> plans = List.of(new ActionPlanRow("a1", "m1", "Train 20 teachers by December", "Shapla Nari Sangstha",
        "OPEN", LocalDate.of(2022, 12, 31)));
    PostRow jul = new PostRow("p1", LocalDate.of(2022, 7, 13), "Dhaka dialogue with union parishads", "m1", null, 1200L, 15L, 30L, 5000L, 400L);
    PostRow sep = new PostRow("p2", LocalDate.of(2022, 9, 4), "Khulna dialogue: 17 NGOs", "m2", null, 80L, null, 5L, null, null);
    PostRow aug = new PostRow("p3", LocalDate.of(2022, 8, 20), "Issue brief launched", null, null, 40L, 4L, 7L, 1000L, 50L);
    SocialMedia social = new SocialMedia(List.of(jul, sep, aug), postTotals, List.of(jul, aug),
        List.of(new MonthValue(YearMonth.of(2022, 7), 400L), new MonthValue(YearMonth.of(2022, 8), 50L),
            new MonthValue(YearMonth.of(2022, 9), null)));
    Map<String, Figure> netCountry = new LinkedHashMap<>();
    netCountry.put("Bangladesh", count("network.country.BD", "member", "Shapla Nari Sangstha", "Jahid Hasan", "Coast Trust"));
    netCountry.put("India", count("network.country.IN", "member", "Mitali Das"));
    Map<String, Figure> netCategory = new LinkedHashMap<>();
    netCategory.put("NGOs", count("network.category.1", "member", "Shapla Nari Sangstha", "Coast Trust"));
    netCategory.put("Journalists", count("network.category.2", "member", "Jahid Hasan", "Mitali Das"));
    NetworkPart network = new NetworkPart(List.of(new MonthValue(YearMonth.of(2022, 7), 2L), new MonthValue(YearMonth.of(2022, 8), 4L)),
        netCountry, netCategory);
    MaterialsPart materials = new MaterialsPart(List.of(new MaterialRow("mat1", "Issue brief", "ISSUE_BRIEF", "PRINTED", 800, 420)),
        headline.materialsProduced(), headline.copiesPrinted(), headline.copiesDistributed());
    List<DataCheck> checks = List.of(
        new DataCheck("ATTENDANCE_DIFFERS_FROM_POST:m1:p1", "ATTENDANCE_DIFFERS_FROM_POST", "m1", "p1",
            "report: 42 persons; post: 45 participants",
            List.of(new SourceRecord("meeting", "m1", "Stakeholder dialogue", 42L), new SourceRecord("post", "p1", "Facebook post of 13 Jul", 45L))),
        new DataCheck("POST_BEFORE_MEETING:m2:p9", "POST_BEFORE_MEETING", "m2", "p9", "post 1 Sep 2022; meeting 3 Sep 2022",
            List.of(new SourceRecord("post", "p9", "Save the date", null))));
    return new ReportContent("c1", "Red Heart: Safe Childhood", "#SafeChildhood", LocalDate.of(2022, 7, 1), LocalDate.of(2023, 4, 30),
        headline, meetings, sections, findings, plans, social, network, materials,
        List.of("Every union parishad names a child protection focal person.", "স্কুলে শিশু সুরক্ষা কমিটি গঠন করা।"), checks);
  }
}

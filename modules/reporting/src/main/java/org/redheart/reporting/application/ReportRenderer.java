package org.redheart.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redheart.platform.api.Documents;
import org.redheart.platform.api.Documents.Bar;
import org.redheart.platform.api.Documents.BarChart;
import org.redheart.reporting.api.SourceRecord;
import org.redheart.reporting.domain.ReportContent;
import org.redheart.reporting.domain.ReportContent.ActionPlanRow;
import org.redheart.reporting.domain.ReportContent.DataCheck;
import org.redheart.reporting.domain.ReportContent.Figure;
import org.redheart.reporting.domain.ReportContent.Group;
import org.redheart.reporting.domain.ReportContent.Headline;
import org.redheart.reporting.domain.ReportContent.MaterialRow;
import org.redheart.reporting.domain.ReportContent.MeetingRow;
import org.redheart.reporting.domain.ReportContent.MeetingSection;
import org.redheart.reporting.domain.ReportContent.MonthValue;
import org.redheart.reporting.domain.ReportContent.PostRow;
import org.redheart.reporting.domain.ReportContent.Speaker;
import org.redheart.reporting.domain.ReportContent.ThemeFindings;

/**
 * Renders a {@link ReportContent} as a Word document (through the platform {@link Documents}: headings,
 * a TOC field, tables, charts as PNG, every run in the Bengali font and bn-BD) or as a standalone HTML
 * page in which every figure links to the list of its records (charts as PNG images in data: URLs). Labels come from
 * {@code reporting/labels_<lang>.properties}; content is shown as entered; figures and dates in Bengali
 * digits in Bangla.
 *
 * <p>Sections, in order: title page, contents, notes (the definitions), headline figures, meetings
 * table, one section per meeting, findings by theme, action plans, social media, the network,
 * materials, recommendations, data to check (with the notes that resolve them, by check key).
 *
 * <p>Post totals ({@code SocialMedia.totals}, {@code Headline.postTotals}) are matched to the posts
 * table's columns by their map key or figure key ending in reactions, comments, shares, reach or
 * engaged (e.g. "reactions", "posts.engagedUsers"); any other total is listed too, under its key.
 */
@ApplicationScoped
public class ReportRenderer {
  static final int CHART_WIDTH = 640;
  static final int CHART_HEIGHT = 320;
  static final String DEFAULT_STYLESHEET = "/resources/css/report.css";
  static final List<String> POST_COLUMNS = List.of("reactions", "comments", "shares", "reach", "engaged");

  @Inject Documents documents;

  protected ReportRenderer() {}

  public ReportRenderer(Documents documents) {
    this.documents = documents;
  }

  /** Who generated and who approved the version rendered, for the title page; null fields are left out. */
  public record Imprint(Instant generatedAt, String generatedBy, Instant approvedAt, String approvedBy, String contentHash) {}

  public byte[] docx(ReportContent content, String language, Map<String, String> checkNotes) {
    return docx(content, language, checkNotes, null);
  }

  public byte[] docx(ReportContent content, String language, Map<String, String> checkNotes, Imprint imprint) {
    ReportLabels l = ReportLabels.of(language);
    DocxOut out = new DocxOut(documents, l);
    write(content, l, checkNotes, imprint, out);
    return documents.docx(new Documents.Document(nz(content.campaignName()), out.blocks));
  }

  public String html(ReportContent content, String language, Map<String, String> checkNotes,
      Function<String, String> figureLink) {
    return html(content, language, checkNotes, figureLink, null, DEFAULT_STYLESHEET);
  }

  /** The HTML page; {@code stylesheet} is the reporting CSS's URL (with the app's context path). */
  public String html(ReportContent content, String language, Map<String, String> checkNotes,
      Function<String, String> figureLink, Imprint imprint, String stylesheet) {
    Objects.requireNonNull(figureLink, "figureLink");
    ReportLabels l = ReportLabels.of(language);
    HtmlOut out = new HtmlOut(documents, l, figureLink);
    write(content, l, checkNotes, imprint, out);
    return out.page(l.get("report.title") + " · " + nz(content.campaignName()), stylesheet);
  }

  // ---------------------------------------------------------------- the report, whatever the format

  private static void write(ReportContent c, ReportLabels l, Map<String, String> notes, Imprint imprint, Out out) {
    Map<String, String> checkNotes = notes == null ? Map.of() : notes;
    titlePage(c, l, imprint, out);
    out.toc(l.get("report.toc"), l.get("report.toc.placeholder"));
    out.pageBreak();

    out.heading(l.get("report.notes"), 1);
    out.paragraph(l.get("report.notes.intro"));
    out.bullets(List.of(l.get("report.notes.1"), l.get("report.notes.2"), l.get("report.notes.3"),
        l.get("report.notes.4"), l.get("report.notes.5")));
    out.linksNote(l.get("report.notes.links"));

    headline(c.headline(), l, out);
    meetingsTable(c.meetings(), l, out);
    sections(c.sections(), l, out);
    findings(c, l, out);
    actionPlans(c, l, out);
    social(c, l, out);
    network(c, l, out);
    materials(c, l, out);

    out.heading(l.get("report.recommendations"), 1);
    if (list(c.recommendations()).isEmpty()) {
      out.paragraph(l.get("report.recommendations.none"));
    } else {
      out.bullets(c.recommendations());
    }
    checks(c, l, checkNotes, out);
  }

  private static void titlePage(ReportContent c, ReportLabels l, Imprint imprint, Out out) {
    out.title(l.get("report.title"), nz(c.campaignName()));
    out.paragraph(l.get("report.period", l.date(c.from()), l.date(c.to())));
    if (c.hashtag() != null && !c.hashtag().isBlank()) {
      out.paragraph(l.get("report.hashtag", c.hashtag()));
    }
    if (imprint != null) {
      if (imprint.generatedAt() != null) {
        out.paragraph(imprint.generatedBy() == null ? l.get("report.generatedOn", l.date(imprint.generatedAt()))
            : l.get("report.generated", l.date(imprint.generatedAt()), imprint.generatedBy()));
      }
      out.paragraph(imprint.approvedAt() == null ? l.get("report.draft")
          : l.get("report.approved", l.date(imprint.approvedAt()), nz(imprint.approvedBy())));
      if (imprint.contentHash() != null) {
        out.paragraph(l.get("report.hash", imprint.contentHash()));
      }
    }
  }

  private static void headline(Headline h, ReportLabels l, Out out) {
    out.heading(l.get("report.headline"), 1);
    if (h == null) {
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    map(h.meetingsByKind()).forEach((kind, f) -> rows.add(figureRow(l.get("report.fig.meetingsHeld", l.code("report.kind.", kind)), f, l)));
    addFigure(rows, l.get("report.fig.attendancePersons"), h.attendancePersons(), l);
    addFigure(rows, l.get("report.fig.attendanceOrganisations"), h.attendanceOrganisations(), l);
    addFigure(rows, l.get("report.fig.speakingSlots"), h.speakingSlots(), l);
    addFigure(rows, l.get("report.fig.distinctSpeakers"), h.distinctSpeakers(), l);
    map(h.slotsByJoining()).forEach((j, f) -> rows.add(figureRow(l.get("report.fig.slotsJoined", l.code("report.joining.", j)), f, l)));
    map(h.speakersByCountry()).forEach((country, f) -> rows.add(figureRow(l.get("report.fig.speakersCountry", country), f, l)));
    addFigure(rows, l.get("report.fig.membersAtEnd"), h.membersAtEnd(), l);
    addFigure(rows, l.get("report.fig.membersJoined"), h.membersJoined(), l);
    addFigure(rows, l.get("report.fig.posts"), h.posts(), l);
    map(h.postTotals()).forEach((key, f) -> rows.add(postTotalRow(key, f, l)));
    addFigure(rows, l.get("report.fig.materialsProduced"), h.materialsProduced(), l);
    addFigure(rows, l.get("report.fig.copiesPrinted"), h.copiesPrinted(), l);
    addFigure(rows, l.get("report.fig.copiesDistributed"), h.copiesDistributed(), l);
    out.table(List.of(l.get("report.col.figure"), l.get("report.col.value"), l.get("report.col.over")), rows);
  }

  private static List<Cell> postTotalRow(String key, Figure f, ReportLabels l) {
    String column = postColumn(key, f);
    String label = l.get("report.fig.postTotal", column == null ? key : l.get("report.col." + column));
    return List.of(Cell.text(label), Cell.figure(l.number(f.value()), f.key()), Cell.text(l.get("report.overPosts", l.digits(String.valueOf(f.over())))));
  }

  private static void addFigure(List<List<Cell>> rows, String label, Figure f, ReportLabels l) {
    if (f != null) {
      rows.add(figureRow(label, f, l));
    }
  }

  private static List<Cell> figureRow(String label, Figure f, ReportLabels l) {
    return List.of(Cell.text(label), Cell.figure(l.number(f.value()), f.key()),
        Cell.text(l.get("report.over", l.digits(String.valueOf(f.over())))));
  }

  private static void meetingsTable(List<MeetingRow> meetings, ReportLabels l, Out out) {
    out.heading(l.get("report.meetings"), 1);
    List<List<Cell>> rows = new ArrayList<>();
    for (MeetingRow m : list(meetings)) {
      String attendance = m.attendance() == null ? "" : l.cell(m.attendance()) + (m.unit() == null ? "" : " " + l.get("report.unit." + m.unit().name()));
      rows.add(cells(l.date(m.date()), m.title(), m.audience(), m.venue(), l.code("report.mode.", m.mode()), attendance,
          String.join(", ", list(m.speakerNames()))));
    }
    out.table(List.of(l.get("report.col.date"), l.get("report.col.meeting"), l.get("report.col.audience"), l.get("report.col.venue"),
        l.get("report.col.mode"), l.get("report.col.attendance"), l.get("report.col.speakers")), rows);
  }

  private static void sections(List<MeetingSection> sections, ReportLabels l, Out out) {
    out.heading(l.get("report.sections"), 1);
    for (MeetingSection s : list(sections)) {
      out.heading(l.date(s.date()) + " · " + nz(s.title()), 2);
      if (s.source() != null && !s.source().isBlank()) {
        String label = l.code("report.source.", s.source());
        out.paragraph(label.equals(s.source()) ? l.get("report.source.other", s.source()) : label);
      }
      List<Speaker> speakers = list(s.speakers()).stream().filter(sp -> !sp.chairOrHost()).toList();
      List<Speaker> chairs = list(s.speakers()).stream().filter(Speaker::chairOrHost).toList();
      out.heading(l.get("report.speakers"), 3);
      if (speakers.isEmpty()) {
        out.paragraph(l.get("report.noSpeakers"));
      } else {
        speakerTable(speakers, l, out);
      }
      if (!chairs.isEmpty()) {
        out.heading(l.get("report.chairs"), 3);
        speakerTable(chairs, l, out);
      }
      out.heading(l.get("report.groups"), 3);
      if (list(s.groups()).isEmpty()) {
        out.paragraph(l.get("report.noGroups"));
      }
      for (Group g : list(s.groups())) {
        out.subheading(l.get("report.group", nz(g.name())));
        if (g.theme() != null && !g.theme().isBlank()) {
          out.paragraph(l.get("report.theme", (g.themeCode() == null || g.themeCode().isBlank() ? "" : g.themeCode() + " · ") + g.theme()));
        }
        if (!list(g.challenges()).isEmpty()) {
          out.paragraph(l.get("report.challenges"));
          out.bullets(g.challenges());
        }
        if (!list(g.actionPlans()).isEmpty()) {
          out.paragraph(l.get("report.actionPlans"));
          out.bullets(g.actionPlans());
        }
      }
      if (!list(s.reportParagraphs()).isEmpty()) {
        out.heading(l.get("report.paragraphs"), 3);
        s.reportParagraphs().forEach(out::paragraph);
      }
    }
  }

  private static void speakerTable(List<Speaker> speakers, ReportLabels l, Out out) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Speaker sp : speakers) {
      rows.add(cells(sp.name(), l.code("report.role.", sp.role()), sp.organisation(), sp.country(), sp.topic(),
          sp.joining() == null ? l.get("report.joining.UNKNOWN") : l.get("report.joining." + sp.joining().name())));
    }
    out.table(List.of(l.get("report.col.name"), l.get("report.col.role"), l.get("report.col.organisation"),
        l.get("report.col.country"), l.get("report.col.topic"), l.get("report.col.joined")), rows);
  }

  private static void findings(ReportContent c, ReportLabels l, Out out) {
    out.heading(l.get("report.findings"), 1);
    Map<String, String> titles = meetingTitles(c, l);
    if (list(c.findingsByTheme()).isEmpty()) {
      out.paragraph(l.get("report.findings.none"));
    }
    for (ThemeFindings t : list(c.findingsByTheme())) {
      String code = t.themeCode() == null || t.themeCode().isBlank() ? "" : t.themeCode() + " · ";
      out.heading(code + nz(t.theme()), 2);
      out.bullets(list(t.challenges()));
      if (!list(t.meetingIds()).isEmpty()) {
        out.paragraph(l.get("report.findings.meetings",
            t.meetingIds().stream().map(id -> titles.getOrDefault(id, id)).collect(Collectors.joining("; "))));
      }
    }
  }

  private static void actionPlans(ReportContent c, ReportLabels l, Out out) {
    out.heading(l.get("report.plans"), 1);
    if (list(c.actionPlans()).isEmpty()) {
      out.paragraph(l.get("report.plans.none"));
      return;
    }
    Map<String, String> titles = meetingTitles(c, l);
    List<List<Cell>> rows = new ArrayList<>();
    for (ActionPlanRow a : c.actionPlans()) {
      rows.add(cells(titles.getOrDefault(a.meetingId(), nz(a.meetingId())), a.action(), a.owner(),
          l.code("report.status.", a.status()), l.date(a.dueOn())));
    }
    out.table(List.of(l.get("report.col.meeting"), l.get("report.col.action"), l.get("report.col.owner"),
        l.get("report.col.status"), l.get("report.col.due")), rows);
  }

  private static void social(ReportContent c, ReportLabels l, Out out) {
    out.heading(l.get("report.social"), 1);
    var s = c.social();
    if (s == null || list(s.posts()).isEmpty()) {
      out.paragraph(l.get("report.social.none"));
      if (s == null) {
        return;
      }
    }
    List<String> header = new ArrayList<>(List.of(l.get("report.col.date"), l.get("report.col.summary")));
    POST_COLUMNS.forEach(col -> header.add(l.get("report.col." + col)));
    List<List<Cell>> rows = new ArrayList<>();
    for (PostRow p : list(s.posts())) {
      rows.add(postCells(p, l));
    }
    Map<String, Figure> byColumn = new LinkedHashMap<>();
    List<Map.Entry<String, Figure>> other = new ArrayList<>();
    map(s.totals()).forEach((key, f) -> {
      String column = postColumn(key, f);
      if (column != null && !byColumn.containsKey(column)) {
        byColumn.put(column, f);
      } else {
        other.add(Map.entry(key, f));
      }
    });
    if (!list(s.posts()).isEmpty()) {
      List<Cell> total = new ArrayList<>(List.of(Cell.text(l.get("report.totals")), Cell.text("")));
      for (String col : POST_COLUMNS) {
        Figure f = byColumn.get(col);
        total.add(f == null ? Cell.text("") : Cell.figure(l.cell(f.value()), f.key()));
      }
      rows.add(total);
      List<Cell> over = new ArrayList<>(List.of(Cell.text(""), Cell.text("")));
      for (String col : POST_COLUMNS) {
        Figure f = byColumn.get(col);
        over.add(Cell.text(f == null ? "" : l.get("report.overPosts", l.digits(String.valueOf(f.over())))));
      }
      rows.add(over);
      out.table(header, rows);
      out.paragraph(l.get("report.social.note"));
    }
    if (!other.isEmpty()) {
      out.heading(l.get("report.social.totals"), 2);
      List<List<Cell>> totals = new ArrayList<>();
      other.forEach(e -> totals.add(postTotalRow(e.getKey(), e.getValue(), l)));
      out.table(List.of(l.get("report.col.figure"), l.get("report.col.value"), l.get("report.col.over")), totals);
    }
    if (!list(s.mostEngaged()).isEmpty()) {
      out.heading(l.get("report.social.mostEngaged"), 2);
      out.table(header, s.mostEngaged().stream().map(p -> postCells(p, l)).toList());
    }
    if (!list(s.engagementByMonth()).isEmpty()) {
      out.heading(l.get("report.social.chart"), 2);
      out.chart(chart(l.get("report.social.chart"), l.get("report.social.chart.value"), s.engagementByMonth(), l));
    }
  }

  private static List<Cell> postCells(PostRow p, ReportLabels l) {
    return cells(l.date(p.publishedOn()), p.summary(), l.cell(p.reactions()), l.cell(p.comments()), l.cell(p.shares()),
        l.cell(p.reach()), l.cell(p.engagedUsers()));
  }

  /** The posts-table column a total belongs to, by its map key or figure key; null when none. */
  static String postColumn(String mapKey, Figure f) {
    for (String candidate : new String[] {mapKey, f == null ? null : f.key()}) {
      if (candidate == null) {
        continue;
      }
      String k = candidate.toLowerCase(Locale.ROOT);
      String last = k.substring(k.lastIndexOf('.') + 1);
      for (String col : POST_COLUMNS) {
        if (last.equals(col) || last.startsWith(col)) {
          return col;
        }
      }
    }
    return null;
  }

  private static void network(ReportContent c, ReportLabels l, Out out) {
    out.heading(l.get("report.network"), 1);
    var n = c.network();
    if (n == null) {
      return;
    }
    if (!list(n.membersByMonth()).isEmpty()) {
      out.heading(l.get("report.network.chart"), 2);
      out.chart(chart(l.get("report.network.chart"), l.get("report.network.chart.value"), n.membersByMonth(), l));
    }
    if (!map(n.byCountry()).isEmpty()) {
      out.heading(l.get("report.network.byCountry"), 2);
      out.table(List.of(l.get("report.col.country2"), l.get("report.col.members")), figureRows(n.byCountry(), l));
    }
    if (!map(n.byCategory()).isEmpty()) {
      out.heading(l.get("report.network.byCategory"), 2);
      out.table(List.of(l.get("report.col.category"), l.get("report.col.members")), figureRows(n.byCategory(), l));
    }
  }

  private static List<List<Cell>> figureRows(Map<String, Figure> figures, ReportLabels l) {
    List<List<Cell>> rows = new ArrayList<>();
    figures.forEach((label, f) -> rows.add(List.of(Cell.text(label), Cell.figure(l.number(f.value()), f.key()))));
    return rows;
  }

  private static void materials(ReportContent c, ReportLabels l, Out out) {
    out.heading(l.get("report.materials"), 1);
    var m = c.materials();
    if (m == null) {
      out.paragraph(l.get("report.materials.none"));
      return;
    }
    List<List<Cell>> figures = new ArrayList<>();
    addFigure(figures, l.get("report.fig.materialsProduced"), m.produced(), l);
    addFigure(figures, l.get("report.fig.copiesPrinted"), m.printed(), l);
    addFigure(figures, l.get("report.fig.copiesDistributed"), m.distributed(), l);
    if (!figures.isEmpty()) {
      out.table(List.of(l.get("report.col.figure"), l.get("report.col.value"), l.get("report.col.over")), figures);
    }
    if (list(m.rows()).isEmpty()) {
      out.paragraph(l.get("report.materials.none"));
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (MaterialRow r : m.rows()) {
      rows.add(cells(r.title(), l.code("report.materialKind.", r.kind()), l.code("report.materialStatus.", r.status()),
          l.cell(r.printed()), l.cell(r.distributed())));
    }
    out.table(List.of(l.get("report.col.title"), l.get("report.col.kind"), l.get("report.col.status"),
        l.get("report.col.printed"), l.get("report.col.distributed")), rows);
  }

  private static void checks(ReportContent c, ReportLabels l, Map<String, String> notes, Out out) {
    out.heading(l.get("report.checks"), 1);
    if (list(c.dataToCheck()).isEmpty()) {
      out.paragraph(l.get("report.checks.none"));
      return;
    }
    out.paragraph(l.get("report.checks.intro"));
    List<List<Cell>> rows = new ArrayList<>();
    for (DataCheck d : c.dataToCheck()) {
      String note = notes.get(d.key());
      String records = list(d.sources()).stream().map(ReportRenderer::sourceLabel).collect(Collectors.joining("; "));
      rows.add(cells(l.code("report.check.", d.kind()), d.found(), records,
          note == null || note.isBlank() ? l.get("report.check.open") : note));
    }
    out.table(List.of(l.get("report.col.check"), l.get("report.col.found"), l.get("report.col.records"),
        l.get("report.col.note")), rows);
  }

  private static String sourceLabel(SourceRecord s) {
    return s.label() == null || s.label().isBlank() ? nz(s.kind()) + " " + nz(s.id()) : s.label();
  }

  private static BarChart chart(String title, String valueLabel, List<MonthValue> months, ReportLabels l) {
    List<Bar> bars = new ArrayList<>();
    for (MonthValue m : months) {
      if (m.value() != null) {
        bars.add(new Bar(l.month(m.month()), m.value()));
      }
    }
    return new BarChart(title, l.get("report.month"), valueLabel, bars, l.bangla());
  }

  private static Map<String, String> meetingTitles(ReportContent c, ReportLabels l) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (MeetingRow m : list(c.meetings())) {
      titles.put(m.meetingId(), l.date(m.date()) + " · " + nz(m.title()));
    }
    return titles;
  }

  private static List<Cell> cells(String... texts) {
    List<Cell> cells = new ArrayList<>(texts.length);
    for (String t : texts) {
      cells.add(Cell.text(t));
    }
    return cells;
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  // ---------------------------------------------------------------- formats

  /** A table cell: text, and the key of the figure it shows (linked in HTML) or null. */
  record Cell(String text, String figureKey) {
    static Cell text(String text) {
      return new Cell(nz(text), null);
    }

    static Cell figure(String text, String key) {
      return new Cell(nz(text), key);
    }
  }

  /** Where the report is written. */
  interface Out {
    void title(String title, String campaign);

    void toc(String title, String placeholder);

    void pageBreak();

    void heading(String text, int level);

    /** A small heading inside a level-3 part (a group); not in the contents. */
    void subheading(String text);

    void paragraph(String text);

    void linksNote(String text);

    void bullets(List<String> items);

    void table(List<String> header, List<List<Cell>> rows);

    void chart(BarChart chart);
  }

  static final class DocxOut implements Out {
    final List<Documents.Block> blocks = new ArrayList<>();
    private final Documents documents;

    DocxOut(Documents documents, ReportLabels l) {
      this.documents = documents;
    }

    @Override
    public void title(String title, String campaign) {
      // the campaign is the document's title; then what this document is
      blocks.add(new Documents.Paragraph(title));
    }

    @Override
    public void toc(String title, String placeholder) {
      blocks.add(new Documents.PageBreak());
      blocks.add(new Documents.TableOfContents(title, placeholder));
    }

    @Override
    public void pageBreak() {
      blocks.add(new Documents.PageBreak());
    }

    @Override
    public void heading(String text, int level) {
      blocks.add(new Documents.Heading(text, level));
    }

    @Override
    public void subheading(String text) {
      blocks.add(new Documents.Paragraph(text));
    }

    @Override
    public void paragraph(String text) {
      blocks.add(new Documents.Paragraph(text));
    }

    @Override
    public void linksNote(String text) {
      // the links are the HTML's; the Word document has none
    }

    @Override
    public void bullets(List<String> items) {
      for (String item : items) {
        blocks.add(new Documents.Paragraph("• " + nz(item)));
      }
    }

    @Override
    public void table(List<String> header, List<List<Cell>> rows) {
      blocks.add(new Documents.Table(header, rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList()));
    }

    @Override
    public void chart(BarChart chart) {
      if (chart.bars().isEmpty()) {
        return;
      }
      blocks.add(new Documents.Image(documents.png(chart, CHART_WIDTH, CHART_HEIGHT), CHART_WIDTH, CHART_HEIGHT, chart.title()));
    }
  }

  static final class HtmlOut implements Out {
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final List<String[]> headings = new ArrayList<>();
    private final Documents documents;
    private final ReportLabels l;
    private final Function<String, String> figureLink;
    private int tocAt = -1;
    private String tocTitle;

    HtmlOut(Documents documents, ReportLabels l, Function<String, String> figureLink) {
      this.documents = documents;
      this.l = l;
      this.figureLink = figureLink;
    }

    @Override
    public void title(String title, String campaign) {
      body.append("<header class=\"report-title\"><p class=\"report-kind\">").append(esc(title))
          .append("</p><h1>").append(esc(campaign)).append("</h1></header>\n");
    }

    @Override
    public void toc(String title, String placeholder) {
      tocTitle = title;
      tocAt = body.length();
    }

    @Override
    public void pageBreak() {
      // one page on screen
    }

    @Override
    public void heading(String text, int level) {
      String id = "s" + (headings.size() + 1);
      headings.add(new String[] {id, String.valueOf(level), text});
      int h = level + 1;
      body.append("<h").append(h).append(" id=\"").append(id).append("\">").append(esc(text)).append("</h").append(h).append(">\n");
    }

    @Override
    public void subheading(String text) {
      body.append("<h5>").append(esc(text)).append("</h5>\n");
    }

    @Override
    public void paragraph(String text) {
      body.append("<p>").append(esc(text).replace("\n", "<br>")).append("</p>\n");
    }

    @Override
    public void linksNote(String text) {
      paragraph(text);
    }

    @Override
    public void bullets(List<String> items) {
      if (items.isEmpty()) {
        return;
      }
      body.append("<ul>");
      items.forEach(i -> body.append("<li>").append(esc(i)).append("</li>"));
      body.append("</ul>\n");
    }

    @Override
    public void table(List<String> header, List<List<Cell>> rows) {
      body.append("<table class=\"report-table\"><thead><tr>");
      header.forEach(h -> body.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
      body.append("</tr></thead><tbody>\n");
      for (List<Cell> row : rows) {
        body.append("<tr>");
        for (Cell cell : row) {
          body.append("<td>");
          if (cell.figureKey() != null) {
            body.append("<a class=\"figure\" data-figure=\"").append(esc(cell.figureKey())).append("\" href=\"")
                .append(esc(figureLink.apply(cell.figureKey()))).append("\">").append(esc(cell.text())).append("</a>");
          } else {
            body.append(esc(cell.text()));
          }
          body.append("</td>");
        }
        body.append("</tr>\n");
      }
      body.append("</tbody></table>\n");
    }

    @Override
    public void chart(BarChart chart) {
      if (chart.bars().isEmpty()) {
        return;
      }
      // a PNG drawn on the server in the bundled Bengali font, as an <img> with a data: URL: allowed by
      // the app's CSP (img-src 'self' data:), and Bangla labels never depend on the reader's fonts (an
      // SVG in an <img> cannot use the page's web fonts; inline SVG needs style attributes the CSP forbids)
      byte[] png = documents.png(chart, CHART_WIDTH, CHART_HEIGHT);
      body.append("<figure class=\"report-chart\"><img src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png))
          .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(CHART_HEIGHT)
          .append("\" alt=\"").append(esc(l.get("report.chart.alt", chart.title()))).append("\"><figcaption>")
          .append(esc(chart.title())).append("</figcaption></figure>\n");
    }

    String page(String title, String stylesheet) {
      if (tocAt >= 0) {
        StringBuilder nav = new StringBuilder("<nav class=\"report-toc\"><h2>").append(esc(tocTitle)).append("</h2><ul>");
        for (String[] h : headings) {
          if (!"3".equals(h[1])) {
            nav.append("<li class=\"toc-").append(h[1]).append("\"><a href=\"#").append(h[0]).append("\">")
                .append(esc(h[2])).append("</a></li>");
          }
        }
        nav.append("</ul></nav>\n");
        body.insert(tocAt, nav);
      }
      return "<!DOCTYPE html>\n<html lang=\"" + l.language() + "\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title>"
          + "<link rel=\"stylesheet\" href=\"" + esc(stylesheet) + "\"></head>\n<body class=\"report\"><main>\n"
          + body + "</main></body></html>\n";
    }
  }

  /** HTML text and attribute escaping. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

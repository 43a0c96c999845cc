package org.redheart.reporting.application;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.redheart.materials.api.MaterialFacts;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.api.PostAnalytics;
import org.redheart.meetings.api.CampaignFacts;
import org.redheart.meetings.api.CampaignFacts.ActionFact;
import org.redheart.meetings.api.CampaignFacts.GroupFact;
import org.redheart.meetings.api.CampaignFacts.MeetingFact;
import org.redheart.meetings.api.CampaignFacts.RecommendationFact;
import org.redheart.meetings.api.CampaignFacts.SpeakerFact;
import org.redheart.network.api.NetworkFacts;
import org.redheart.network.api.NetworkStats;
import org.redheart.reporting.domain.ReportContent;

/**
 * The issue's benchmark "a campaign of 1,000 meetings and 10,000 posts; time to compute and export":
 * generates the modules' bulk-read results for such a campaign (each meeting with 4 speaking slots and a
 * chair, 3 groups with challenges, 2 action plans, 2 recommendations; each post with its latest
 * snapshot and a text stating an attendance; 200 materials with print runs and distributions; 3,000
 * network members), then times {@link ReportBuilder#compute} and the export by the report
 * renderer (DOCX and HTML in English) when the renderer is on the class path. Reports the first, cold
 * run and the median of the following ones. Run by {@code bench/report} (through ReportBenchmarkTest).
 */
final class ReportBenchmark {
  private ReportBenchmark() {}

  record Result(int meetings, int posts, double firstMillis, double computeMedian, double exportMedian, boolean exported,
      int runs, int checks, long docxBytes, long htmlChars) {
    @Override
    public String toString() {
      String export = exported ? String.format("export (DOCX %,d bytes + HTML %,d chars) %.0f ms", docxBytes, htmlChars, exportMedian)
          : "export not timed (no report renderer on the class path)";
      return String.format("report: %,d meetings and %,d posts: first run %.0f ms; then median compute %.0f ms, %s, "
              + "together %.0f ms over %d runs (goal < 10,000 ms); %d data checks",
          meetings, posts, firstMillis, computeMedian, export, computeMedian + exportMedian, runs, checks);
    }
  }

  static ReportBuilder.Inputs inputs(int meetingCount, int postCount) {
    Random r = new Random(1000);
    LocalDate from = LocalDate.of(2022, 7, 1);
    List<MeetingFact> meetings = new ArrayList<>();
    String[] kinds = {"stakeholder", "campaign", "launch"};
    String[] codes = {"A", "B", "C", "D"};
    String[] countries = {"BD", "BD", "BD", "IN", "NP", null};
    String[] joined = {"ONSITE", "ONSITE", "ONLINE", "UNKNOWN"};
    long speakerId = 1;
    long groupId = 1;
    for (int i = 0; i < meetingCount; i++) {
      String id = "m" + i;
      List<SpeakerFact> speakers = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        int person = r.nextInt(1500);
        speakers.add(new SpeakerFact(speakerId++, "c" + person, "স্পিকার Speaker " + person, "Organisation " + (person % 90),
            "SPEAKER", "Topic " + s + " of meeting " + i, joined[r.nextInt(joined.length)], countries[person % countries.length]));
      }
      speakers.add(new SpeakerFact(speakerId++, "chair" + (i % 40), "Chair " + (i % 40), null, "CHAIR", null, "ONSITE", "BD"));
      List<GroupFact> groups = new ArrayList<>();
      List<ActionFact> plans = new ArrayList<>();
      for (int g = 0; g < 3; g++) {
        long gid = groupId++;
        groups.add(new GroupFact(gid, g, codes[r.nextInt(codes.length)], "Theme " + g, true,
            List.of("শিশু পাচার challenge " + i + "." + g, "Second challenge " + i + "." + g)));
        if (g < 2) {
          plans.add(new ActionFact("p" + i + "-" + g, gid, "Action " + i + "." + g, "Owner " + (i % 30), g == 0 ? "OPEN" : "CLOSED",
              from.plusDays(200 + g)));
        }
      }
      boolean organisations = i % 7 == 0;
      meetings.add(new MeetingFact(id, "Meeting " + i + " সভা", kinds[i % kinds.length], "HISTORICAL", from.plusDays(i % 300),
          "Audience " + i, "Venue " + (i % 64), i % 3 == 0 ? "HYBRID" : "ONSITE", i % 50 == 0 ? null : 20 + r.nextInt(200),
          organisations ? "ORGANISATIONS" : "PERSONS", 3, i % 25 == 0 ? 2 : 3, speakers, groups, plans,
          List.of(new RecommendationFact(i * 2L, "DEMAND", "Recommendation " + i),
              new RecommendationFact(i * 2L + 1, "GOOD_PRACTICE", "Good practice " + (i % 100)))));
    }
    List<PostAnalytics.Row> posts = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < postCount; i++) {
      String id = "post" + i;
      MeetingFact m = meetings.get(i % meetingCount);
      LocalDate on = m.date().plusDays(r.nextInt(5) - (i % 97 == 0 ? 3 : 0));
      Long reach = i % 11 == 0 ? null : 500L + r.nextInt(5000);
      posts.add(new PostAnalytics.Row(id, on, "Post " + i + " about " + m.title(), "SOCIAL_POST", m.id(),
          "https://facebook.com/redheart/posts/" + i, true, i % 13 == 0 ? null : (long) r.nextInt(400),
          (long) r.nextInt(40), i % 5 == 0 ? null : (long) r.nextInt(30), reach, (long) r.nextInt(700)));
      int stated = m.attendance() == null ? 50 : m.attendance() + (i % 89 == 0 ? 5 : 0);
      texts.put(id, i % 2 == 0 ? "আজকের সভায় " + stated + " জন অংশগ্রহণকারী উপস্থিত ছিলেন। #RedHeart"
          : "Thank you to the " + stated + " participants who joined us today! #RedHeart");
    }
    posts.sort(Comparator.comparing(PostAnalytics.Row::publishedOn).thenComparing(PostAnalytics.Row::materialId));
    List<PostAnalytics.Row> most = posts.stream()
        .sorted(Comparator.comparing((PostAnalytics.Row p) -> p.interactions() == null ? -1 : p.interactions()).reversed())
        .limit(10).toList();
    Map<YearMonth, long[]> months = new java.util.TreeMap<>();
    for (PostAnalytics.Row p : posts) {
      long[] v = months.computeIfAbsent(YearMonth.from(p.publishedOn()), k -> new long[4]);
      v[0]++;
      if (p.interactions() != null) {
        v[1] += p.interactions();
        v[2]++;
      }
    }
    List<PostAnalytics.MonthTotals> byMonth = new ArrayList<>();
    months.forEach((mo, v) -> byMonth.add(new PostAnalytics.MonthTotals(mo, (int) v[0], new PostAnalytics.Total(v[1], (int) v[2]),
        new PostAnalytics.Total(0, 0))));
    List<NetworkFacts.MemberFact> members = new ArrayList<>();
    List<NetworkFacts.JoinFact> joins = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      LocalDate since = from.minusDays(400).plusDays(i % 700);
      members.add(new NetworkFacts.MemberFact("n" + i, "Member " + i, countries[i % countries.length], i % 9 == 0 ? null : (long) (i % 10),
          since));
      if (!since.isBefore(from)) {
        joins.add(new NetworkFacts.JoinFact("e" + i, "n" + i, "Member " + i, since));
      }
    }
    List<NetworkStats.Month> memberMonths = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      memberMonths.add(new NetworkStats.Month(YearMonth.from(from).plusMonths(i), 100, 2, 1700 + 98L * i));
    }
    NetworkFacts.Period network = new NetworkFacts.Period(members, joins, memberMonths);
    List<MaterialFacts.Item> items = new ArrayList<>();
    List<MaterialFacts.Copies> runs = new ArrayList<>();
    List<MaterialFacts.Copies> distributions = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      items.add(new MaterialFacts.Item("mat" + i, "Material " + i, i % 2 == 0 ? "BRIEF" : "BADGE", MaterialStatus.PRINTED,
          from.plusDays(i)));
      runs.add(new MaterialFacts.Copies("run" + i, "mat" + i, "Material " + i, 100 + i, from.plusDays(i + 1)));
      distributions.add(new MaterialFacts.Copies("dist" + i, "mat" + i, "Material " + i, 50 + i, from.plusDays(i + 2)));
    }
    return new ReportBuilder.Inputs(new CampaignFacts.Data("bench", "Bench campaign", "#bench", meetings),
        new PostAnalytics("bench", from, from.plusMonths(10), posts, null, most, List.of(), byMonth), texts, network,
        new MaterialFacts.Produced(items, runs, distributions), Map.of());
  }

  static Result run(int meetingCount, int postCount, int runs) {
    LocalDate from = LocalDate.of(2022, 7, 1);
    LocalDate to = from.plusMonths(10).minusDays(1);
    ReportBuilder.Inputs in = inputs(meetingCount, postCount);
    Exporter exporter = Exporter.find();
    double first = 0;
    double[] compute = new double[runs];
    double[] export = new double[runs];
    ReportContent content = null;
    long docx = 0;
    long html = 0;
    for (int i = 0; i <= runs; i++) {
      long t0 = System.nanoTime();
      content = ReportBuilder.compute(in, from, to);
      long t1 = System.nanoTime();
      if (exporter != null) {
        docx = exporter.docx(content).length;
        html = exporter.html(content).length();
      }
      long t2 = System.nanoTime();
      if (i == 0) {
        first = (t2 - t0) / 1e6;
      } else {
        compute[i - 1] = (t1 - t0) / 1e6;
        export[i - 1] = (t2 - t1) / 1e6;
      }
    }
    return new Result(meetingCount, postCount, first, median(compute), exporter == null ? 0 : median(export), exporter != null,
        runs, content.dataToCheck().size(), docx, html);
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** The report renderer (DOCX and HTML), found by reflection so that the benchmark runs before it lands. */
  record Exporter(Object renderer, Method docx, Method html) {
    static Exporter find() {
      try {
        Class<?> type = Class.forName("org.redheart.reporting.application.ReportRenderer");
        Class<?> documents = Class.forName("org.redheart.platform.api.Documents");
        Object docs = Class.forName("org.redheart.platform.application.DefaultDocuments").getDeclaredConstructor().newInstance();
        Object renderer = type.getConstructor(documents).newInstance(docs);
        Method docx = type.getMethod("docx", ReportContent.class, String.class, Map.class);
        Method html = type.getMethod("html", ReportContent.class, String.class, Map.class, Function.class);
        return new Exporter(renderer, docx, html);
      } catch (ReflectiveOperationException | LinkageError e) {
        return null;
      }
    }

    byte[] docx(ReportContent c) {
      try {
        return (byte[]) docx.invoke(renderer, c, "en", Map.of());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    String html(ReportContent c) {
      try {
        return (String) html.invoke(renderer, c, "en", Map.of(), (Function<String, String>) key -> "#" + key);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.println(run(1000, 10_000, runs));
  }
}

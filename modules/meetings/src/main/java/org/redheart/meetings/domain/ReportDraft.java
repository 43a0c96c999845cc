package org.redheart.meetings.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redheart.platform.api.Digits;

/**
 * The report's draft, written from the meeting's data in English or Bangla (Bengali digits). The text
 * is plain lines the organiser edits: {@code "## "} starts a heading, {@code "- "} an item; anything
 * else is a paragraph. Nothing here reads a database: {@link Data} carries what the report needs.
 */
public final class ReportDraft {
  private ReportDraft() {}

  public record Speaker(String name, String role, String topic, String joined) {}

  public record Count(String label, long count) {}

  public record Plan(String action, String owner, LocalDate dueOn) {}

  public record Group(String code, String theme, List<String> challenges, List<Plan> plans) {}

  /** Everything the draft is written from; lists may be empty, texts null. */
  public record Data(
      String title, String campaign, String hashtag, LocalDate date, LocalTime startTime, LocalTime endTime,
      String zone, String venue, String onlineLink, String chair, List<Speaker> speakers, List<Count> attendance,
      Long attendanceTotal, String attendanceUnit, List<Group> groups, String orientation,
      List<String> recommendations) {}

  private static final Map<String, String> EN = Map.ofEntries(
      Map.entry("report", "Report"),
      Map.entry("overview", "The meeting"),
      Map.entry("date", "Date"),
      Map.entry("time", "Time"),
      Map.entry("venue", "Venue"),
      Map.entry("online", "Online"),
      Map.entry("chair", "Chair"),
      Map.entry("campaign", "Campaign"),
      Map.entry("speakers", "Speakers and topics"),
      Map.entry("noSpeakers", "No speakers were recorded."),
      Map.entry("attendance", "Attendance by category"),
      Map.entry("noAttendance", "No attendance was recorded."),
      Map.entry("total", "Total"),
      Map.entry("PERSONS", "persons"),
      Map.entry("ORGANISATIONS", "organisations"),
      Map.entry("groups", "Breakout session"),
      Map.entry("group", "Group"),
      Map.entry("challenges", "Challenges"),
      Map.entry("actionPlans", "Action plans"),
      Map.entry("owner", "owner"),
      Map.entry("due", "due"),
      Map.entry("noGroups", "No breakout groups were recorded."),
      Map.entry("orientation", "Orientation on the campaign"),
      Map.entry("orientationBlank", "[Who gave the orientation and what it covered.]"),
      Map.entry("conclusions", "Conclusions"),
      Map.entry("recommendations", "Recommendations for the campaign:"),
      Map.entry("conclusionsBlank", "[What the meeting concluded and what follows.]"),
      Map.entry("ONSITE", "on site"),
      Map.entry("ONLINE", "online"),
      Map.entry("UNKNOWN", ""));

  private static final Map<String, String> BN = Map.ofEntries(
      Map.entry("report", "প্রতিবেদন"),
      Map.entry("overview", "সভা"),
      Map.entry("date", "তারিখ"),
      Map.entry("time", "সময়"),
      Map.entry("venue", "স্থান"),
      Map.entry("online", "অনলাইন"),
      Map.entry("chair", "সভাপতি"),
      Map.entry("campaign", "প্রচারাভিযান"),
      Map.entry("speakers", "অতিথি বক্তা ও বিষয়"),
      Map.entry("noSpeakers", "কোনো বক্তার তথ্য নেই।"),
      Map.entry("attendance", "অংশীজন অনুযায়ী উপস্থিতি"),
      Map.entry("noAttendance", "উপস্থিতির কোনো তথ্য নেই।"),
      Map.entry("total", "মোট"),
      Map.entry("PERSONS", "জন"),
      Map.entry("ORGANISATIONS", "সংস্থা"),
      Map.entry("groups", "দলভিত্তিক আলোচনা"),
      Map.entry("group", "দল"),
      Map.entry("challenges", "চ্যালেঞ্জসমূহ"),
      Map.entry("actionPlans", "কর্মপরিকল্পনা"),
      Map.entry("owner", "দায়িত্বপ্রাপ্ত"),
      Map.entry("due", "শেষ তারিখ"),
      Map.entry("noGroups", "কোনো দলের তথ্য নেই।"),
      Map.entry("orientation", "প্রচারাভিযান বিষয়ে পরিচিতি"),
      Map.entry("orientationBlank", "[কে পরিচিতি দিয়েছেন এবং কী বিষয়ে।]"),
      Map.entry("conclusions", "উপসংহার"),
      Map.entry("recommendations", "প্রচারাভিযানের জন্য সুপারিশ:"),
      Map.entry("conclusionsBlank", "[সভার সিদ্ধান্ত ও পরবর্তী করণীয়।]"),
      Map.entry("ONSITE", "সরাসরি উপস্থিত"),
      Map.entry("ONLINE", "অনলাইনে"),
      Map.entry("UNKNOWN", ""));

  /** Bangla names of the campaign's themes A, B, C. */
  public static final Map<String, String> KNOWN_THEMES_BN = Map.of(
      "A", "শিশু যৌন নির্যাতন, শোষণ ও শিশু পাচার প্রতিরোধ",
      "B", "ভুক্তভোগী শিশুদের জন্য শিশু সুরক্ষা সেবায় প্রবেশাধিকার",
      "C", "ভুক্তভোগী শিশুদের পুনঃএকীকরণ");

  /** The label of a key in a language ("bn" or else English). */
  public static String label(String key, String language) {
    return ("bn".equals(language) ? BN : EN).getOrDefault(key, key);
  }

  public static String write(Data d, String language) {
    boolean bn = "bn".equals(language);
    Map<String, String> t = bn ? BN : EN;
    Locale locale = bn ? Locale.forLanguageTag("bn-BD") : Locale.ENGLISH;
    List<String> out = new ArrayList<>();
    out.add("## " + d.title() + " — " + t.get("report"));
    if (d.campaign() != null) {
      out.add(t.get("campaign") + ": " + d.campaign() + (d.hashtag() == null ? "" : " " + d.hashtag()));
    }
    if (d.date() != null) {
      out.add(t.get("date") + ": " + digits(DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d.date()), bn));
    }
    if (d.startTime() != null) {
      String time = d.startTime() + (d.endTime() == null ? "" : "–" + d.endTime()) + (d.zone() == null ? "" : " (" + d.zone() + ")");
      out.add(t.get("time") + ": " + digits(time, bn));
    }
    if (d.venue() != null) {
      out.add(t.get("venue") + ": " + d.venue());
    }
    if (d.onlineLink() != null) {
      out.add(t.get("online") + ": " + d.onlineLink());
    }
    if (d.chair() != null) {
      out.add(t.get("chair") + ": " + d.chair());
    }
    out.add("");
    out.add("## " + t.get("speakers"));
    if (d.speakers().isEmpty()) {
      out.add(t.get("noSpeakers"));
    }
    for (Speaker s : d.speakers()) {
      String joined = s.joined() == null ? "" : t.getOrDefault(s.joined(), "");
      out.add("- " + s.name() + (s.topic() == null || s.topic().isBlank() ? "" : ": " + s.topic())
          + (joined.isEmpty() ? "" : " (" + joined + ")"));
    }
    out.add("");
    out.add("## " + t.get("attendance"));
    long sum = 0;
    for (Count c : d.attendance()) {
      out.add("- " + c.label() + ": " + digits(Long.toString(c.count()), bn));
      sum += c.count();
    }
    if (d.attendanceTotal() != null) {
      String unit = d.attendanceUnit() == null ? "" : " " + t.getOrDefault(d.attendanceUnit(), "");
      out.add(t.get("total") + ": " + digits(Long.toString(d.attendanceTotal()), bn) + unit);
    } else if (!d.attendance().isEmpty()) {
      out.add(t.get("total") + ": " + digits(Long.toString(sum), bn) + " " + t.get("PERSONS"));
    } else {
      out.add(t.get("noAttendance"));
    }
    out.add("");
    out.add("## " + t.get("groups"));
    if (d.groups().isEmpty()) {
      out.add(t.get("noGroups"));
    }
    for (Group g : d.groups()) {
      String theme = bn && KNOWN_THEMES_BN.containsKey(g.code())
          && FindingsRules.KNOWN_THEMES.get(g.code()).equals(g.theme()) ? KNOWN_THEMES_BN.get(g.code()) : g.theme();
      out.add("## " + t.get("group") + " " + g.code() + (theme == null ? "" : ": " + theme));
      if (!g.challenges().isEmpty()) {
        out.add(t.get("challenges") + ":");
        g.challenges().forEach(c -> out.add("- " + c));
      }
      if (!g.plans().isEmpty()) {
        out.add(t.get("actionPlans") + ":");
        for (Plan p : g.plans()) {
          out.add("- " + p.action()
              + (p.owner() == null ? "" : " — " + t.get("owner") + ": " + p.owner())
              + (p.dueOn() == null ? "" : ", " + t.get("due") + ": " + digits(p.dueOn().toString(), bn)));
        }
      }
    }
    out.add("");
    out.add("## " + t.get("orientation"));
    out.add(d.orientation() == null || d.orientation().isBlank() ? t.get("orientationBlank") : d.orientation());
    out.add("");
    out.add("## " + t.get("conclusions"));
    if (!d.recommendations().isEmpty()) {
      out.add(t.get("recommendations"));
      d.recommendations().forEach(r -> out.add("- " + r));
    }
    out.add(t.get("conclusionsBlank"));
    return String.join("\n", out);
  }

  /** A block of a written report. */
  public record Block(String kind, String text) {}

  /** Reads a written report back into headings, items and paragraphs (a paragraph per line). */
  public static List<Block> blocks(String text) {
    List<Block> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    StringBuilder para = new StringBuilder();
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.startsWith("## ") || line.startsWith("- ") || line.isEmpty()) {
        flush(para, out);
      }
      if (line.startsWith("## ")) {
        out.add(new Block("HEADING", line.substring(3).strip()));
      } else if (line.startsWith("- ")) {
        out.add(new Block("ITEM", line.substring(2).strip()));
      } else if (!line.isEmpty()) {
        if (!para.isEmpty()) {
          flush(para, out);
        }
        para.append(line);
      }
    }
    flush(para, out);
    return out;
  }

  private static void flush(StringBuilder para, List<Block> out) {
    if (!para.isEmpty()) {
      out.add(new Block("PARAGRAPH", para.toString()));
      para.setLength(0);
    }
  }

  /**
   * A social post from a report: the first paragraphs after the title (no headings or placeholders),
   * then the hashtag, within {@code maxChars}.
   */
  public static String post(String title, String report, String hashtag, int maxChars) {
    String tag = hashtag == null || hashtag.isBlank() ? "" : hashtag.strip();
    int room = maxChars - (tag.isEmpty() ? 0 : tag.length() + 2);
    StringBuilder body = new StringBuilder(title == null ? "" : title.strip());
    for (Block b : blocks(report)) {
      if (b.kind().equals("HEADING") || b.text().startsWith("[")) {
        continue;
      }
      String next = (body.isEmpty() ? "" : "\n") + (b.kind().equals("ITEM") ? "• " : "") + b.text();
      if (body.length() + next.length() > room) {
        if (body.length() < room / 2) {
          body.append(next); // cut below, rather than a post of the title alone
        }
        break;
      }
      body.append(next);
      if (body.length() > room * 2 / 3) {
        break;
      }
    }
    String text = body.length() > room ? body.substring(0, Math.max(0, room - 1)) + "…" : body.toString();
    return tag.isEmpty() ? text : text + "\n\n" + tag;
  }

  private static String digits(String s, boolean bn) {
    return bn ? Digits.toBengali(s) : s;
  }
}

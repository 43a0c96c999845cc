package org.redheart.meetings.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redheart.meetings.api.RecordPastMeeting;
import org.redheart.meetings.api.RecordPastMeeting.ActionInput;
import org.redheart.meetings.api.RecordPastMeeting.GroupInput;
import org.redheart.meetings.api.RecordPastMeeting.RecommendationInput;
import org.redheart.meetings.api.RecordPastMeeting.SpeakerInput;

/**
 * The demo campaign's files (meetings.csv, speakers.csv, breakout_groups.csv, recommendations.txt,
 * meeting_categories.csv) read into one {@link RecordPastMeeting} per meeting, as a person would enter
 * it on the "record a past meeting" form: times left empty where the source gives none, attendance
 * in the unit the source counts, groups planned from {@code breakout_group_count} and held as listed,
 * theme codes suggested from the theme text (and marked as suggestions), challenges and action plans
 * split at semicolons, join mode "unknown" kept unknown, countries as written (the service
 * normalises them). The campaign's recommendations (its results report's conclusions) go to its
 * last meeting by date.
 */
public final class DemoCampaignFiles {
  public static final String ZONE = "Asia/Dhaka";

  private DemoCampaignFiles() {}

  /** One meeting of the demo, its id (LAUNCH, SM1...) and the record to store. */
  public record DemoMeeting(String id, RecordPastMeeting record, Map<String, SpeakerFacts> speakerFacts) {}

  /** What the source says of a speaker besides the name (for the contact's note). */
  public record SpeakerFacts(String titleRole, String organisation) {}

  /**
   * Reads the files into meetings in the source's order. {@code categoryIdByName} maps a stakeholder
   * category's English name, lower-cased, to its id (names that are missing are skipped).
   */
  public static List<DemoMeeting> read(String meetingsCsv, String speakersCsv, String groupsCsv,
      String recommendationsTxt, String meetingCategoriesCsv, String campaignId, Map<String, Long> categoryIdByName) {
    Map<String, List<Map<String, String>>> speakersOf = byMeeting(CsvText.read(speakersCsv));
    Map<String, List<Map<String, String>>> groupsOf = byMeeting(CsvText.read(groupsCsv));
    Map<String, List<Long>> categoriesOf = categories(meetingCategoriesCsv, categoryIdByName);
    List<Map<String, String>> meetings = CsvText.read(meetingsCsv);
    String last = meetings.stream().max(Comparator.comparing(m -> LocalDate.parse(m.get("date")))).map(m -> m.get("id"))
        .orElse(null);
    List<RecommendationInput> recommendations = recommendations(recommendationsTxt);
    List<DemoMeeting> out = new ArrayList<>();
    for (Map<String, String> m : meetings) {
      String id = m.get("id");
      List<SpeakerInput> speakers = new ArrayList<>();
      Map<String, SpeakerFacts> facts = new LinkedHashMap<>();
      for (Map<String, String> s : speakersOf.getOrDefault(id, List.of())) {
        String topic = blank(s.get("topic"));
        if (topic != null && topic.equalsIgnoreCase("not stated")) {
          topic = null;
        }
        speakers.add(new SpeakerInput(null, s.get("name"), role(s.get("role_in_meeting")), topic, joined(s.get("joined")),
            blank(s.get("city_country"))));
        facts.putIfAbsent(s.get("name"), new SpeakerFacts(blank(s.get("title_role")), blank(s.get("organisation"))));
      }
      List<GroupInput> groups = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      for (Map<String, String> g : groupsOf.getOrDefault(id, List.of())) {
        String theme = blank(g.get("theme"));
        String code = ThemeCodes.suggest(theme, taken);
        taken.add(code);
        groups.add(new GroupInput(code, true, theme, phrases(g.get("challenges")),
            phrases(g.get("action_plans")).stream().map(a -> new ActionInput(a, null)).toList()));
      }
      String start = blank(m.get("start_time"));
      String end = blank(m.get("end_time"));
      String count = blank(m.get("attendance_total"));
      String planned = blank(m.get("breakout_group_count"));
      out.add(new DemoMeeting(id, new RecordPastMeeting(
          campaignId,
          m.get("title"),
          m.get("kind"),
          LocalDate.parse(m.get("date")),
          start == null ? null : LocalTime.parse(start),
          end == null ? null : LocalTime.parse(end),
          ZONE,
          blank(m.get("venue")),
          mode(m.get("mode")),
          blank(m.get("audience")),
          categoriesOf.getOrDefault(id, List.of()),
          count == null ? null : Integer.valueOf(count),
          unit(m.get("attendance_unit")),
          planned == null ? null : Integer.valueOf(planned),
          null,
          speakers,
          groups,
          id.equals(last) ? recommendations : List.of(),
          "demo:" + id), facts));
    }
    return out;
  }

  /** Semicolon-separated phrases, trimmed, empty ones left out. */
  public static List<String> phrases(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The recommendations file: lines under a "# Demands" heading are demands, under "# Good
   * practices" good practices; other comment lines are skipped. "[establishment of]" (words the
   * source carried over from a previous item) is written out.
   */
  public static List<RecommendationInput> recommendations(String text) {
    List<RecommendationInput> out = new ArrayList<>();
    String kind = null;
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.startsWith("#")) {
        String heading = l.toLowerCase(Locale.ROOT);
        if (heading.contains("demand")) {
          kind = "DEMAND";
        } else if (heading.contains("good practice")) {
          kind = "GOOD_PRACTICE";
        }
        continue;
      }
      if (l.isEmpty() || kind == null) {
        continue;
      }
      out.add(new RecommendationInput(kind, l.replaceAll("^\\[([^\\]]+)\\]\\s*", "$1 ")));
    }
    return out;
  }

  static String mode(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "online" -> "ONLINE";
      case "hybrid" -> "HYBRID";
      case "in-person", "in person", "onsite", "on site" -> "ONSITE";
      default -> t.toUpperCase(Locale.ROOT);
    };
  }

  static String unit(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "persons", "people", "participants" -> "PERSONS";
      case "organisations", "organizations" -> "ORGANISATIONS";
      case "" -> null;
      default -> t.toUpperCase(Locale.ROOT);
    };
  }

  static String role(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "speaker", "guest speaker", "keynote" -> "SPEAKER";
      case "chair" -> "CHAIR";
      case "host" -> "HOST";
      case "welcome" -> "WELCOME";
      default -> t.toUpperCase(Locale.ROOT);
    };
  }

  static String joined(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "virtual", "online" -> "ONLINE";
      case "in-person", "in person", "onsite", "on site" -> "ONSITE";
      default -> "UNKNOWN";
    };
  }

  private static Map<String, List<Long>> categories(String csv, Map<String, Long> idByName) {
    StringBuilder rows = new StringBuilder();
    csv.lines().filter(l -> !l.strip().startsWith("#")).forEach(l -> rows.append(l).append('\n'));
    Map<String, List<Long>> out = new LinkedHashMap<>();
    for (Map<String, String> r : CsvText.read(rows.toString())) {
      List<Long> ids = new ArrayList<>();
      for (String name : r.get("categories").split("\\|")) {
        Long id = idByName.get(name.strip().toLowerCase(Locale.ROOT));
        if (id != null && !ids.contains(id)) {
          ids.add(id);
        }
      }
      out.put(r.get("meeting_id"), ids);
    }
    return out;
  }

  private static Map<String, List<Map<String, String>>> byMeeting(List<Map<String, String>> rows) {
    Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.get("meeting_id"), k -> new ArrayList<>()).add(r));
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

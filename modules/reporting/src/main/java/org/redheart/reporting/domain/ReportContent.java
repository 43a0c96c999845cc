package org.redheart.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.redheart.reporting.api.SourceRecord;

/**
 * Everything a campaign results report says, computed from the other modules' data for a campaign and
 * a period, before it is rendered (DOCX, HTML) in a language. Content is kept as entered; labels are
 * the renderer's. Every figure names the records it was computed from ({@link Figure#sources}), so the
 * HTML can link each figure to its list and a test can recompute it.
 *
 * <p>Built by {@code application.ReportBuilder} (one pass, a few bulk queries per module), rendered
 * by {@code application.ReportRenderer}, stored and approved by {@code application.DefaultResultsReports}.
 */
public record ReportContent(
    String campaignId,
    String campaignName,
    String hashtag,
    LocalDate from,
    LocalDate to,
    Headline headline,
    List<MeetingRow> meetings,
    List<MeetingSection> sections,
    List<ThemeFindings> findingsByTheme,
    List<ActionPlanRow> actionPlans,
    SocialMedia social,
    NetworkPart network,
    MaterialsPart materials,
    List<String> recommendations,
    List<DataCheck> dataToCheck) {

  /**
   * A figure: a stable key ("meetings.held.STAKEHOLDER", "attendance.persons", "posts.reactions", …), its
   * value (null when nothing was recorded), how many records it runs over, and those records.
   */
  public record Figure(String key, Long value, int over, List<SourceRecord> sources) {}

  public record Headline(
      Map<String, Figure> meetingsByKind,
      Figure attendancePersons,
      Figure attendanceOrganisations,
      Figure speakingSlots,
      Figure distinctSpeakers,
      Map<String, Figure> slotsByJoining,
      Map<String, Figure> speakersByCountry,
      Figure membersAtEnd,
      Figure membersJoined,
      Figure posts,
      Map<String, Figure> postTotals,
      Figure materialsProduced,
      Figure copiesPrinted,
      Figure copiesDistributed) {}

  /** How a speaker joined: on site, online, or unknown (never guessed). */
  public enum Joining { ON_SITE, ONLINE, UNKNOWN }

  /** Attendance unit as the meeting recorded it. */
  public enum Unit { PERSONS, ORGANISATIONS }

  public record MeetingRow(
      String meetingId, LocalDate date, String title, String kind, String audience, String venue, String mode,
      Long attendance, Unit unit, List<String> speakerNames) {}

  public record Speaker(String name, String role, String organisation, String country, String topic, Joining joining,
      boolean chairOrHost) {}

  public record Group(String name, String theme, String themeCode, List<String> challenges, List<String> actionPlans) {}

  /** A meeting's section: from its approved report or its recorded past data ({@code source}). */
  public record MeetingSection(
      String meetingId, String title, LocalDate date, String source, List<Speaker> speakers, List<Group> groups,
      List<String> reportParagraphs) {}

  public record ThemeFindings(String themeCode, String theme, List<String> challenges, List<String> meetingIds) {}

  public record ActionPlanRow(String id, String meetingId, String action, String owner, String status, LocalDate dueOn) {}

  public record PostRow(
      String materialId, LocalDate publishedOn, String summary, String meetingId, String permalink, Long reactions,
      Long comments, Long shares, Long reach, Long engagedUsers) {}

  public record MonthValue(YearMonth month, Long value) {}

  public record SocialMedia(List<PostRow> posts, Map<String, Figure> totals, List<PostRow> mostEngaged,
      List<MonthValue> engagementByMonth) {}

  public record NetworkPart(List<MonthValue> membersByMonth, Map<String, Figure> byCountry, Map<String, Figure> byCategory) {}

  public record MaterialRow(String materialId, String title, String kind, String status, long printed, long distributed) {}

  public record MaterialsPart(List<MaterialRow> rows, Figure produced, Figure printed, Figure distributed) {}

  /**
   * A conflict the report finds in its own data: its kind (ATTENDANCE_DIFFERS_FROM_POST,
   * POST_BEFORE_MEETING, FEWER_GROUPS_THAN_PLANNED, ENGAGED_MORE_THAN_REACH), a stable key (kind +
   * record ids) so a resolution survives regeneration, what is wrong (values as found), and the records.
   */
  public record DataCheck(String key, String kind, String meetingId, String materialId, String found,
      List<SourceRecord> sources) {}
}

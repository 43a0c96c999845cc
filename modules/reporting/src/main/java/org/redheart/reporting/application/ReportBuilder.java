package org.redheart.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.MaterialFacts;
import org.redheart.materials.api.PostAnalytics;
import org.redheart.meetings.api.CampaignFacts;
import org.redheart.meetings.api.CampaignFacts.ActionFact;
import org.redheart.meetings.api.CampaignFacts.GroupFact;
import org.redheart.meetings.api.CampaignFacts.MeetingFact;
import org.redheart.meetings.api.CampaignFacts.SpeakerFact;
import org.redheart.meetings.api.MeetingReports;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.network.api.NetworkFacts;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Role;
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

/**
 * Computes a campaign's results report for a period from the other modules' bulk reads (meetings:
 * {@link CampaignFacts}; posts: {@link Engagement#analytics} and {@link MaterialFacts#postTexts};
 * materials: {@link MaterialFacts#produced}; network: {@link NetworkFacts#period}; the approved report of
 * each completed live meeting: {@link MeetingReports}, one call per such meeting). No actor: the caller checked that its user may read the
 * campaign; the modules are read as the system.
 *
 * <p>Definitions (the report's notes state them): attendance in persons and in organisations side by
 * side, never added; a speaking slot is one person (role SPEAKER) at one meeting, chairs, hosts and
 * welcomes apart; distinct speakers by contact (else by name); joining ON_SITE, ONLINE or UNKNOWN as
 * recorded, never guessed; countries as the ISO codes recorded (normalised by the contacts module);
 * post figures are sums of each post's latest snapshot, each over the posts that recorded it, null
 * (not zero) when none did. Every figure carries the records it was computed from: a count is the
 * number of its records, a sum the sum of their values.
 *
 * <p>The attendance stated in a post ({@link #statedAttendance}): the number (ASCII or Bengali digits,
 * thousands separators allowed) closest to a word "participants", "participant", "attendees",
 * "attended", "people" or "অংশগ্রহণকারী"/"অংশগ্রহণ" (any case), within {@value #NEAR} characters before
 * or after it; none when no such number is near such a word. For a meeting that counted organisations,
 * the words are "organisations"/"organizations"/"সংস্থা"/"সংগঠন" instead (a number of people is not
 * compared with a number of organisations).
 */
@ApplicationScoped
public class ReportBuilder {
  static final Actor READER = new Actor(Audit.SYSTEM, Set.of(Role.ADMIN));
  static final int NEAR = 40;
  static final int MOST_ENGAGED = 5;
  /** The key of a group whose country, category or joining was not recorded. */
  public static final String UNKNOWN = "UNKNOWN";

  public static final String ATTENDANCE_DIFFERS_FROM_POST = "ATTENDANCE_DIFFERS_FROM_POST";
  public static final String POST_BEFORE_MEETING = "POST_BEFORE_MEETING";
  public static final String FEWER_GROUPS_THAN_PLANNED = "FEWER_GROUPS_THAN_PLANNED";
  public static final String ENGAGED_MORE_THAN_REACH = "ENGAGED_MORE_THAN_REACH";

  /** A meeting section's source: the meeting's approved report, or its recorded data. */
  public static final String SOURCE_REPORT = "REPORT";
  public static final String SOURCE_PAST = "PAST";

  /** Post figures in the order the report shows them. */
  public static final List<String> POST_FIGURES = List.of("reactions", "comments", "shares", "reach", "engagedUsers");

  @Inject CampaignFacts meetingFacts;
  @Inject Engagement engagement;
  @Inject MaterialFacts materialFacts;
  @Inject NetworkFacts networkFacts;
  @Inject MeetingReports meetingReports;

  /** Everything the report is computed from, as the modules' bulk reads return it. */
  public record Inputs(
      CampaignFacts.Data meetings, PostAnalytics posts, Map<String, String> postTexts, NetworkFacts.Period network,
      MaterialFacts.Produced materials, Map<String, List<String>> approvedReports) {}

  public ReportContent build(String campaignId, LocalDate from, LocalDate to) {
    if (campaignId == null || campaignId.isBlank()) {
      throw new InvalidInput("campaignId", "is required");
    }
    if (from == null || to == null) {
      throw new InvalidInput(from == null ? "from" : "to", "is required");
    }
    if (from.isAfter(to)) {
      throw new InvalidInput("from", "is after to");
    }
    return compute(read(campaignId, from, to), from, to);
  }

  /** The bulk reads (a few queries per module, whatever the number of meetings and posts). */
  public Inputs read(String campaignId, LocalDate from, LocalDate to) {
    CampaignFacts.Data meetings = meetingFacts.read(campaignId, from, to);
    PostAnalytics posts = engagement.analytics(campaignId, from, to, READER);
    Map<String, String> texts = materialFacts.postTexts(posts.posts().stream().map(PostAnalytics.Row::materialId).toList());
    Map<String, List<String>> reports = new HashMap<>();
    for (MeetingFact m : meetings.meetings()) {
      if (!MeetingSummary.COMPLETED.equals(m.status())) {
        continue; // a past meeting's section is its recorded data; a running one has no approved report yet
      }
      MeetingReports.Report r = meetingReports.report(m.id(), "en", READER);
      if (r != null && r.version() == MeetingReports.Version.APPROVED) {
        reports.put(m.id(), r.blocks().stream().map(b -> switch (b.kind()) {
          case HEADING -> "## " + b.text();
          case ITEM -> "- " + b.text();
          case PARAGRAPH -> b.text();
        }).toList());
      }
    }
    return new Inputs(meetings, posts, texts, networkFacts.period(from, to), materialFacts.produced(campaignId, from, to), reports);
  }

  /** The report from its inputs: pure, so that tests recompute it independently. */
  public static ReportContent compute(Inputs in, LocalDate from, LocalDate to) {
    List<MeetingFact> meetings = in.meetings().meetings();
    Map<String, MeetingFact> byId = new LinkedHashMap<>();
    meetings.forEach(m -> byId.put(m.id(), m));

    // meetings held by kind
    Map<String, List<SourceRecord>> byKind = new java.util.TreeMap<>();
    for (MeetingFact m : meetings) {
      byKind.computeIfAbsent(kind(m), k -> new ArrayList<>()).add(meetingRecord(m, null));
    }
    Map<String, Figure> meetingsByKind = new LinkedHashMap<>();
    byKind.forEach((k, l) -> meetingsByKind.put(k, count("meetings.held." + k, l)));

    // attendance, persons and organisations apart
    List<SourceRecord> persons = new ArrayList<>();
    List<SourceRecord> organisations = new ArrayList<>();
    for (MeetingFact m : meetings) {
      if (m.attendance() != null) {
        (unit(m) == Unit.ORGANISATIONS ? organisations : persons).add(meetingRecord(m, m.attendance().longValue()));
      }
    }

    // speaking slots, distinct speakers, joining, countries
    List<SourceRecord> slots = new ArrayList<>();
    Map<Joining, List<SourceRecord>> byJoining = new LinkedHashMap<>();
    for (Joining j : Joining.values()) {
      byJoining.put(j, new ArrayList<>());
    }
    Map<String, SourceRecord> people = new LinkedHashMap<>();
    Map<String, String> countryOf = new LinkedHashMap<>();
    for (MeetingFact m : meetings) {
      for (SpeakerFact s : m.speakers()) {
        if (!"SPEAKER".equals(s.role())) {
          continue;
        }
        SourceRecord slot = new SourceRecord("speaker-slot", String.valueOf(s.id()),
            personName(s) + " — " + m.title() + " (" + m.date() + ")", null);
        slots.add(slot);
        byJoining.get(joining(s.joined())).add(slot);
        String person = personKey(s);
        people.putIfAbsent(person, new SourceRecord("speaker", person, personName(s), null));
        if (s.countryCode() != null && !s.countryCode().isBlank()) {
          countryOf.putIfAbsent(person, s.countryCode().toUpperCase(Locale.ROOT));
        }
      }
    }
    Map<String, Figure> slotsByJoining = new LinkedHashMap<>();
    byJoining.forEach((j, l) -> slotsByJoining.put(j.name(), count("speakers.slots.joining." + j.name(), l)));
    Map<String, List<SourceRecord>> byCountry = new java.util.TreeMap<>();
    people.forEach((key, rec) -> byCountry.computeIfAbsent(countryOf.getOrDefault(key, UNKNOWN), k -> new ArrayList<>()).add(rec));
    Map<String, Figure> speakersByCountry = new LinkedHashMap<>();
    byCountry.forEach((c, l) -> speakersByCountry.put(c, count("speakers.country." + c, l)));

    // posts
    List<PostAnalytics.Row> posts = in.posts().posts();
    List<SourceRecord> postRecords = posts.stream().map(p -> postRecord(p, null)).toList();
    Map<String, Figure> postTotals = new LinkedHashMap<>();
    for (String f : POST_FIGURES) {
      List<SourceRecord> l = new ArrayList<>();
      for (PostAnalytics.Row p : posts) {
        Long v = postFigure(p, f);
        if (v != null) {
          l.add(postRecord(p, v));
        }
      }
      postTotals.put(f, sum("posts." + f, l));
    }

    // network: members at the end of the period, joined in it, by month, by country and category
    NetworkFacts.Period net = in.network();
    List<SourceRecord> atEnd = net.membersAtEnd().stream().map(ReportBuilder::memberRecord).toList();
    List<SourceRecord> joined = net.joined().stream()
        .map(j -> new SourceRecord("member-join", j.eventId(), nameOr(j.name(), j.memberId()) + " (" + j.on() + ")", null)).toList();
    Figure membersAtEnd = count("network.members.end", atEnd);
    Figure membersJoined = count("network.members.joined", joined);
    List<MonthValue> membersByMonth = net.months().stream().map(mo -> new MonthValue(mo.month(), mo.members())).toList();
    Map<String, List<SourceRecord>> memberCountries = new java.util.TreeMap<>();
    Map<String, List<SourceRecord>> memberCategories = new java.util.TreeMap<>();
    for (NetworkFacts.MemberFact mf : net.membersAtEnd()) {
      String country = mf.countryCode() == null || mf.countryCode().isBlank() ? UNKNOWN : mf.countryCode().toUpperCase(Locale.ROOT);
      memberCountries.computeIfAbsent(country, k -> new ArrayList<>()).add(memberRecord(mf));
      String category = mf.categoryId() == null ? UNKNOWN : String.valueOf(mf.categoryId());
      memberCategories.computeIfAbsent(category, k -> new ArrayList<>()).add(memberRecord(mf));
    }
    NetworkPart networkPart = new NetworkPart(membersByMonth, counts("network.country.", memberCountries),
        counts("network.category.", memberCategories));

    // materials
    MaterialFacts.Produced produced = in.materials();
    List<SourceRecord> created = produced.created().stream()
        .map(i -> new SourceRecord("material", i.id(), i.title() + " (" + i.createdOn() + ")", null)).toList();
    List<SourceRecord> printed = produced.printRuns().stream().map(c -> copiesRecord("print-run", c)).toList();
    List<SourceRecord> distributed = produced.distributions().stream().map(c -> copiesRecord("distribution", c)).toList();
    Map<String, MaterialRow> materialRows = new LinkedHashMap<>();
    produced.created().forEach(i -> materialRows.put(i.id(),
        new MaterialRow(i.id(), i.title(), i.kindCode(), i.status() == null ? null : i.status().name(), 0, 0)));
    for (MaterialFacts.Copies c : produced.printRuns()) {
      MaterialRow r = materialRows.getOrDefault(c.materialId(), new MaterialRow(c.materialId(), c.materialTitle(), null, null, 0, 0));
      materialRows.put(c.materialId(), new MaterialRow(r.materialId(), r.title(), r.kind(), r.status(), r.printed() + c.quantity(),
          r.distributed()));
    }
    for (MaterialFacts.Copies c : produced.distributions()) {
      MaterialRow r = materialRows.getOrDefault(c.materialId(), new MaterialRow(c.materialId(), c.materialTitle(), null, null, 0, 0));
      materialRows.put(c.materialId(), new MaterialRow(r.materialId(), r.title(), r.kind(), r.status(), r.printed(),
          r.distributed() + c.quantity()));
    }
    Figure materialsProduced = count("materials.produced", created);
    Figure copiesPrinted = sum("materials.printed", printed);
    Figure copiesDistributed = sum("materials.distributed", distributed);

    Headline headline = new Headline(meetingsByKind, sum("attendance.persons", persons),
        sum("attendance.organisations", organisations), count("speakers.slots", slots),
        count("speakers.distinct", new ArrayList<>(people.values())), slotsByJoining, speakersByCountry, membersAtEnd,
        membersJoined, count("posts", postRecords), postTotals, materialsProduced, copiesPrinted, copiesDistributed);

    // the meetings table and sections
    List<MeetingRow> rows = new ArrayList<>();
    List<MeetingSection> sections = new ArrayList<>();
    Map<String, ThemeAcc> themes = new java.util.TreeMap<>();
    List<ActionPlanRow> actions = new ArrayList<>();
    Set<String> recommendations = new LinkedHashSet<>();
    for (MeetingFact m : meetings) {
      rows.add(new MeetingRow(m.id(), m.date(), m.title(), kind(m), m.audience(), m.venue(), m.mode(),
          m.attendance() == null ? null : m.attendance().longValue(), unit(m),
          m.speakers().stream().filter(s -> "SPEAKER".equals(s.role())).map(ReportBuilder::personName).toList()));
      List<Speaker> speakers = m.speakers().stream().map(s -> new Speaker(personName(s), s.role(), s.organisation(),
          s.countryCode(), s.topic(), joining(s.joined()), !"SPEAKER".equals(s.role()))).toList();
      Map<Long, List<String>> plansOf = new HashMap<>();
      for (ActionFact a : m.actionPlans()) {
        plansOf.computeIfAbsent(a.groupId(), k -> new ArrayList<>()).add(a.action());
        actions.add(new ActionPlanRow(a.id(), m.id(), a.action(), a.ownerName(), a.status(), a.dueOn()));
      }
      List<Group> groups = new ArrayList<>();
      for (GroupFact g : m.groups()) {
        if (!g.held()) {
          continue;
        }
        groups.add(new Group(String.valueOf(g.position() + 1), g.theme(), g.themeCode(), g.challenges(),
            plansOf.getOrDefault(g.id(), List.of())));
        ThemeAcc t = themes.computeIfAbsent(g.themeCode() == null ? "?" : g.themeCode(), k -> new ThemeAcc());
        if (t.theme == null) {
          t.theme = g.theme();
        }
        t.challenges.addAll(g.challenges());
        t.meetings.add(m.id());
      }
      List<String> report = in.approvedReports().get(m.id());
      sections.add(new MeetingSection(m.id(), m.title(), m.date(), report == null ? SOURCE_PAST : SOURCE_REPORT, speakers, groups,
          report == null ? List.of() : report));
      m.recommendations().forEach(r -> recommendations.add(r.text()));
    }
    List<ThemeFindings> findings = new ArrayList<>();
    themes.forEach((code, t) -> findings.add(new ThemeFindings(code, t.theme, List.copyOf(t.challenges), List.copyOf(t.meetings))));

    // social media
    List<PostRow> postRows = posts.stream().map(ReportBuilder::postRow).toList();
    List<PostRow> mostEngaged = in.posts().mostEngaged().stream().limit(MOST_ENGAGED).map(ReportBuilder::postRow).toList();
    List<MonthValue> engagementByMonth = in.posts().byMonth().stream()
        .map(mt -> new MonthValue(mt.month(), mt.interactions() == null || mt.interactions().posts() == 0 ? null : mt.interactions().sum()))
        .toList();
    SocialMedia social = new SocialMedia(postRows, postTotals, mostEngaged, engagementByMonth);

    return new ReportContent(in.meetings().campaignId(), in.meetings().campaignName(), in.meetings().hashtag(), from, to,
        headline, rows, sections, findings, actions, social, networkPart,
        new MaterialsPart(List.copyOf(materialRows.values()), materialsProduced, copiesPrinted, copiesDistributed),
        List.copyOf(recommendations), checks(meetings, byId, posts, in.postTexts()));
  }

  /** The conflicts the report finds in its own data, in a stable order with stable keys. */
  static List<DataCheck> checks(List<MeetingFact> meetings, Map<String, MeetingFact> byId, List<PostAnalytics.Row> posts,
      Map<String, String> texts) {
    List<DataCheck> out = new ArrayList<>();
    for (PostAnalytics.Row p : posts) {
      MeetingFact m = p.meetingId() == null ? null : byId.get(p.meetingId());
      if (m == null) {
        continue;
      }
      Long stated = statedAttendance(texts.get(p.materialId()), unit(m));
      if (stated != null && m.attendance() != null && stated.longValue() != m.attendance().longValue()) {
        out.add(new DataCheck(ATTENDANCE_DIFFERS_FROM_POST + ":" + m.id() + ":" + p.materialId(), ATTENDANCE_DIFFERS_FROM_POST,
            m.id(), p.materialId(), "meeting " + m.attendance() + " " + unit(m).name().toLowerCase(Locale.ROOT)
                + ", post " + stated,
            List.of(meetingRecord(m, m.attendance().longValue()), postRecord(p, stated))));
      }
      if (p.publishedOn() != null && m.date() != null && p.publishedOn().isBefore(m.date())) {
        out.add(new DataCheck(POST_BEFORE_MEETING + ":" + m.id() + ":" + p.materialId(), POST_BEFORE_MEETING, m.id(),
            p.materialId(), "post " + p.publishedOn() + ", meeting " + m.date(),
            List.of(meetingRecord(m, null), postRecord(p, null))));
      }
    }
    for (MeetingFact m : meetings) {
      if (m.groupsPlanned() != null && m.groupsHeld() != null && m.groupsHeld() < m.groupsPlanned()) {
        out.add(new DataCheck(FEWER_GROUPS_THAN_PLANNED + ":" + m.id(), FEWER_GROUPS_THAN_PLANNED, m.id(), null,
            "planned " + m.groupsPlanned() + ", held " + m.groupsHeld(), List.of(meetingRecord(m, m.groupsHeld().longValue()))));
      }
    }
    for (PostAnalytics.Row p : posts) {
      if (p.engagedUsers() != null && p.reach() != null && p.engagedUsers() > p.reach()) {
        out.add(new DataCheck(ENGAGED_MORE_THAN_REACH + ":" + p.materialId(), ENGAGED_MORE_THAN_REACH, p.meetingId(),
            p.materialId(), "engaged " + p.engagedUsers() + ", reach " + p.reach(), List.of(postRecord(p, p.engagedUsers()))));
      }
    }
    return out;
  }

  /** Words naming people who attended, matched in the lower-cased text. */
  private static final Pattern PERSONS_WORD = Pattern.compile("participants?|attendees?|attended|people|অংশগ্রহণকারী|অংশগ্রহণ");
  /** Words naming organisations, for a meeting that counted organisations. */
  private static final Pattern ORGANISATIONS_WORD = Pattern.compile("organi[sz]ations?|সংস্থা|সংগঠন");
  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}{1,3}(?:,\\p{Nd}{3})+|\\p{Nd}+");

  /** The attendance in persons a post's text states (see the class comment for the rule); null when it states none. */
  public static Long statedAttendance(String text) {
    return statedAttendance(text, Unit.PERSONS);
  }

  /**
   * The attendance a post's text states in the meeting's unit: persons near a word for participants,
   * organisations near a word for organisations; null when it states none.
   */
  public static Long statedAttendance(String text, Unit unit) {
    if (text == null || text.isBlank()) {
      return null;
    }
    text = text.toLowerCase(Locale.ROOT);
    List<int[]> words = new ArrayList<>();
    Matcher w = (unit == Unit.ORGANISATIONS ? ORGANISATIONS_WORD : PERSONS_WORD).matcher(text);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    if (words.isEmpty()) {
      return null;
    }
    Long best = null;
    int bestDistance = Integer.MAX_VALUE;
    Matcher n = NUMBER.matcher(text);
    while (n.find()) {
      for (int[] word : words) {
        int distance = n.end() <= word[0] ? word[0] - n.end() : n.start() >= word[1] ? n.start() - word[1] : 0;
        if (distance <= NEAR && distance < bestDistance) {
          String digits = Digits.toAscii(n.group()).replace(",", "");
          try {
            best = Long.parseLong(digits);
            bestDistance = distance;
          } catch (NumberFormatException e) {
            // digits of another script: not a figure we read
          }
        }
      }
    }
    return best;
  }

  private static final class ThemeAcc {
    String theme;
    final List<String> challenges = new ArrayList<>();
    final Set<String> meetings = new LinkedHashSet<>();
  }

  static Figure count(String key, List<SourceRecord> sources) {
    return new Figure(key, (long) sources.size(), sources.size(), List.copyOf(sources));
  }

  /** A sum of the records' values; null (not zero) when no record carries one. */
  static Figure sum(String key, List<SourceRecord> sources) {
    Long total = sources.isEmpty() ? null : sources.stream().map(SourceRecord::value).filter(Objects::nonNull)
        .mapToLong(Long::longValue).sum();
    return new Figure(key, total, sources.size(), List.copyOf(sources));
  }

  private static Map<String, Figure> counts(String prefix, Map<String, List<SourceRecord>> groups) {
    Map<String, Figure> out = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Map.Entry.<String, List<SourceRecord>>comparingByValue(java.util.Comparator.comparingInt(List::size)).reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), count(prefix + e.getKey(), e.getValue())));
    return out;
  }

  private static SourceRecord memberRecord(NetworkFacts.MemberFact m) {
    return new SourceRecord("member", m.memberId(), nameOr(m.name(), m.memberId()) + " (" + m.memberSince() + ")", null);
  }

  private static String nameOr(String name, String id) {
    return name == null || name.isBlank() ? id : name;
  }

  static String kind(MeetingFact m) {
    return m.kind() == null ? "STAKEHOLDER" : m.kind().toUpperCase(Locale.ROOT);
  }

  static Unit unit(MeetingFact m) {
    return "ORGANISATIONS".equalsIgnoreCase(m.unit()) ? Unit.ORGANISATIONS : Unit.PERSONS;
  }

  static Joining joining(String joined) {
    if (joined == null) {
      return Joining.UNKNOWN;
    }
    return switch (joined.toUpperCase(Locale.ROOT).replace("_", "").replace("-", "")) {
      case "ONSITE" -> Joining.ON_SITE;
      case "ONLINE" -> Joining.ONLINE;
      default -> Joining.UNKNOWN;
    };
  }

  static String personKey(SpeakerFact s) {
    if (s.contactId() != null) {
      return s.contactId();
    }
    if (s.name() != null && !s.name().isBlank()) {
      return "name:" + s.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
    return "slot:" + s.id();
  }

  static String personName(SpeakerFact s) {
    return s.name() == null ? "(name not recorded)" : s.name();
  }

  private static SourceRecord meetingRecord(MeetingFact m, Long value) {
    return new SourceRecord("meeting", m.id(), m.title() + " (" + m.date() + ")", value);
  }

  private static SourceRecord postRecord(PostAnalytics.Row p, Long value) {
    return new SourceRecord("post", p.materialId(), p.publishedOn() + " " + p.summary(), value);
  }

  private static SourceRecord copiesRecord(String kind, MaterialFacts.Copies c) {
    return new SourceRecord(kind, c.id(), c.materialTitle() + " (" + c.on() + ")", c.quantity());
  }

  static Long postFigure(PostAnalytics.Row p, String figure) {
    return switch (figure) {
      case "reactions" -> p.reactions();
      case "comments" -> p.comments();
      case "shares" -> p.shares();
      case "reach" -> p.reach();
      case "engagedUsers" -> p.engagedUsers();
      default -> throw new IllegalArgumentException(figure);
    };
  }

  private static PostRow postRow(PostAnalytics.Row p) {
    return new PostRow(p.materialId(), p.publishedOn(), p.summary(), p.meetingId(), p.permalink(), p.reactions(), p.comments(),
        p.shares(), p.reach(), p.engagedUsers());
  }
}

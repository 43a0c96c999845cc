package org.redheart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
import org.redheart.reporting.api.SourceRecord;
import org.redheart.reporting.domain.ReportContent;
import org.redheart.reporting.domain.ReportContent.DataCheck;
import org.redheart.reporting.domain.ReportContent.Figure;

class ReportBuilderTest {
  static final LocalDate FROM = LocalDate.of(2022, 7, 1);
  static final LocalDate TO = LocalDate.of(2023, 4, 30);

  // --- the fixture campaign -------------------------------------------------------------------
  static final MeetingFact M1 = new MeetingFact("m1", "Stakeholder meeting Dhaka", "stakeholder", "HISTORICAL",
      LocalDate.of(2022, 8, 15), "NGOs, police", "Dhaka", "ONSITE", 120, "PERSONS", 3, 2,
      List.of(new SpeakerFact(1, "c1", "Nasima Begum", "Red Heart", "SPEAKER", "Trafficking routes", "ONSITE", "BD"),
          new SpeakerFact(2, "c2", "Arjun Rao", "Child Rights India", "SPEAKER", "Cross-border cases", "ONLINE", "IN"),
          new SpeakerFact(3, "c3", "Kamal Hossain", null, "CHAIR", null, "ONSITE", "BD")),
      List.of(new GroupFact(11, 0, "A", "Prevention", true, List.of("No birth registration", "Poverty")),
          new GroupFact(12, 1, "B", "Access to protection", true, List.of("Too few shelters"))),
      List.of(new ActionFact("p1", 11L, "Register births in two unions", "Union council", "OPEN", LocalDate.of(2022, 12, 1)),
          new ActionFact("p2", 12L, "Map shelters", "DSS", "CLOSED", null)),
      List.of(new RecommendationFact(1, "DEMAND", "A shelter in every district")));
  static final MeetingFact M2 = new MeetingFact("m2", "Campaign meeting Khulna", "campaign", "HISTORICAL",
      LocalDate.of(2022, 10, 5), "Organisations", "Khulna", "HYBRID", 35, "ORGANISATIONS", null, null,
      List.of(new SpeakerFact(4, "c1", "Nasima Begum", "Red Heart", "SPEAKER", "Results so far", "UNKNOWN", "BD"),
          new SpeakerFact(5, null, "Rina Akter", null, "SPEAKER", "Survivor voices", null, null),
          new SpeakerFact(6, "c4", "Salma Khatun", null, "WELCOME", null, "ONSITE", "BD")),
      List.of(new GroupFact(21, 0, "A", "Prevention", true, List.of("Child marriage")),
          new GroupFact(22, 1, "C", "Reintegration", false, List.of("not held"))),
      List.of(),
      List.of(new RecommendationFact(2, "GOOD_PRACTICE", "Survivor-led sessions"),
          new RecommendationFact(3, "DEMAND", "A shelter in every district")));
  static final MeetingFact M3 = new MeetingFact("m3", "Launch Jessore", "launch", "COMPLETED",
      LocalDate.of(2023, 1, 20), "Public", "Jessore", "ONSITE", 80, "PERSONS", 2, 2, List.of(), List.of(), List.of(), List.of());
  static final MeetingFact M4 = new MeetingFact("m4", "Stakeholder meeting Rajshahi", "stakeholder", "HISTORICAL",
      LocalDate.of(2023, 3, 2), null, "Rajshahi", null, null, "PERSONS", null, null, List.of(), List.of(), List.of(), List.of());

  static final PostAnalytics.Row P1 = post("p-1", LocalDate.of(2022, 8, 16), "m1", 210L, 14L, 9L, 3400L, 260L);
  static final PostAnalytics.Row P2 = post("p-2", LocalDate.of(2022, 10, 1), "m2", 95L, null, 4L, 1500L, 120L);
  static final PostAnalytics.Row P3 = post("p-3", LocalDate.of(2023, 1, 21), "m3", 300L, 22L, 17L, null, 410L);
  static final PostAnalytics.Row P4 = post("p-4", LocalDate.of(2023, 2, 10), null, 40L, 3L, 1L, 400L, 500L);
  static final PostAnalytics.Row P5 = post("p-5", LocalDate.of(2023, 4, 2), null, null, null, null, null, null);
  static final List<PostAnalytics.Row> POSTS = List.of(P1, P2, P3, P4, P5);

  static final Map<String, String> TEXTS = Map.of(
      "p-1", "Thank you to the 125 participants who came to our stakeholder meeting in Dhaka on 15 August!",
      "p-2", "Next week in Khulna: 35 organisations and some 90 participants will join us.",
      "p-3", "যশোরে উদ্বোধনী অনুষ্ঠানে ৮০ জন অংশগ্রহণকারী ছিলেন।",
      "p-4", "Stop child trafficking. Share this post.",
      "p-5", "");

  static final NetworkFacts.Period NETWORK = new NetworkFacts.Period(
      List.of(new NetworkFacts.MemberFact("n1", "Ayesha Siddiqua", "BD", 3L, LocalDate.of(2022, 6, 3)),
          new NetworkFacts.MemberFact("n2", "Farid Ahmed", "BD", null, LocalDate.of(2022, 7, 9)),
          new NetworkFacts.MemberFact("n3", "Priya Das", "IN", 3L, LocalDate.of(2023, 4, 2)),
          new NetworkFacts.MemberFact("n4", null, null, 5L, LocalDate.of(2023, 4, 20))),
      List.of(new NetworkFacts.JoinFact("e2", "n2", "Farid Ahmed", LocalDate.of(2022, 7, 9)),
          new NetworkFacts.JoinFact("e3", "n3", "Priya Das", LocalDate.of(2023, 4, 2)),
          new NetworkFacts.JoinFact("e4", "n4", null, LocalDate.of(2023, 4, 20)),
          new NetworkFacts.JoinFact("e5", "n5", "Left Again", LocalDate.of(2023, 4, 21))),
      List.of(new NetworkStats.Month(YearMonth.of(2022, 7), 1, 0, 2), new NetworkStats.Month(YearMonth.of(2023, 4), 3, 1, 4)));

  static final MaterialFacts.Produced MATERIALS = new MaterialFacts.Produced(
      List.of(new MaterialFacts.Item("b1", "Campaign brief", "BRIEF", MaterialStatus.PRINTED, LocalDate.of(2022, 7, 20)),
          new MaterialFacts.Item("g1", "Badge", "BADGE", MaterialStatus.APPROVED, LocalDate.of(2022, 8, 1))),
      List.of(new MaterialFacts.Copies("r1", "b1", "Campaign brief", 500, LocalDate.of(2022, 8, 1)),
          new MaterialFacts.Copies("r2", "old", "Booklet of 2021", 200, LocalDate.of(2022, 9, 1))),
      List.of(new MaterialFacts.Copies("d1", "b1", "Campaign brief", 300, LocalDate.of(2022, 8, 15))));

  static ReportBuilder.Inputs inputs() {
    return new ReportBuilder.Inputs(
        new CampaignFacts.Data("camp", "Stop trafficking 2022", "#redheart", List.of(M1, M2, M3, M4)),
        new PostAnalytics("camp", FROM, TO, POSTS, null, List.of(P3, P1), List.of(),
            List.of(new PostAnalytics.MonthTotals(YearMonth.of(2022, 8), 1, new PostAnalytics.Total(233, 1), new PostAnalytics.Total(3400, 1)),
                new PostAnalytics.MonthTotals(YearMonth.of(2022, 9), 0, new PostAnalytics.Total(0, 0), new PostAnalytics.Total(0, 0)))),
        TEXTS, NETWORK, MATERIALS, Map.of("m3", List.of("## Opening", "The launch drew a full hall.")));
  }

  static PostAnalytics.Row post(String id, LocalDate on, String meeting, Long reactions, Long comments, Long shares, Long reach,
      Long engaged) {
    return new PostAnalytics.Row(id, on, "Post " + id, "SOCIAL_POST", meeting, "https://fb.example/" + id, true, reactions,
        comments, shares, reach, engaged);
  }

  final ReportContent report = ReportBuilder.compute(inputs(), FROM, TO);

  // --- headline figures against totals computed here -----------------------------------------------

  @Test
  void countsMeetingsHeldByKind() {
    assertThat(report.headline().meetingsByKind()).containsOnlyKeys("STAKEHOLDER", "CAMPAIGN", "LAUNCH");
    assertThat(report.headline().meetingsByKind().get("STAKEHOLDER").value()).isEqualTo(2);
    assertThat(report.headline().meetingsByKind().get("STAKEHOLDER").sources()).extracting(SourceRecord::id)
        .containsExactly("m1", "m4");
    assertThat(report.headline().meetingsByKind().values().stream().mapToLong(Figure::value).sum()).isEqualTo(4);
  }

  @Test
  void reportsAttendanceInPersonsAndInOrganisationsApartNeverAdded() {
    long persons = Stream.of(M1, M2, M3, M4).filter(m -> m.attendance() != null && "PERSONS".equals(m.unit()))
        .mapToLong(MeetingFact::attendance).sum();
    long organisations = Stream.of(M1, M2, M3, M4).filter(m -> m.attendance() != null && "ORGANISATIONS".equals(m.unit()))
        .mapToLong(MeetingFact::attendance).sum();
    assertThat(report.headline().attendancePersons().value()).isEqualTo(persons).isEqualTo(200);
    assertThat(report.headline().attendancePersons().over()).isEqualTo(2); // m4 recorded none: not a zero
    assertThat(report.headline().attendanceOrganisations().value()).isEqualTo(organisations).isEqualTo(35);
    assertThat(report.headline().attendanceOrganisations().over()).isEqualTo(1);
  }

  @Test
  void countsSpeakingSlotsWithoutChairsHostsAndWelcomesAndDistinctSpeakers() {
    List<SpeakerFact> slots = Stream.of(M1, M2, M3, M4).flatMap(m -> m.speakers().stream())
        .filter(s -> s.role().equals("SPEAKER")).toList();
    Set<String> people = new HashSet<>();
    slots.forEach(s -> people.add(s.contactId() != null ? s.contactId() : s.name()));
    assertThat(report.headline().speakingSlots().value()).isEqualTo(slots.size()).isEqualTo(4);
    assertThat(report.headline().distinctSpeakers().value()).isEqualTo(people.size()).isEqualTo(3);
    assertThat(report.headline().speakingSlots().sources()).extracting(SourceRecord::id).doesNotContain("3", "6");
  }

  @Test
  void keepsUnknownJoiningAsItsOwnBucket() {
    Map<String, Figure> j = report.headline().slotsByJoining();
    assertThat(j).containsOnlyKeys("ON_SITE", "ONLINE", "UNKNOWN");
    assertThat(j.get("ON_SITE").value()).isEqualTo(1);
    assertThat(j.get("ONLINE").value()).isEqualTo(1);
    assertThat(j.get("UNKNOWN").value()).isEqualTo(2); // one recorded UNKNOWN, one not recorded at all
    assertThat(j.values().stream().mapToLong(Figure::value).sum()).isEqualTo(report.headline().speakingSlots().value());
  }

  @Test
  void countsDistinctSpeakersByCountry() {
    Map<String, Figure> c = report.headline().speakersByCountry();
    assertThat(c.get("BD").value()).isEqualTo(1);
    assertThat(c.get("IN").value()).isEqualTo(1);
    assertThat(c.get("UNKNOWN").value()).isEqualTo(1);
    assertThat(c.get("UNKNOWN").sources()).extracting(SourceRecord::label).containsExactly("Rina Akter");
  }

  @Test
  void sumsTheLatestPostFiguresEachOverThePostsThatRecordedIt() {
    for (String f : ReportBuilder.POST_FIGURES) {
      List<Long> values = POSTS.stream().map(p -> ReportBuilder.postFigure(p, f)).filter(Objects::nonNull).toList();
      Figure total = report.headline().postTotals().get(f);
      assertThat(total.value()).as(f).isEqualTo(values.stream().mapToLong(Long::longValue).sum());
      assertThat(total.over()).as(f).isEqualTo(values.size());
    }
    assertThat(report.headline().postTotals().get("reactions").value()).isEqualTo(645);
    assertThat(report.headline().postTotals().get("comments").over()).isEqualTo(3);
    assertThat(report.headline().postTotals().get("reach").value()).isEqualTo(5300);
    assertThat(report.headline().posts().value()).isEqualTo(5);
    assertThat(report.social().totals()).isEqualTo(report.headline().postTotals());
  }

  @Test
  void aFigureNobodyRecordedIsNullNotZero() {
    ReportBuilder.Inputs in = inputs();
    ReportContent onlyBlank = ReportBuilder.compute(new ReportBuilder.Inputs(in.meetings(),
        new PostAnalytics("camp", FROM, TO, List.of(P5), null, List.of(), List.of(), List.of()), TEXTS, NETWORK, MATERIALS,
        Map.of()), FROM, TO);
    assertThat(onlyBlank.headline().postTotals().get("reach").value()).isNull();
    assertThat(onlyBlank.headline().postTotals().get("reach").over()).isZero();
    assertThat(onlyBlank.headline().posts().value()).isEqualTo(1);
  }

  @Test
  void readsNetworkMembersAtTheEndOfThePeriodAndJoinedInItByCountryAndCategory() {
    assertThat(report.headline().membersAtEnd().value()).isEqualTo(NETWORK.membersAtEnd().size()).isEqualTo(4);
    assertThat(report.headline().membersAtEnd().sources()).extracting(SourceRecord::id).containsExactly("n1", "n2", "n3", "n4");
    assertThat(report.headline().membersJoined().value()).isEqualTo(NETWORK.joined().size()).isEqualTo(4);
    assertThat(report.network().membersByMonth()).containsExactly(new ReportContent.MonthValue(YearMonth.of(2022, 7), 2L),
        new ReportContent.MonthValue(YearMonth.of(2023, 4), 4L));
    assertThat(report.network().byCountry()).containsOnlyKeys("BD", "IN", "UNKNOWN");
    assertThat(report.network().byCountry().keySet()).first().isEqualTo("BD"); // largest first
    assertThat(report.network().byCountry().get("BD").value()).isEqualTo(2);
    assertThat(report.network().byCountry().get("UNKNOWN").sources()).extracting(SourceRecord::label).containsExactly("n4 (2023-04-20)");
    assertThat(report.network().byCategory().get("3").value()).isEqualTo(2);
    assertThat(report.network().byCategory().get("UNKNOWN").value()).isEqualTo(1);
    long byCountry = report.network().byCountry().values().stream().mapToLong(Figure::value).sum();
    assertThat(byCountry).isEqualTo(report.headline().membersAtEnd().value());
  }

  @Test
  void countsMaterialsProducedPrintedAndDistributed() {
    assertThat(report.headline().materialsProduced().value()).isEqualTo(MATERIALS.created().size());
    assertThat(report.headline().copiesPrinted().value()).isEqualTo(700);
    assertThat(report.headline().copiesDistributed().value()).isEqualTo(300);
    assertThat(report.materials().rows()).extracting(ReportContent.MaterialRow::materialId).containsExactly("b1", "g1", "old");
    assertThat(report.materials().rows().get(0).printed()).isEqualTo(500);
    assertThat(report.materials().rows().get(0).distributed()).isEqualTo(300);
  }

  @Test
  void everyFigureIsRecomputedFromItsRecords() {
    List<Figure> all = allFigures(report);
    assertThat(all).hasSizeGreaterThan(25);
    for (Figure f : all) {
      assertThat(f.over()).as(f.key()).isEqualTo(f.sources().size());
      if (isCount(f.key())) {
        assertThat(f.value()).as(f.key()).isEqualTo(f.sources().size());
      } else if (f.sources().isEmpty()) {
        assertThat(f.value()).as(f.key()).isNull();
      } else {
        assertThat(f.value()).as(f.key())
            .isEqualTo(f.sources().stream().map(SourceRecord::value).filter(Objects::nonNull).mapToLong(Long::longValue).sum());
      }
      assertThat(f.sources()).as(f.key()).allSatisfy(s -> assertThat(s.id()).isNotBlank());
    }
  }

  // --- tables and sections ---------------------------------------------------------------------------

  @Test
  void listsTheMeetingsWithAttendanceUnitAndSpeakers() {
    assertThat(report.meetings()).extracting(ReportContent.MeetingRow::meetingId).containsExactly("m1", "m2", "m3", "m4");
    ReportContent.MeetingRow m2 = report.meetings().get(1);
    assertThat(m2.attendance()).isEqualTo(35);
    assertThat(m2.unit()).isEqualTo(ReportContent.Unit.ORGANISATIONS);
    assertThat(m2.speakerNames()).containsExactly("Nasima Begum", "Rina Akter");
    assertThat(report.meetings().get(3).attendance()).isNull();
  }

  @Test
  void writesASectionPerMeetingFromItsReportOrItsRecord() {
    assertThat(report.sections()).hasSize(4);
    ReportContent.MeetingSection s1 = report.sections().get(0);
    assertThat(s1.source()).isEqualTo("PAST");
    assertThat(s1.speakers()).extracting(ReportContent.Speaker::chairOrHost).containsExactly(false, false, true);
    assertThat(s1.groups()).extracting(ReportContent.Group::themeCode).containsExactly("A", "B");
    assertThat(s1.groups()).extracting(ReportContent.Group::name).containsExactly("1", "2");
    assertThat(s1.groups().get(0).actionPlans()).containsExactly("Register births in two unions");
    assertThat(report.sections().get(1).groups()).hasSize(1); // the group not held is left out
    assertThat(report.sections().get(1).speakers().get(1).joining()).isEqualTo(ReportContent.Joining.UNKNOWN);
    assertThat(report.sections().get(2).source()).isEqualTo("REPORT");
    assertThat(report.sections().get(2).reportParagraphs()).containsExactly("## Opening", "The launch drew a full hall.");
  }

  @Test
  void groupsFindingsByThemeCodeAndListsActionPlansWithOwnersAndStatus() {
    assertThat(report.findingsByTheme()).extracting(ReportContent.ThemeFindings::themeCode).containsExactly("A", "B");
    ReportContent.ThemeFindings a = report.findingsByTheme().get(0);
    assertThat(a.challenges()).containsExactly("No birth registration", "Poverty", "Child marriage");
    assertThat(a.meetingIds()).containsExactly("m1", "m2");
    assertThat(report.actionPlans()).extracting(ReportContent.ActionPlanRow::owner, ReportContent.ActionPlanRow::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Union council", "OPEN"), org.assertj.core.groups.Tuple.tuple("DSS", "CLOSED"));
    assertThat(report.recommendations()).containsExactly("A shelter in every district", "Survivor-led sessions");
  }

  @Test
  void showsThePostsTheMostEngagedAndEngagementByMonth() {
    assertThat(report.social().posts()).extracting(ReportContent.PostRow::materialId).containsExactly("p-1", "p-2", "p-3", "p-4", "p-5");
    assertThat(report.social().mostEngaged()).extracting(ReportContent.PostRow::materialId).containsExactly("p-3", "p-1");
    assertThat(report.social().engagementByMonth()).containsExactly(new ReportContent.MonthValue(YearMonth.of(2022, 8), 233L),
        new ReportContent.MonthValue(YearMonth.of(2022, 9), null));
    assertThat(report.campaignName()).isEqualTo("Stop trafficking 2022");
  }

  // --- data to check -------------------------------------------------------------------------------------

  @Test
  void listsAPostDatedBeforeItsMeetingAndAnAttendanceConflictUnderDataToCheck() {
    assertThat(report.dataToCheck()).extracting(DataCheck::key).containsExactly(
        "ATTENDANCE_DIFFERS_FROM_POST:m1:p-1",
        "POST_BEFORE_MEETING:m2:p-2",
        "FEWER_GROUPS_THAN_PLANNED:m1",
        "ENGAGED_MORE_THAN_REACH:p-4");
    DataCheck attendance = report.dataToCheck().get(0);
    assertThat(attendance.found()).isEqualTo("meeting 120 persons, post 125");
    assertThat(attendance.sources()).extracting(SourceRecord::kind, SourceRecord::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("meeting", 120L), org.assertj.core.groups.Tuple.tuple("post", 125L));
    assertThat(report.dataToCheck().get(1).found()).isEqualTo("post 2022-10-01, meeting 2022-10-05");
  }

  @Test
  void theSameDataGivesTheSameCheckKeys() {
    assertThat(ReportBuilder.compute(inputs(), FROM, TO).dataToCheck()).extracting(DataCheck::key)
        .isEqualTo(report.dataToCheck().stream().map(DataCheck::key).toList());
  }

  @Test
  void readsTheAttendanceAPostStatesNearAParticipantsWord() {
    assertThat(ReportBuilder.statedAttendance("Thank you to the 125 participants!")).isEqualTo(125);
    assertThat(ReportBuilder.statedAttendance("Participants: 1,250 from 12 districts")).isEqualTo(1250);
    assertThat(ReportBuilder.statedAttendance("৮০ জন অংশগ্রহণকারী ছিলেন")).isEqualTo(80);
    assertThat(ReportBuilder.statedAttendance("সভায় অংশগ্রহণ করেন ১২০ জন")).isEqualTo(120);
    assertThat(ReportBuilder.statedAttendance("On 15 August 2022 we met in Dhaka.")).isNull();
    assertThat(ReportBuilder.statedAttendance("In 2022 we started a long campaign against child trafficking with the participants"))
        .isNull(); // 2022 is more than 40 characters away from the word
    assertThat(ReportBuilder.statedAttendance(null)).isNull();
  }

  @Test
  void comparesAMeetingCountedInOrganisationsWithTheOrganisationsThePostStates() {
    String text = TEXTS.get("p-2");
    assertThat(ReportBuilder.statedAttendance(text, ReportContent.Unit.ORGANISATIONS)).isEqualTo(35);
    assertThat(ReportBuilder.statedAttendance(text, ReportContent.Unit.PERSONS)).isEqualTo(90);
    assertThat(ReportBuilder.statedAttendance("২৫টি সংস্থা অংশ নেয়", ReportContent.Unit.ORGANISATIONS)).isEqualTo(25);
    // m2 counted 35 organisations: the 90 participants its post names are no conflict
    assertThat(report.dataToCheck()).extracting(DataCheck::key).noneMatch(k -> k.startsWith("ATTENDANCE_DIFFERS_FROM_POST:m2"));
  }

  static boolean isCount(String key) {
    return key.startsWith("meetings.held.") || key.startsWith("speakers.") || key.equals("posts") || key.equals("materials.produced")
        || key.startsWith("network.");
  }

  static List<Figure> allFigures(ReportContent r) {
    ReportContent.Headline h = r.headline();
    List<Figure> all = new ArrayList<>(List.of(h.attendancePersons(), h.attendanceOrganisations(), h.speakingSlots(),
        h.distinctSpeakers(), h.membersAtEnd(), h.membersJoined(), h.posts(), h.materialsProduced(), h.copiesPrinted(),
        h.copiesDistributed()));
    all.addAll(h.meetingsByKind().values());
    all.addAll(h.slotsByJoining().values());
    all.addAll(h.speakersByCountry().values());
    all.addAll(h.postTotals().values());
    all.addAll(r.network().byCountry().values());
    all.addAll(r.network().byCategory().values());
    return all;
  }
}

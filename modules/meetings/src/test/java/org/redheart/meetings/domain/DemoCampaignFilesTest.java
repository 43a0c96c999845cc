package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.RecordPastMeeting;
import org.redheart.meetings.api.RecordPastMeeting.GroupInput;
import org.redheart.meetings.domain.DemoCampaignFiles.DemoMeeting;

class DemoCampaignFilesTest {
  static List<DemoMeeting> meetings;
  static Map<String, Long> categoryIds = new HashMap<>();

  static String resource(String name) throws IOException {
    try (InputStream in = DemoCampaignFilesTest.class.getClassLoader().getResourceAsStream("demo-campaign/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void read() throws IOException {
    long id = 1;
    for (String line : resource("stakeholder_categories.txt").split("\\R")) {
      if (!line.isBlank()) {
        categoryIds.put(line.strip().toLowerCase(Locale.ROOT), id++);
      }
    }
    meetings = DemoCampaignFiles.read(resource("meetings.csv"), resource("speakers.csv"), resource("breakout_groups.csv"),
        resource("recommendations.txt"), resource("meeting_categories.csv"), "campaign-1", categoryIds);
  }

  static RecordPastMeeting meeting(String id) {
    return meetings.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().record();
  }

  @Test
  void readsTenMeetingsWithTheirReferences() {
    assertThat(meetings).extracting(DemoMeeting::id)
        .containsExactly("LAUNCH", "SM1", "SM2", "SM3", "SM4", "SM5", "SM6", "CM1", "CM2", "CM3");
    assertThat(meetings).allSatisfy(m -> assertThat(m.record().externalRef()).isEqualTo("demo:" + m.id()));
    assertThat(meetings).allSatisfy(m -> assertThat(m.record().categoryIds()).isNotEmpty());
  }

  @Test
  void keepsTimesModesAndAttendanceUnitsAsTheSourceGivesThem() {
    RecordPastMeeting launch = meeting("LAUNCH");
    assertThat(launch.startTime()).isNull();
    assertThat(launch.mode()).isEqualTo("ONLINE");
    assertThat(launch.attendanceTotal()).isEqualTo(59);
    assertThat(launch.attendanceUnit()).isEqualTo("PERSONS");
    assertThat(launch.groupsPlanned()).isNull();
    assertThat(launch.groups()).isEmpty();

    RecordPastMeeting sm3 = meeting("SM3");
    assertThat(sm3.date()).isEqualTo(LocalDate.of(2022, 10, 27));
    assertThat(sm3.startTime()).isEqualTo(LocalTime.of(15, 0));
    assertThat(sm3.endTime()).isEqualTo(LocalTime.of(17, 30));
    assertThat(sm3.mode()).isEqualTo("ONSITE");
    assertThat(sm3.title()).isEqualTo("3rd Stakeholder Meeting to Promote Child Rights - Students and Faculty Members of East West University");

    assertThat(meeting("SM1").attendanceUnit()).isEqualTo("ORGANISATIONS");
    assertThat(meeting("SM1").mode()).isEqualTo("HYBRID");
    assertThat(meeting("CM1").attendanceUnit()).isEqualTo("ORGANISATIONS");
    assertThat(meeting("CM1").startTime()).isNull();
    assertThat(meeting("CM3").attendanceTotal()).isEqualTo(85);
    assertThat(meeting("CM2").title()).contains("(launch of the Red Heart Campaign Network)");
  }

  @Test
  void readsSpeakersWithRolesJoinModesAndPlaces() {
    assertThat(meetings.stream().mapToInt(m -> m.record().speakers().size()).sum()).isEqualTo(36);
    var sm1 = meeting("SM1").speakers();
    assertThat(sm1).hasSize(5);
    assertThat(sm1.get(0).role()).isEqualTo("WELCOME");
    assertThat(sm1.get(1).role()).isEqualTo("CHAIR");
    assertThat(sm1.get(2).role()).isEqualTo("SPEAKER");
    assertThat(sm1).allSatisfy(s -> assertThat(s.joined()).isEqualTo("UNKNOWN"));
    assertThat(sm1.get(4).country()).isEqualTo("Alexandria, VA, USA");
    assertThat(meeting("SM2").speakers().get(0).role()).isEqualTo("HOST");
    var launch = meeting("LAUNCH").speakers();
    assertThat(launch).allSatisfy(s -> assertThat(s.joined()).isEqualTo("ONLINE"));
    assertThat(launch).allSatisfy(s -> assertThat(s.topic()).isNull());
    assertThat(launch.get(3).name()).isEqualTo("Mahdy Hassan");
    assertThat(launch.get(3).country()).isNull();
    assertThat(meeting("CM3").speakers().get(3).joined()).isEqualTo("ONSITE");
    Map<String, Long> people = meetings.stream().flatMap(m -> m.record().speakers().stream())
        .collect(Collectors.groupingBy(s -> PersonNames.key(s.name()), Collectors.counting()));
    assertThat(people).hasSize(15);
    assertThat(people.get("ishrat shamim")).isEqualTo(10);
    assertThat(meeting("SM2").speakers().get(2).name()).isEqualTo("Zoé Colpaert");
  }

  @Test
  void readsGroupsWithSuggestedThemeCodesChallengesAndActionPlans() {
    List<GroupInput> sm1 = meeting("SM1").groups();
    assertThat(sm1).hasSize(2);
    assertThat(meeting("SM1").groupsPlanned()).isEqualTo(2);
    assertThat(sm1).allSatisfy(g -> assertThat(g.themeCodeSuggested()).isTrue());
    assertThat(sm1.get(0).challenges()).hasSize(5).startsWith("poverty", "natural disasters");
    assertThat(sm1.get(0).actionPlans()).isEmpty();
    assertThat(sm1.get(1).challenges()).isEmpty();

    assertThat(meeting("SM2").groups()).extracting(GroupInput::themeCode).containsExactly("A", "B", "C");
    assertThat(meeting("SM3").groups()).extracting(GroupInput::themeCode).containsExactly("A", "D", "E", "F");
    assertThat(meeting("SM1").groups()).extracting(GroupInput::themeCode).containsExactly("D", "E");

    GroupInput sm4b = meeting("SM4").groups().get(1);
    assertThat(sm4b.challenges()).isEmpty();
    assertThat(sm4b.actionPlans()).hasSize(6);
    assertThat(sm4b.actionPlans().get(5).action()).isEqualTo("Child help desk in every Upazila");
    assertThat(sm4b.actionPlans()).allSatisfy(a -> assertThat(a.ownerName()).isNull());
    assertThat(meeting("SM5").groups().get(0).actionPlans()).hasSize(12);
  }

  @Test
  void attachesTheCampaignsRecommendationsToItsLastMeeting() {
    var sm6 = meeting("SM6").recommendations();
    assertThat(sm6).hasSize(20);
    assertThat(sm6.stream().filter(r -> r.kind().equals("DEMAND"))).hasSize(10);
    assertThat(sm6.stream().filter(r -> r.kind().equals("GOOD_PRACTICE"))).hasSize(10);
    assertThat(sm6).extracting(RecordPastMeeting.RecommendationInput::text)
        .contains("establishment of Trauma Council Centre")
        .noneMatch(t -> t.contains("["));
    assertThat(meetings.stream().filter(m -> !m.id().equals("SM6"))).allSatisfy(m ->
        assertThat(m.record().recommendations()).isEmpty());
  }

  @Test
  void everyDemoMeetingPassesTheRulesOfAPastMeeting() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    for (DemoMeeting m : meetings) {
      var ok = PastMeetingRules.check(m.record(), categoryIds::containsValue, place -> Optional.of("XX"), clock);
      assertThat(ok.groupsHeld()).isEqualTo(m.record().groups().size());
    }
  }

  @Test
  void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    var rows = CsvText.read("a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n\n1,\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("a", "x, y").containsEntry("b", "say \"hi\"\nthere");
    assertThat(rows.get(1)).containsEntry("a", "1").containsEntry("b", "");
  }
}

package org.redheart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.reporting.api.SourceRecord;
import org.redheart.reporting.domain.ReportContent;
import org.redheart.reporting.domain.ReportContent.Figure;

class RedactorTest {
  static ReportContent content() {
    Figure slots = new Figure("speakers.slots", 2L, 2, List.of(new SourceRecord("speaker-slot", "s1", "Dr. Rahima Khatun", null),
        new SourceRecord("speaker-slot", "s2", "Md. Karim", null)));
    Figure none = new Figure("posts.count", 0L, 0, List.of());
    return new ReportContent("c1", "Red Heart", "#SaveFACE4Children", LocalDate.of(2022, 7, 1), LocalDate.of(2023, 4, 30),
        new ReportContent.Headline(Map.of("meetings.held.STAKEHOLDER", new Figure("meetings.held.STAKEHOLDER", 1L, 1,
            List.of(new SourceRecord("meeting", "m1", "Launch", null)))), none, none, slots, slots, Map.of(), Map.of(),
            none, none, none, Map.of(), none, none, none),
        List.of(new ReportContent.MeetingRow("m1", LocalDate.of(2022, 7, 30), "Launch", "STAKEHOLDER", "Partners",
            "Online", "ONLINE", 59L, ReportContent.Unit.PERSONS, List.of("Dr. Rahima Khatun", "Md. Karim"))),
        List.of(new ReportContent.MeetingSection("m1", "Launch", LocalDate.of(2022, 7, 30), "past", List.of(
            new ReportContent.Speaker("Dr. Rahima Khatun", "Speaker", "Dhaka University", "Bangladesh", "Child rights",
                ReportContent.Joining.ONLINE, false)), List.of(), List.of())),
        List.of(),
        List.of(new ReportContent.ActionPlanRow("a1", "m1", "Brief the district officers", "Dr. Rahima Khatun", "OPEN", null)),
        new ReportContent.SocialMedia(List.of(), Map.of(), List.of(), List.of(new ReportContent.MonthValue(YearMonth.of(2022, 7), 5L))),
        new ReportContent.NetworkPart(List.of(), Map.of(), Map.of()),
        new ReportContent.MaterialsPart(List.of(), none, none, none), List.of("Meet again"), List.of());
  }

  @Test
  void replacesTheErasedPersonsNameWhereverTheReportNamesThemAndCountsIt() {
    Redactor.Result r = Redactor.redact(content(), Set.of("Dr. Rahima Khatun"));

    assertThat(r.replacements()).isEqualTo(5);
    assertThat(r.content().meetings().get(0).speakerNames()).containsExactly("[erased]", "Md. Karim");
    assertThat(r.content().sections().get(0).speakers().get(0).name()).isEqualTo("[erased]");
    assertThat(r.content().actionPlans().get(0).owner()).isEqualTo("[erased]");
    assertThat(r.content().headline().speakingSlots().sources().get(0).label()).isEqualTo("[erased]");
    assertThat(r.content().headline().speakingSlots().value()).isEqualTo(2L);
  }

  @Test
  void aReportThatDoesNotNameThePersonIsLeftAlone() {
    assertThat(Redactor.redact(content(), Set.of("Someone Else")).replacements()).isZero();
  }
}

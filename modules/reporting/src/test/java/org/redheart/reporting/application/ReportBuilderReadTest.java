package org.redheart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.MaterialFacts;
import org.redheart.meetings.api.CampaignFacts;
import org.redheart.meetings.api.MeetingReports;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Role;
import org.redheart.reporting.domain.ReportContent;

/** The builder reads the modules through their bulk apis, as the system, and asks only completed meetings for a report. */
class ReportBuilderReadTest {
  final List<String> reportsAskedFor = new ArrayList<>();
  final List<Actor> actors = new ArrayList<>();
  final ReportBuilder.Inputs fixture = ReportBuilderTest.inputs();

  @SuppressWarnings("unchecked")
  static <T> T fake(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
      if (m.getName().equals("toString")) {
        return "fake " + type.getSimpleName();
      }
      Object out = answer.apply(m.getName(), args);
      if (out == null) {
        throw new UnsupportedOperationException(m.getName());
      }
      return out;
    });
  }

  ReportBuilder builder() {
    ReportBuilder b = new ReportBuilder();
    b.meetingFacts = (campaign, from, to) -> fixture.meetings();
    b.networkFacts = (from, to) -> fixture.network();
    b.engagement = fake(Engagement.class, (name, args) -> {
      if (name.equals("analytics")) {
        actors.add((Actor) args[3]);
        return fixture.posts();
      }
      return null;
    });
    b.materialFacts = fake(MaterialFacts.class, (name, args) -> switch (name) {
      case "postTexts" -> fixture.postTexts();
      case "produced" -> fixture.materials();
      default -> null;
    });
    b.meetingReports = fake(MeetingReports.class, (name, args) -> {
      if (!name.equals("report")) {
        return null;
      }
      String meeting = (String) args[0];
      reportsAskedFor.add(meeting);
      return new MeetingReports.Report(meeting, "Launch Jessore", MeetingReports.Version.APPROVED,
          List.of(new MeetingReports.Block(MeetingReports.Kind.HEADING, "Opening"),
              new MeetingReports.Block(MeetingReports.Kind.PARAGRAPH, "The launch drew a full hall.")));
    });
    return b;
  }

  @Test
  void buildsTheSameReportAsItsInputsGiveAndAsksOnlyCompletedMeetingsForTheirApprovedReport() {
    ReportContent built = builder().build("camp", ReportBuilderTest.FROM, ReportBuilderTest.TO);
    assertThat(reportsAskedFor).containsExactly("m3"); // the others are past meetings recorded without a process
    assertThat(built).isEqualTo(ReportBuilder.compute(fixture, ReportBuilderTest.FROM, ReportBuilderTest.TO));
    assertThat(built.sections().get(2).reportParagraphs()).containsExactly("## Opening", "The launch drew a full hall.");
    assertThat(actors).singleElement().satisfies(a -> assertThat(a.has(Role.ADMIN)).isTrue());
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsNamingTheField() {
    InvalidInput e = catchThrowableOfType(() -> builder().build("camp", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 4, 1)),
        InvalidInput.class);
    assertThat(e.fieldErrors()).containsOnlyKeys("from");
    assertThat(reportsAskedFor).isEmpty();
  }

  @Test
  void requiresACampaign() {
    InvalidInput e = catchThrowableOfType(() -> builder().build(" ", ReportBuilderTest.FROM, ReportBuilderTest.TO), InvalidInput.class);
    assertThat(e.fieldErrors()).containsOnlyKeys("campaignId");
  }
}

package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.PostAnalytics;
import org.redheart.platform.api.Documents;

class PostAnalyticsMathTest {

  private static PostAnalytics.Row row(String id, String day, String kind, Long reactions, Long comments, Long shares,
      Long reach) {
    return new PostAnalytics.Row(id, LocalDate.parse(day), id, kind, null, "https://fb.com/" + id, true, reactions,
        comments, shares, reach, null);
  }

  @Test
  void totalsRunOverThePostsThatHaveTheFigureAndBlanksAreNotZeros() {
    List<PostAnalytics.Row> rows = List.of(
        row("a", "2022-07-30", "SOCIAL_POST", 400L, 2L, 5L, 3042L),
        row("b", "2022-07-31", "SOCIAL_POST", 100L, null, null, null),
        row("c", "2022-09-15", "VIDEO", null, null, null, null),
        row("d", "2022-09-20", "SOCIAL_POST", 0L, 0L, 1L, 900L));

    PostAnalytics a = PostAnalyticsMath.of("camp", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30), rows);

    assertThat(a.totals().posts()).isEqualTo(4);
    assertThat(a.totals().reactions()).isEqualTo(new PostAnalytics.Total(500, 3));
    assertThat(a.totals().comments()).isEqualTo(new PostAnalytics.Total(2, 2));
    assertThat(a.totals().shares()).isEqualTo(new PostAnalytics.Total(6, 2));
    assertThat(a.totals().reach()).isEqualTo(new PostAnalytics.Total(3942, 2));
    assertThat(a.totals().engagedUsers()).isEqualTo(new PostAnalytics.Total(0, 0));
    assertThat(a.mostEngaged()).extracting(PostAnalytics.Row::materialId).containsExactly("a", "b", "d");
    assertThat(a.byKind()).containsExactly(
        new PostAnalytics.KindTotals("SOCIAL_POST", 3, new PostAnalytics.Total(508, 3)),
        new PostAnalytics.KindTotals("VIDEO", 1, new PostAnalytics.Total(0, 0)));
    assertThat(a.byMonth()).extracting(PostAnalytics.MonthTotals::month)
        .containsExactly(YearMonth.of(2022, 7), YearMonth.of(2022, 8), YearMonth.of(2022, 9));
    assertThat(a.byMonth().get(0).interactions()).isEqualTo(new PostAnalytics.Total(507, 2));
    assertThat(a.byMonth().get(1).posts()).isZero();
    assertThat(a.byMonth().get(2).reach()).isEqualTo(new PostAnalytics.Total(900, 1));
  }

  @Test
  void theMostEngagedAreTheFiveWithMostInteractions() {
    List<PostAnalytics.Row> rows = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      rows.add(row("p" + i, "2022-10-0" + i, "SOCIAL_POST", (long) (i * 10), (long) (i % 3), null, null));
    }
    PostAnalytics a = PostAnalyticsMath.of("camp", LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31), rows);
    assertThat(a.mostEngaged()).extracting(PostAnalytics.Row::materialId).containsExactly("p8", "p7", "p6", "p5", "p4");
  }

  @Test
  void theChartHasOneBarPerMonthWithBanglaLabelsAndDigitsInBangla() {
    PostAnalytics a = PostAnalyticsMath.of("camp", LocalDate.of(2022, 7, 1), LocalDate.of(2023, 4, 30),
        List.of(row("a", "2022-07-30", "SOCIAL_POST", 400L, 2L, 5L, null)));

    Documents.BarChart en = DefaultEngagement.chart(a, "en");
    Documents.BarChart bn = DefaultEngagement.chart(a, "bn");

    assertThat(en.bars()).hasSize(10);
    assertThat(en.bars().get(0)).isEqualTo(new Documents.Bar("Jul 2022", 407));
    assertThat(en.bars().get(9).label()).isEqualTo("Apr 2023");
    assertThat(en.bengaliDigits()).isFalse();
    assertThat(bn.bars().get(0).label()).isEqualTo("জুলাই ২০২২");
    assertThat(bn.bengaliDigits()).isTrue();
  }
}

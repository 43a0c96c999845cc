package org.redheart.network.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.redheart.network.api.NetworkStats;

class GrowthTest {

  @Test
  void countsMembersAtTheEndOfEachMonthIncludingMonthsWithoutChange() {
    TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
    byMonth.put(YearMonth.of(2026, 9), new long[] {3, 0});
    byMonth.put(YearMonth.of(2026, 11), new long[] {2, 1});

    List<NetworkStats.Month> growth = DefaultNetwork.growth(byMonth, YearMonth.of(2026, 12));

    assertThat(growth).containsExactly(
        new NetworkStats.Month(YearMonth.of(2026, 9), 3, 0, 3),
        new NetworkStats.Month(YearMonth.of(2026, 10), 0, 0, 3),
        new NetworkStats.Month(YearMonth.of(2026, 11), 2, 1, 4),
        new NetworkStats.Month(YearMonth.of(2026, 12), 0, 0, 4));
  }

  @Test
  void hasNoMonthsBeforeTheFirstJoin() {
    assertThat(DefaultNetwork.growth(new TreeMap<>(), YearMonth.of(2026, 12))).isEmpty();
  }
}

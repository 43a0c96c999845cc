package org.redheart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link ReportBenchmark} (1,000 meetings, 10,000 posts; runs from {@code -Dreport.bench.runs},
 * default 3) and prints its figures for {@code bench/report}; checks the report's shape and the
 * issue's goal (compute and export under 10 s together).
 */
class ReportBenchmarkTest {
  @Test
  void computesAndExportsACampaignOfAThousandMeetingsAndTenThousandPostsUnderTenSeconds() {
    int runs = Integer.getInteger("report.bench.runs", 3);
    ReportBenchmark.Result r = ReportBenchmark.run(1000, 10_000, runs);
    System.out.println(r);
    assertThat(r.meetings()).isEqualTo(1000);
    assertThat(r.checks()).isPositive(); // the generated data holds posts dated early, stated attendance off, fewer groups
    assertThat(r.computeMedian() + r.exportMedian()).isLessThan(10_000);
  }
}

package org.redheart.meetings.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.redheart.meetings.domain.BreakoutAssignment.Attendee;

/**
 * The benchmark line "time to assign 500 attendees to 4 groups": 500 attendees of 8
 * stakeholder categories of uneven sizes (a few of unknown category), 20 of them pinned, into groups
 * A, B, C, A. Reports the first, cold call (class loading, no JIT yet) and the median and best of the
 * following ones. {@code main} also times a meeting twenty times that size, as a ceiling.
 *
 * <p>Run: {@code mvn -q -o -pl modules/meetings -am test -Dtest=BreakoutAssignmentTest
 * -Dsurefire.failIfNoSpecifiedTests=false} and read {@code
 * modules/meetings/target/surefire-reports/org.redheart.meetings.domain.BreakoutAssignmentTest-output.txt},
 * or run this class's {@code main} with the module's test classpath.
 */
final class BreakoutAssignmentBenchmark {
  private BreakoutAssignmentBenchmark() {}

  record Result(int attendees, int groups, double firstMillis, double medianMillis, double bestMillis, int runs) {
    @Override
    public String toString() {
      return String.format(
          "breakout: %d attendees into %d groups: first call %.2f ms, then median %.3f ms, best %.3f ms over %d runs",
          attendees, groups, firstMillis, medianMillis, bestMillis, runs);
    }
  }

  static Result run(int runs) {
    return run(500, 8, List.of("A", "B", "C", "A"), 20, runs);
  }

  static Result run(int attendeeCount, int categories, List<String> themes, int pinCount, int runs) {
    Random random = new Random(500);
    List<Attendee> attendees = new ArrayList<>();
    for (long id = 1; id <= attendeeCount; id++) {
      // category c is about twice as common as c + 1; one in twenty unknown
      Long category =
          random.nextInt(20) == 0
              ? null
              : 1L + Long.numberOfTrailingZeros(random.nextLong() | (1L << (categories - 1)));
      attendees.add(new Attendee(1000 + id, category));
    }
    Map<Long, Integer> pins = new HashMap<>();
    while (pins.size() < pinCount) {
      pins.put(attendees.get(random.nextInt(attendeeCount)).id(), random.nextInt(themes.size()));
    }
    long start = System.nanoTime();
    BreakoutAssignment.assign(attendees, themes, pins, 1L);
    double first = (System.nanoTime() - start) / 1e6;
    double[] times = new double[runs];
    for (int r = 0; r < runs; r++) {
      start = System.nanoTime();
      BreakoutAssignment.assign(attendees, themes, pins, r);
      times[r] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return new Result(attendeeCount, themes.size(), first, times[runs / 2], times[0], runs);
  }

  public static void main(String[] args) {
    System.out.println(run(200));
    List<String> twentyGroups = new ArrayList<>();
    for (int g = 0; g < 20; g++) {
      twentyGroups.add(String.valueOf((char) ('A' + g % 3)));
    }
    System.out.println(run(10_000, 12, twentyGroups, 200, 10));
  }
}

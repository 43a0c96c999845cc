package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.domain.BreakoutAssignment.Attendee;

/**
 * The rules of {@link BreakoutAssignment} over many random meetings (seeded, so a failure repeats:
 * the case number and its seed are in the message).
 */
class BreakoutAssignmentPropertiesTest {

  private static final int CASES = 500;

  @Test
  void withoutPinsEveryGroupSizeAndEveryCategoryIsWithinOneOfTheOthers() {
    Random random = new Random(20261129);
    for (int i = 0; i < CASES; i++) {
      Meeting m = Meeting.random(random, 150, 8);

      BreakoutAssignment groups = BreakoutAssignment.assign(m.attendees, m.themes, Map.of(), i);

      Balance balance = Balance.of(groups, m.attendees);
      assertThat(balance.sizesSpreadWithin(1)).as("case %d sizes %s", i, balance.sizes()).isTrue();
      assertThat(balance.everyCategorySpreadWithin(1)).as("case %d mix %s", i, balance.byCategory()).isTrue();
      assertThat(groups.groupByAttendee()).as("case %d", i).hasSize(m.attendees.size());
      assertThat(BreakoutAssignment.assign(m.attendees, m.themes, Map.of(), i)).isEqualTo(groups);
    }
  }

  @Test
  void pinsThatLeaveRoomForPerfectBalanceGetPerfectBalance() {
    Random random = new Random(7);
    for (int i = 0; i < CASES; i++) {
      Meeting m = Meeting.random(random, 150, 8);
      Map<Long, Integer> pins = m.pinsFromAPerfectSplit(random);

      BreakoutAssignment groups = BreakoutAssignment.assign(m.attendees, m.themes, pins, i);

      pins.forEach((id, g) -> assertThat(groups.groupOf(id)).isEqualTo(g));
      Balance balance = Balance.of(groups, m.attendees);
      assertThat(balance.sizesSpreadWithin(1)).as("case %d sizes %s", i, balance.sizes()).isTrue();
      assertThat(balance.everyCategorySpreadWithin(1))
          .as("case %d pins %s mix %s", i, pins, balance.byCategory())
          .isTrue();
    }
  }

  @Test
  void anyPinsAreKeptAndNoMoveOrSwapOfUnpinnedPeopleWouldBalanceBetter() {
    Random random = new Random(11);
    for (int i = 0; i < CASES; i++) {
      Meeting m = Meeting.random(random, 150, 8);
      Map<Long, Integer> pins = m.anyPins(random);

      BreakoutAssignment groups = BreakoutAssignment.assign(m.attendees, m.themes, pins, i);

      int caseNumber = i;
      pins.forEach((id, g) -> assertThat(groups.groupOf(id)).as("case %d", caseNumber).isEqualTo(g));
      Counts counts = Counts.of(m, groups, pins);
      assertThat(counts.onlyPinnedPeopleMakeAGroupBiggerThanTheSmallestPlusOne())
          .as("case %d sizes %s", i, Balance.of(groups, m.attendees).sizes())
          .isTrue();
      assertThat(counts.noMoveOrSwapImprovesTheMix()).as("case %d", i).isTrue();
    }
  }

  @Test
  void smallMeetingsGetTheBestBalanceThatExhaustiveSearchFinds() {
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      Meeting m = Meeting.random(random, 8, 4);
      Map<Long, Integer> pins = m.anyPins(random);

      BreakoutAssignment groups = BreakoutAssignment.assign(m.attendees, m.themes, pins, i);

      long[] found = Counts.of(m, groups, pins).cost();
      long[] best = bestByExhaustiveSearch(m, pins);
      assertThat(found).as("case %d: %s pins %s", i, m.attendees, pins).containsExactly(best);
    }
  }

  /** Lexicographically least (sum of squared sizes, sum of squared category counts). */
  private static long[] bestByExhaustiveSearch(Meeting m, Map<Long, Integer> pins) {
    List<Attendee> free = m.attendees.stream().filter(a -> !pins.containsKey(a.id())).toList();
    int k = m.themes.size();
    long[] best = null;
    int[] choice = new int[free.size()];
    long combinations = (long) Math.pow(k, free.size());
    for (long n = 0; n < combinations; n++) {
      long rest = n;
      for (int j = 0; j < choice.length; j++) {
        choice[j] = (int) (rest % k);
        rest /= k;
      }
      Map<Long, Integer> groupOf = new HashMap<>(pins);
      for (int j = 0; j < choice.length; j++) {
        groupOf.put(free.get(j).id(), choice[j]);
      }
      long[] cost = Counts.of(m, groupOf::get, pins).cost();
      if (best == null || cost[0] < best[0] || (cost[0] == best[0] && cost[1] < best[1])) {
        best = cost;
      }
    }
    return best;
  }

  /** A random meeting: attendees of skewed categories (some unknown) and up to maxGroups groups. */
  private record Meeting(List<Attendee> attendees, List<String> themes) {

    static Meeting random(Random random, int maxAttendees, int maxGroups) {
      int n = 1 + random.nextInt(maxAttendees);
      int categories = 1 + random.nextInt(6);
      boolean someUnknown = random.nextBoolean();
      List<Attendee> attendees = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Long category =
            someUnknown && random.nextInt(8) == 0
                ? null
                : 10L + Math.min(random.nextInt(categories), random.nextInt(categories));
        attendees.add(new Attendee(100 + 3L * i + random.nextInt(3), category));
      }
      int k = 1 + random.nextInt(Math.min(n, maxGroups));
      List<String> themes = new ArrayList<>();
      for (int g = 0; g < k; g++) {
        themes.add(List.of("A", "B", "C", "D").get(random.nextInt(4)));
      }
      return new Meeting(attendees, themes);
    }

    /** Pins some people to their group in a split that is perfectly balanced. */
    Map<Long, Integer> pinsFromAPerfectSplit(Random random) {
      List<Long> categoryOrder =
          new ArrayList<>(attendees.stream().map(Attendee::categoryId).distinct().toList());
      Collections.shuffle(categoryOrder, random);
      List<Attendee> byCategory = new ArrayList<>(attendees);
      Collections.shuffle(byCategory, random);
      byCategory.sort((a, b) -> categoryOrder.indexOf(a.categoryId()) - categoryOrder.indexOf(b.categoryId()));
      int k = themes.size();
      int offset = random.nextInt(k);
      double share = random.nextDouble() * 0.6;
      Map<Long, Integer> pins = new HashMap<>();
      for (int i = 0; i < byCategory.size(); i++) {
        if (random.nextDouble() < share) {
          pins.put(byCategory.get(i).id(), (i + offset) % k);
        }
      }
      return pins;
    }

    /** Pins anyone anywhere, often crowding one group. */
    Map<Long, Integer> anyPins(Random random) {
      int k = themes.size();
      double share = random.nextDouble() * 0.7;
      int crowded = random.nextInt(k);
      Map<Long, Integer> pins = new HashMap<>();
      for (Attendee a : attendees) {
        if (random.nextDouble() < share) {
          pins.put(a.id(), random.nextBoolean() ? crowded : random.nextInt(k));
        }
      }
      return pins;
    }
  }

  /** Counts per group and category, all and unpinned only. */
  private record Counts(int[] size, int[][] all, int[][] unpinned) {

    interface GroupOf {
      Integer of(long attendeeId);
    }

    static Counts of(Meeting m, BreakoutAssignment groups, Map<Long, Integer> pins) {
      return of(m, groups::groupOf, pins);
    }

    static Counts of(Meeting m, GroupOf groupOf, Map<Long, Integer> pins) {
      List<Long> categories = m.attendees.stream().map(Attendee::categoryId).distinct().toList();
      int k = m.themes.size();
      int[] size = new int[k];
      int[][] all = new int[k][categories.size()];
      int[][] unpinned = new int[k][categories.size()];
      for (Attendee a : m.attendees) {
        int g = groupOf.of(a.id());
        int c = categories.indexOf(a.categoryId());
        size[g]++;
        all[g][c]++;
        if (!pins.containsKey(a.id())) {
          unpinned[g][c]++;
        }
      }
      return new Counts(size, all, unpinned);
    }

    long[] cost() {
      long sizes = 0;
      long mix = 0;
      for (int g = 0; g < size.length; g++) {
        sizes += (long) size[g] * size[g];
        for (int x : all[g]) {
          mix += (long) x * x;
        }
      }
      return new long[] {sizes, mix};
    }

    boolean onlyPinnedPeopleMakeAGroupBiggerThanTheSmallestPlusOne() {
      int smallest = Integer.MAX_VALUE;
      for (int s : size) {
        smallest = Math.min(smallest, s);
      }
      for (int g = 0; g < size.length; g++) {
        int free = 0;
        for (int x : unpinned[g]) {
          free += x;
        }
        if (free > 0 && size[g] > smallest + 1) {
          return false;
        }
      }
      return true;
    }

    /** Moves that keep the multiset of sizes (to a group one smaller) and swaps across categories. */
    boolean noMoveOrSwapImprovesTheMix() {
      int k = size.length;
      int categories = all.length == 0 ? 0 : all[0].length;
      for (int g = 0; g < k; g++) {
        for (int c = 0; c < categories; c++) {
          if (unpinned[g][c] == 0) {
            continue;
          }
          for (int h = 0; h < k; h++) {
            if (h == g) {
              continue;
            }
            if (size[h] == size[g] - 1 && all[g][c] >= all[h][c] + 2) {
              return false;
            }
            for (int d = 0; d < categories; d++) {
              if (d == c || unpinned[h][d] == 0) {
                continue;
              }
              long change =
                  2L * (all[h][c] - all[g][c]) + 2 + 2L * (all[g][d] - all[h][d]) + 2;
              if (change < 0) {
                return false;
              }
            }
          }
        }
      }
      return true;
    }
  }
}

package org.redheart.meetings.domain;

import java.util.Arrays;

/**
 * How many unpinned attendees of each category go to each group: the counting half of {@link
 * BreakoutAssignment}, kept apart because it is the only clever part.
 *
 * <p>It is a min-cost flow with convex costs: every unpinned attendee flows from their category to a
 * group. The cost is lexicographic. First the sum of squares of the group sizes, so each attendee
 * goes to a smallest group (water-filling around the pinned people: sizes differ by at most one
 * unless pins force a group to be bigger, and then only pinned people make it bigger). Then the sum,
 * over groups and categories, of the square of each category's count in each group, counting pinned
 * people, which spreads every category as evenly as the sizes and the pins allow (without pins: at
 * most one apart, for every category at once). Successive shortest paths, one attendee at a time,
 * keep the flow optimal after each attendee; a path may move earlier attendees of other categories
 * between groups (the backward arcs) to make room.
 *
 * <p>Cost: one Bellman-Ford over categories and groups per unpinned attendee, so about {@code n *
 * (categories + groups) * categories * groups} in the worst case and far less in practice (a few
 * rounds per search); the groups and categories of a meeting are few.
 */
final class GroupMix {
  private static final long UNREACHED = Long.MAX_VALUE;

  private GroupMix() {}

  /**
   * @param pinned {@code pinned[g][c]}: attendees of category {@code c} pinned to group {@code g}
   * @param free {@code free[c]}: unpinned attendees of category {@code c}
   * @return {@code added[g][c]}: unpinned attendees of category {@code c} to put in group {@code g}
   */
  static int[][] spread(int[][] pinned, int[] free) {
    int groups = pinned.length;
    int categories = free.length;
    int[][] count = new int[groups][];
    int[][] added = new int[groups][categories];
    int[] size = new int[groups];
    for (int g = 0; g < groups; g++) {
      count[g] = pinned[g].clone();
      for (int c = 0; c < categories; c++) {
        size[g] += pinned[g][c];
      }
    }
    int[] left = free.clone();
    int toPlace = 0;
    for (int f : free) {
      toPlace += f;
    }

    long[] categoryDistance = new long[categories];
    long[] groupDistance = new long[groups];
    int[] categoryBefore = new int[groups];
    int[] groupBefore = new int[categories];
    for (; toPlace > 0; toPlace--) {
      for (int c = 0; c < categories; c++) {
        categoryDistance[c] = left[c] > 0 ? 0 : UNREACHED;
        groupBefore[c] = -1;
      }
      Arrays.fill(groupDistance, UNREACHED);
      boolean changed = true;
      for (int round = 0; changed && round <= groups + categories; round++) {
        changed = false;
        for (int c = 0; c < categories; c++) {
          if (categoryDistance[c] == UNREACHED) {
            continue;
          }
          for (int g = 0; g < groups; g++) {
            long d = categoryDistance[c] + 2L * count[g][c] + 1;
            if (d < groupDistance[g]) {
              groupDistance[g] = d;
              categoryBefore[g] = c;
              changed = true;
            }
          }
        }
        for (int g = 0; g < groups; g++) {
          if (groupDistance[g] == UNREACHED) {
            continue;
          }
          for (int c = 0; c < categories; c++) {
            if (added[g][c] == 0) {
              continue;
            }
            long d = groupDistance[g] - (2L * count[g][c] - 1);
            if (d < categoryDistance[c]) {
              categoryDistance[c] = d;
              groupBefore[c] = g;
              changed = true;
            }
          }
        }
      }

      int end = -1;
      for (int g = 0; g < groups; g++) {
        if (end < 0
            || size[g] < size[end]
            || (size[g] == size[end] && groupDistance[g] < groupDistance[end])) {
          end = g;
        }
      }
      size[end]++;
      int g = end;
      while (true) {
        int c = categoryBefore[g];
        count[g][c]++;
        added[g][c]++;
        int from = groupBefore[c];
        if (from < 0) {
          left[c]--;
          break;
        }
        count[from][c]--;
        added[from][c]--;
        g = from;
      }
    }
    return added;
  }
}

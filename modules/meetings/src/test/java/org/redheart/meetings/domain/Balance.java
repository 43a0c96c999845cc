package org.redheart.meetings.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.meetings.domain.BreakoutAssignment.Attendee;

/** What a breakout assignment looks like in numbers: group sizes and each category's count per group. */
record Balance(List<Integer> sizes, Map<Long, List<Integer>> byCategory) {

  static Balance of(BreakoutAssignment assignment, Collection<Attendee> attendees) {
    int groups = assignment.groups().size();
    List<Integer> sizes = new ArrayList<>(Collections.nCopies(groups, 0));
    Map<Long, List<Integer>> byCategory = new HashMap<>();
    for (Attendee a : attendees) {
      int g = assignment.groupOf(a.id());
      sizes.set(g, sizes.get(g) + 1);
      List<Integer> counts =
          byCategory.computeIfAbsent(a.categoryId(), c -> new ArrayList<>(Collections.nCopies(groups, 0)));
      counts.set(g, counts.get(g) + 1);
    }
    return new Balance(sizes, byCategory);
  }

  List<Integer> perCategory(Long categoryId) {
    return byCategory.get(categoryId);
  }

  boolean sizesSpreadWithin(int most) {
    return spread(sizes) <= most;
  }

  boolean everyCategorySpreadWithin(int most) {
    return byCategory.values().stream().allMatch(counts -> spread(counts) <= most);
  }

  static int spread(List<Integer> counts) {
    return Collections.max(counts) - Collections.min(counts);
  }
}

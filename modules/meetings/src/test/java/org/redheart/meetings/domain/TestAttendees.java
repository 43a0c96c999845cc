package org.redheart.meetings.domain;

import java.util.ArrayList;
import java.util.List;
import org.redheart.meetings.domain.BreakoutAssignment.Attendee;

/** Attendees for breakout tests. */
final class TestAttendees {
  private TestAttendees() {}

  /**
   * Attendees numbered from 1, category by category: {@code ofCategorySizes(3, 2)} gives ids 1-3 in
   * category 1 and ids 4-5 in category 2.
   */
  static List<Attendee> ofCategorySizes(int... sizes) {
    List<Attendee> attendees = new ArrayList<>();
    long id = 1;
    for (int c = 0; c < sizes.length; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        attendees.add(new Attendee(id++, (long) c + 1));
      }
    }
    return attendees;
  }
}

package org.redheart.meetings.domain;

import java.util.ArrayList;
import java.util.List;
import org.redheart.meetings.api.BreakoutGroups.Theme;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/** How the concept note's {@code themes} and {@code plannedGroups} become breakout groups. */
public final class GroupPlanRules {
  public static final int MAX_GROUPS = 50;

  private GroupPlanRules() {}

  /**
   * The themes of a concept note, one a line "CODE | theme"; a line without "|" is a code alone
   * when short (up to 10 characters), else a theme whose code is its letter in the list.
   */
  public static List<Theme> themes(String text) {
    List<Theme> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      int bar = l.indexOf('|');
      String code;
      String theme;
      if (bar >= 0) {
        code = l.substring(0, bar).strip();
        theme = l.substring(bar + 1).strip();
      } else if (l.length() <= 10) {
        code = l;
        theme = "";
      } else {
        code = "";
        theme = l;
      }
      if (code.isEmpty() || code.length() > 10) {
        code = letter(out.size());
      }
      out.add(new Theme(code, theme.isEmpty() ? null : theme));
    }
    return out;
  }

  /** The planned number of groups: the concept note's {@code plannedGroups} when positive, else its themes' number. */
  public static int planned(String plannedGroups, List<Theme> themes) {
    if (plannedGroups != null && !plannedGroups.isBlank()) {
      try {
        int n = Integer.parseInt(Digits.toAscii(plannedGroups.strip()));
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // use the themes
      }
    }
    return themes.size();
  }

  /**
   * The number of groups to make: the requested one, else the planned one; errors on {@code
   * groupCount} (none, more than {@link #MAX_GROUPS}) and {@code groups} (more groups than attendees).
   */
  public static int groupCount(Integer requested, int planned, int attendees, InvalidInput.Collector errors) {
    int n = requested == null ? planned : requested;
    if (n < 1) {
      errors.add("groupCount", requested == null
          ? "the concept note plans no groups: give a number of groups" : "must be at least 1");
      return 0;
    }
    if (n > MAX_GROUPS) {
      errors.add("groupCount", "must be at most " + MAX_GROUPS);
      return 0;
    }
    if (n > attendees) {
      errors.add("groupCount", n + " groups for " + attendees + (attendees == 1 ? " attendee" : " attendees")
          + ": there cannot be more groups than attendees");
      return 0;
    }
    return n;
  }

  /** The theme of each of {@code count} groups: the themes in order, again from the first when there are more groups. */
  public static List<Theme> groupThemes(int count, List<Theme> themes) {
    List<Theme> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(themes.isEmpty() ? new Theme(letter(i), null) : themes.get(i % themes.size()));
    }
    return out;
  }

  private static String letter(int i) {
    return i < 26 ? String.valueOf((char) ('A' + i)) : "G" + (i + 1);
  }
}

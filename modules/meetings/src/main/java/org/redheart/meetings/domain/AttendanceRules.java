package org.redheart.meetings.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.redheart.meetings.api.Attendance;
import org.redheart.meetings.api.AttendanceCounts;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/** The pure rules of attendance: what a tap, a walk-in or a headcount may hold, and the counts. */
public final class AttendanceRules {
  /** Key of attendees with no category, gender or age band in the counts. */
  public static final String NONE = "none";
  public static final String UNSPECIFIED = "unspecified";
  public static final int MAX_HEADCOUNT = 10_000;
  public static final int MAX_NOTE = 2000;
  public static final int MAX_NAME = 200;

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private AttendanceRules() {}

  /** A tap's client key: 1 to 64 letters, digits, '.', '_', ':' or '-'. */
  public static String clientKey(String key, InvalidInput.Collector errors) {
    String k = key == null ? "" : key.strip();
    if (k.isEmpty()) {
      errors.add("clientKey", "is required");
      return null;
    }
    if (!KEY.matcher(k).matches()) {
      errors.add("clientKey", "must be 1 to 64 letters, digits, '.', '_', ':' or '-'");
      return null;
    }
    return k;
  }

  /** A gender among {@link Attendance#GENDERS}, or null when blank. */
  public static String gender(String gender, InvalidInput.Collector errors) {
    if (gender == null || gender.isBlank()) {
      return null;
    }
    String g = gender.strip().toUpperCase(Locale.ROOT);
    if (!Attendance.GENDERS.contains(g)) {
      errors.add("gender", "must be one of " + String.join(", ", Attendance.GENDERS));
      return null;
    }
    return g;
  }

  /** An adult's age band among {@link Attendance#ADULT_AGE_BANDS}, or null when blank. */
  public static String ageBand(String band, InvalidInput.Collector errors) {
    if (band == null || band.isBlank()) {
      return null;
    }
    String b = Digits.toAscii(band.strip());
    if (!Attendance.ADULT_AGE_BANDS.contains(b)) {
      errors.add("ageBand", "must be one of " + String.join(", ", Attendance.ADULT_AGE_BANDS)
          + " (children are counted by age band, not checked in)");
      return null;
    }
    return b;
  }

  /** A walk-in's name: required, at most {@link #MAX_NAME} characters. */
  public static String name(String name, InvalidInput.Collector errors) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      errors.add("name", "is required");
      return null;
    }
    if (n.length() > MAX_NAME) {
      errors.add("name", "must be at most " + MAX_NAME + " characters");
      return null;
    }
    return n;
  }

  /**
   * Children's headcounts by age band: bands among {@link Attendance#CHILD_AGE_BANDS}, whole numbers
   * from 0 to {@link #MAX_HEADCOUNT} (Bengali digits accepted); a blank value counts as 0. Errors
   * name the field {@code children.<band>}.
   */
  public static Map<String, Integer> headcounts(Map<String, String> raw, InvalidInput.Collector errors) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      errors.add("children", "give a headcount for at least one age band");
      return out;
    }
    for (Map.Entry<String, String> e : new TreeMap<>(raw).entrySet()) {
      String band = e.getKey() == null ? "" : e.getKey().strip();
      if (!Attendance.CHILD_AGE_BANDS.contains(band)) {
        errors.add("children", "unknown age band '" + band + "': use " + String.join(", ", Attendance.CHILD_AGE_BANDS));
        continue;
      }
      String v = e.getValue() == null ? "" : Digits.toAscii(e.getValue().strip());
      if (v.isEmpty()) {
        out.put(band, 0);
        continue;
      }
      try {
        int n = Integer.parseInt(v);
        if (n < 0 || n > MAX_HEADCOUNT) {
          errors.add("children." + band, "must be between 0 and " + MAX_HEADCOUNT);
        } else {
          out.put(band, n);
        }
      } catch (NumberFormatException ex) {
        errors.add("children." + band, "must be a whole number");
      }
    }
    return out;
  }

  /** A capacity note: required, at most {@link #MAX_NOTE} characters. */
  public static String note(String note, InvalidInput.Collector errors) {
    String n = note == null ? "" : note.strip();
    if (n.isEmpty()) {
      errors.add("note", "is required");
      return null;
    }
    if (n.length() > MAX_NOTE) {
      errors.add("note", "must be at most " + MAX_NOTE + " characters");
      return null;
    }
    return n;
  }

  /**
   * The attendee a tap finds already there, if any: the one made by the same client key (a retried
   * tap), else the invitee's earlier check-in (another tap for the same person). Either way the tap
   * counts once.
   *
   * @param contactId the invitee checked in; null for a walk-in (a new person: only the key counts)
   * @throws org.redheart.platform.api.Conflict when the key was used for another person
   */
  public static java.util.Optional<Attendee> existing(Collection<Attendee> attendees, String clientKey, String contactId) {
    for (Attendee a : attendees) {
      if (a.clientKey().equals(clientKey)) {
        if (contactId != null && !contactId.equals(a.contactId())) {
          throw new org.redheart.platform.api.Conflict(
              "this tap's client key was already used to check in someone else: make a new key per button");
        }
        return java.util.Optional.of(a);
      }
    }
    if (contactId == null) {
      return java.util.Optional.empty();
    }
    return attendees.stream().filter(a -> contactId.equals(a.contactId())).findFirst();
  }

  /** The room capacity: the concept note's {@code roomCapacity} when it is a positive number, else the expected participants. */
  public static int capacity(String roomCapacity, int expectedParticipants) {
    if (roomCapacity != null && !roomCapacity.isBlank()) {
      try {
        int n = Integer.parseInt(Digits.toAscii(roomCapacity.strip()));
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall back to the expected participants
      }
    }
    return expectedParticipants;
  }

  /** The counts of a meeting from its attendees and children's headcounts. */
  public static AttendanceCounts count(
      Collection<Attendee> attendees, Map<String, Integer> children, int capacity, String note) {
    Map<String, Integer> byCategory = new TreeMap<>();
    Map<String, Integer> byGender = new TreeMap<>();
    Map<String, Integer> byAgeBand = new TreeMap<>();
    int walkIns = 0;
    int volunteers = 0;
    for (Attendee a : attendees) {
      byCategory.merge(a.categoryId() == null ? NONE : a.categoryId().toString(), 1, Integer::sum);
      byGender.merge(a.gender() == null ? UNSPECIFIED : a.gender(), 1, Integer::sum);
      byAgeBand.merge(a.ageBand() == null ? UNSPECIFIED : a.ageBand(), 1, Integer::sum);
      walkIns += a.walkIn() ? 1 : 0;
      volunteers += a.volunteer() ? 1 : 0;
    }
    Map<String, Integer> kids = new LinkedHashMap<>();
    int childCount = 0;
    for (String band : Attendance.CHILD_AGE_BANDS) {
      int n = children == null ? 0 : children.getOrDefault(band, 0);
      kids.put(band, n);
      childCount += n;
    }
    int total = attendees.size() + childCount;
    return new AttendanceCounts(attendees.size(), walkIns, volunteers, childCount, total, byCategory, byGender,
        byAgeBand, kids, capacity, capacity > 0 && total > capacity, note);
  }
}

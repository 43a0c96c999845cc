package org.redheart.meetings.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Times as invitations show them and reminders are timed: the meeting's time in its own zone and in
 * the reader's ("14:00 Dhaka (10:00 Madrid)"), in English or Bangla, and sensible hours in the
 * recipient's zone.
 */
public final class ZoneTimes {

  /** Reminders go out between these hours, local time of the recipient. */
  public static final int FIRST_HOUR = 9;
  public static final int LAST_HOUR = 19;

  private static final String[] BN_DAYS = {
    "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"
  };
  private static final String[] BN_MONTHS = {
    "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
    "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"
  };
  /** Cities whose Bangla name readers expect; every other city keeps its Latin name. */
  private static final Map<String, String> BN_CITIES =
      Map.of(
          "Asia/Dhaka", "ঢাকা",
          "Asia/Kolkata", "কলকাতা",
          "Asia/Calcutta", "কলকাতা",
          "Europe/London", "লন্ডন");

  private ZoneTimes() {}

  /**
   * The date and time of a meeting for a reader: "Tuesday 3 March 2026, 14:00–17:00 Dhaka (09:00–12:00
   * Madrid)"; the part in brackets only when the reader's zone shows another time (with the reader's
   * date when it is another day there); Bangla ("bn") with Bangla month and day names and Bengali
   * digits. {@code end} may be null; {@code reader} may be null (the meeting's zone only).
   */
  public static String when(ZonedDateTime start, ZonedDateTime end, ZoneId reader, String language) {
    Objects.requireNonNull(start, "start");
    boolean bn = isBangla(language);
    ZoneId zone = start.getZone();
    StringBuilder sb = new StringBuilder();
    sb.append(date(start.toLocalDate(), true, bn)).append(", ");
    sb.append(span(start, end == null ? null : end.withZoneSameInstant(zone), bn));
    sb.append(' ').append(city(zone, language));
    if (reader != null) {
      ZonedDateTime theirs = start.withZoneSameInstant(reader);
      if (!theirs.toLocalDateTime().equals(start.toLocalDateTime())) {
        sb.append(" (");
        if (!theirs.toLocalDate().equals(start.toLocalDate())) {
          sb.append(date(theirs.toLocalDate(), false, bn)).append(", ");
        }
        sb.append(span(theirs, end == null ? null : end.withZoneSameInstant(reader), bn));
        sb.append(' ').append(city(reader, language)).append(')');
      }
    }
    return sb.toString();
  }

  /** The city of a zone for display: Asia/Dhaka → "Dhaka", Europe/Madrid → "Madrid", UTC → "UTC". */
  public static String city(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    ZoneId z = zone.normalized();
    if (z instanceof ZoneOffset offset) {
      return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
    String id = z.getId();
    if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("GMT") || id.equals("Etc/GMT")
        || id.equals("Z") || id.equals("UCT") || id.equals("Etc/UCT") || id.equals("Universal")
        || id.equals("Zulu")) {
      return "UTC";
    }
    int slash = id.lastIndexOf('/');
    return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
  }

  /** The city of a zone in a language: Bangla readers see ঢাকা for Dhaka; others keep {@link #city(ZoneId)}. */
  public static String city(ZoneId zone, String language) {
    if (isBangla(language)) {
      String bn = BN_CITIES.get(zone.normalized().getId());
      if (bn != null) {
        return bn;
      }
    }
    return city(zone);
  }

  /** {@code at} if it falls between FIRST_HOUR and LAST_HOUR in the zone, else the next FIRST_HOUR there. */
  public static Instant sensible(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime first = ZonedDateTime.of(local.toLocalDate(), LocalTime.of(FIRST_HOUR, 0), zone);
    ZonedDateTime last = ZonedDateTime.of(local.toLocalDate(), LocalTime.of(LAST_HOUR, 0), zone);
    if (local.isBefore(first)) {
      return first.toInstant();
    }
    if (!local.isAfter(last)) {
      return at;
    }
    return ZonedDateTime.of(local.toLocalDate().plusDays(1), LocalTime.of(FIRST_HOUR, 0), zone).toInstant();
  }

  /**
   * FIRST_HOUR in the zone on the day before the meeting's start (that day in the zone); if that is
   * after the start itself (a meeting at dawn there), {@code start} minus 24 hours.
   */
  public static Instant dayBefore(ZonedDateTime start, ZoneId zone) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(zone, "zone");
    LocalDate day = start.withZoneSameInstant(zone).toLocalDate().minusDays(1);
    Instant at = ZonedDateTime.of(day, LocalTime.of(FIRST_HOUR, 0), zone).toInstant();
    Instant begins = start.toInstant();
    return at.isAfter(begins) ? begins.minusSeconds(24 * 3600) : at;
  }

  // --- formatting ----------------------------------------------------------------------------------------

  static boolean isBangla(String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("bn");
  }

  private static String span(ZonedDateTime start, ZonedDateTime end, boolean bn) {
    String s = time(start.toLocalTime(), bn);
    if (end == null) {
      return s;
    }
    if (end.toLocalDate().equals(start.toLocalDate())) {
      return s + "–" + time(end.toLocalTime(), bn);
    }
    return s + " – " + date(end.toLocalDate(), false, bn) + ", " + time(end.toLocalTime(), bn);
  }

  private static String time(LocalTime t, boolean bn) {
    String s = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    return bn ? digits(s) : s;
  }

  private static String date(LocalDate d, boolean withYear, boolean bn) {
    if (bn) {
      String s = dayName(d.getDayOfWeek(), true) + ", " + digits(Integer.toString(d.getDayOfMonth())) + " "
          + BN_MONTHS[d.getMonthValue() - 1];
      return withYear ? s + " " + digits(Integer.toString(d.getYear())) : s;
    }
    String s = dayName(d.getDayOfWeek(), false) + " " + d.getDayOfMonth() + " "
        + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return withYear ? s + " " + d.getYear() : s;
  }

  private static String dayName(DayOfWeek day, boolean bn) {
    return bn ? BN_DAYS[day.getValue() - 1] : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** ASCII digits as Bengali digits (০-৯). */
  static String digits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
    }
    return sb.toString();
  }
}

package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.redheart.platform.api.Digits;

/** Dates and times for people: in the meeting's zone, with the zone named; Bengali digits in Bangla. */
@Named
@RequestScoped
public class Formats {
  @Inject Language language;

  public String meetingTime(ZonedDateTime t) {
    if (t == null) {
      return "";
    }
    Locale locale = language.getLocale();
    String text = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).format(t) + " " + zoneLabel(t.getZone());
    return localDigits(text);
  }

  /** A due date in the given zone (the meeting's), or UTC. */
  public String due(Instant at, ZonedDateTime meetingStart) {
    if (at == null) {
      return "";
    }
    ZoneId zone = meetingStart == null ? ZoneId.of("UTC") : meetingStart.getZone();
    return localDigits(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()).format(at.atZone(zone)));
  }

  public String instant(Instant at) {
    if (at == null) {
      return "";
    }
    return localDigits(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", language.getLocale()).format(at.atZone(ZoneId.of("UTC"))) + " UTC");
  }

  public long daysLate(Instant due) {
    return due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, Instant.now()));
  }

  public String number(long n) {
    return localDigits(Long.toString(n));
  }

  /** A count with thousands separators ("1,234"; "১,২৩৪" in Bangla). */
  public String count(long n) {
    return localDigits(java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n));
  }

  public String date(java.time.LocalDate d) {
    return d == null ? "" : localDigits(DateTimeFormatter.ofPattern("d MMM yyyy", language.getLocale()).format(d));
  }

  String localDigits(String text) {
    if (!language.isBangla()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
    }
    return sb.toString();
  }

  static String zoneLabel(ZoneId zone) {
    String id = zone.getId();
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1).replace('_', ' ');
  }

  /** For inputs: Bengali digits typed by the user, read as a number. */
  public static Integer parseInteger(String text) {
    String ascii = Digits.toAscii(text == null ? "" : text.strip());
    return ascii.isEmpty() ? null : Integer.valueOf(ascii);
  }

  /**
   * A date typed in a form (ISO, Bengali digits accepted): null when blank; an error on {@code field}
   * (and null) when it is not a date.
   */
  public static java.time.LocalDate parseDate(String text, String field, org.redheart.platform.api.InvalidInput.Collector errors) {
    try {
      return text == null || text.isBlank() ? null : java.time.LocalDate.parse(Digits.toAscii(text.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(field, Pages.text("error.date"));
      return null;
    }
  }

  /** A time of day typed in a form (HH:mm), like {@link #parseDate}. */
  public static java.time.LocalTime parseTime(String text, String field, org.redheart.platform.api.InvalidInput.Collector errors) {
    try {
      return text == null || text.isBlank() ? null : java.time.LocalTime.parse(Digits.toAscii(text.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(field, Pages.text("error.time"));
      return null;
    }
  }
}

package org.redheart.app.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.redheart.platform.api.InvalidInput;

/** Parsing of dates and times sent as text, reporting the field that is wrong. */
final class Parse {
  private Parse() {}

  static LocalDate date(String text, String field, InvalidInput.Collector errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "is not a date of the form 2026-12-31");
      return null;
    }
  }

  static LocalTime time(String text, String field, InvalidInput.Collector errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "is not a time of the form 14:30");
      return null;
    }
  }
}

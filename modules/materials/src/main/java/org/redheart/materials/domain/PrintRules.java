package org.redheart.materials.domain;

import java.time.LocalDate;
import org.redheart.materials.api.PrintRuns;
import org.redheart.platform.api.InvalidInput;

/** The rules of print runs and distributions; each break names its field and changes nothing. */
public final class PrintRules {
  public static final int MAX_QUANTITY = 1_000_000;
  public static final int MAX_PRINTER = 200;
  public static final int MAX_NOTE = 2000;
  public static final int MAX_TARGET_NAME = 300;

  private PrintRules() {}

  /** A print run's fields; {@code today} is the latest date that is not in the future. */
  public static void check(PrintRuns.PrintRunInput input, LocalDate today) {
    if (input == null) {
      throw new InvalidInput("quantity", "is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (input.versionNumber() < 0) {
      errors.add("versionNumber", "must be a version number, or 0 for the last approved version");
    }
    quantity(input.quantity(), errors);
    date("printedOn", input.printedOn(), today, errors);
    length("printer", input.printer(), MAX_PRINTER, errors);
    length("note", input.note(), MAX_NOTE, errors);
    errors.throwIfAny();
  }

  /** A distribution's own fields (whether its meeting or organisation exists is the service's to check). */
  public static void check(PrintRuns.DistributionInput input, LocalDate today) {
    if (input == null) {
      throw new InvalidInput("quantity", "is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (input.versionNumber() < 0) {
      errors.add("versionNumber", "must be a version number, or 0 for the oldest version on hand");
    }
    quantity(input.quantity(), errors);
    date("distributedOn", input.distributedOn(), today, errors);
    length("note", input.note(), MAX_NOTE, errors);
    if (input.targetKind() == null) {
      errors.add("targetKind", "is required: MEETING, ORGANISATION or EVENT");
    } else if (input.targetKind() == PrintRuns.TargetKind.EVENT) {
      if (blank(input.targetName())) {
        errors.add("targetName", "is required: the name of the event");
      }
      length("targetName", input.targetName(), MAX_TARGET_NAME, errors);
      if (!blank(input.targetId())) {
        errors.add("targetId", "is not used for an event: give its name");
      }
    } else if (blank(input.targetId()) || input.targetId().strip().length() > 36) {
      errors.add("targetId", input.targetKind() == PrintRuns.TargetKind.MEETING ? "is required: the meeting"
          : "is required: the organisation");
    }
    errors.throwIfAny();
  }

  /** The optional text stripped, or null when blank. */
  public static String optional(String value) {
    return blank(value) ? null : value.strip();
  }

  private static void quantity(int quantity, InvalidInput.Collector errors) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      errors.add("quantity", "must be between 1 and 1,000,000");
    }
  }

  private static void date(String field, LocalDate date, LocalDate today, InvalidInput.Collector errors) {
    if (date == null) {
      errors.add(field, "is required");
    } else if (date.isAfter(today)) {
      errors.add(field, "must not be in the future");
    }
  }

  private static void length(String field, String value, int max, InvalidInput.Collector errors) {
    if (value != null && value.strip().length() > max) {
      errors.add(field, "must be at most " + max + " characters");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

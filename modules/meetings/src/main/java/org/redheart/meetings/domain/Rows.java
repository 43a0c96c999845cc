package org.redheart.meetings.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/**
 * The line formats of fields that hold rows (agenda, breakout themes, materials, checklist): one row a
 * line, cells separated by {@code |}. Checking normalises them to {@code "a | b | c"}; blank lines are
 * dropped. An error names the line ("line 2: ...") on the field.
 */
final class Rows {
  static final int MAX_ROWS = 100;
  static final int MAX_CELL = 500;
  private static final Pattern SPLIT = Pattern.compile("\\|");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,10}");

  private Rows() {}

  static List<List<String>> parse(String value) {
    List<List<String>> rows = new ArrayList<>();
    if (value == null) {
      return rows;
    }
    for (String line : value.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : SPLIT.split(line, -1)) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The checked, normalised rows (possibly empty), or empty after adding an error. */
  static Optional<String> check(FieldSpec f, String value, InvalidInput.Collector errors) {
    List<List<String>> rows = parse(value);
    if (rows.size() > MAX_ROWS) {
      errors.add(f.name(), "must have at most " + MAX_ROWS + " lines");
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = rows.get(i);
      String where = "line " + (i + 1) + ": ";
      int columns = f.columns();
      if (cells.size() > columns) {
        errors.add(f.name(), where + "has more than " + columns + " parts separated by |");
        return Optional.empty();
      }
      while (cells.size() < columns) {
        cells.add("");
      }
      for (String cell : cells) {
        if (cell.length() > MAX_CELL) {
          errors.add(f.name(), where + "a part is longer than " + MAX_CELL + " characters");
          return Optional.empty();
        }
      }
      String problem = switch (f.kind()) {
        case AGENDA -> agenda(cells);
        case THEMES -> theme(cells, codes);
        case MATERIALS -> material(cells);
        case CHECKLIST -> checklistItem(cells);
        default -> "is not a list";
      };
      if (problem != null) {
        errors.add(f.name(), where + problem);
        return Optional.empty();
      }
      out.add(String.join(" | ", cells));
    }
    return Optional.of(String.join("\n", out));
  }

  private static String agenda(List<String> cells) {
    Long minutes = wholeNumber(cells.get(0));
    if (minutes == null) {
      return "the minutes must be a whole number of 0 or more";
    }
    if (minutes > 24 * 60) {
      return "the minutes must be at most " + (24 * 60);
    }
    cells.set(0, Long.toString(minutes));
    if (cells.get(1).isEmpty()) {
      return "the item is required";
    }
    return null;
  }

  private static String theme(List<String> cells, Set<String> codes) {
    String code = cells.get(0).toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      return "the code must be 1 to 10 letters or digits, such as A";
    }
    if (!codes.add(code)) {
      return "the code " + code + " is used twice";
    }
    cells.set(0, code);
    if (cells.get(1).isEmpty()) {
      return "the theme is required";
    }
    return null;
  }

  private static String material(List<String> cells) {
    if (cells.get(0).isEmpty()) {
      return "the item is required";
    }
    Long count = wholeNumber(cells.get(1).isEmpty() ? "0" : cells.get(1));
    if (count == null || count > 1_000_000) {
      return "the count must be a whole number between 0 and 1000000";
    }
    cells.set(1, Long.toString(count));
    return null;
  }

  private static String checklistItem(List<String> cells) {
    if (cells.get(0).isEmpty()) {
      return "the item is required";
    }
    String done = cells.get(1).isEmpty() ? "no" : cells.get(1).toLowerCase(Locale.ROOT);
    if (!done.equals("yes") && !done.equals("no")) {
      return "must end with | yes or | no";
    }
    cells.set(1, done);
    return null;
  }

  /** A comma-separated list of category ids, normalised ("1,4"), or empty after adding an error. */
  static Optional<String> categories(String field, String value, InvalidInput.Collector errors) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      Long id = wholeNumber(part);
      if (id == null || id < 1) {
        errors.add(field, "must list stakeholder categories by id, separated by commas");
        return Optional.empty();
      }
      ids.add(id);
    }
    if (ids.isEmpty()) {
      errors.add(field, "choose at least one stakeholder category");
      return Optional.empty();
    }
    return Optional.of(String.join(",", ids.stream().map(String::valueOf).toList()));
  }

  private static Long wholeNumber(String s) {
    String ascii = Digits.toAscii(s.strip());
    if (!ascii.matches("[0-9]{1,9}")) {
      return null;
    }
    return Long.parseLong(ascii);
  }
}

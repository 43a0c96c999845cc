package org.redheart.meetings.api;

import java.util.List;

/**
 * One input of a step's form. {@code kind} says how it is entered and checked; {@code min} and
 * {@code max} bound a number, {@code maxLength} a text. Labels come from the resource bundles under
 * {@code field.<name>}.
 */
public record FieldSpec(String name, Kind kind, boolean required, int maxLength, long min, long max) {

  public enum Kind {
    TEXT_AREA,
    NUMBER,
    YES_NO,
    DECISION
  }

  public static final String DECISION = "decision";
  public static final String COMMENT = "comment";
  public static final String APPROVE = "approve";
  public static final String REQUEST_CHANGES = "requestChanges";

  static FieldSpec textArea(String name, boolean required) {
    return new FieldSpec(name, Kind.TEXT_AREA, required, 10_000, 0, 0);
  }

  static FieldSpec number(String name, long min, long max) {
    return new FieldSpec(name, Kind.NUMBER, true, 12, min, max);
  }

  static FieldSpec yesNo(String name) {
    return new FieldSpec(name, Kind.YES_NO, true, 3, 0, 0);
  }

  /** An approval: the decision, and a comment that is required when changes are requested. */
  static List<FieldSpec> approval() {
    return List.of(
        new FieldSpec(DECISION, Kind.DECISION, true, 20, 0, 0),
        new FieldSpec(COMMENT, Kind.TEXT_AREA, false, 5_000, 0, 0));
  }
}

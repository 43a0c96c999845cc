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
    DECISION,
    /** One line of text. */
    TEXT,
    /** Stakeholder category ids, comma-separated ("1,4"). */
    CATEGORIES,
    /** ONSITE, ONLINE or HYBRID. */
    MODALITY,
    /** One agenda item a line: "minutes | item | responsible". */
    AGENDA,
    /** One breakout theme a line: "CODE | theme". */
    THEMES,
    /** One material a line: "item | count". */
    MATERIALS,
    /** One checklist item a line: "item | yes" or "item | no". */
    CHECKLIST,
    /** A web address (https:// or http://). */
    LINK
  }

  /** The modalities of a meeting (the {@link Kind#MODALITY} values). */
  public static final List<String> MODALITIES = List.of("ONSITE", "ONLINE", "HYBRID");

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

  static FieldSpec of(String name, Kind kind, boolean required) {
    return new FieldSpec(name, kind, required, kind == Kind.TEXT || kind == Kind.LINK ? 500 : 10_000, 0, 0);
  }

  /** Whether the field holds rows, one a line, with cells separated by " | ". */
  public boolean rows() {
    return kind == Kind.AGENDA || kind == Kind.THEMES || kind == Kind.MATERIALS || kind == Kind.CHECKLIST;
  }

  /** How many cells a row of this field has (0 for fields that are not rows). */
  public int columns() {
    return switch (kind) {
      case AGENDA -> 3;
      case THEMES, MATERIALS, CHECKLIST -> 2;
      default -> 0;
    };
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

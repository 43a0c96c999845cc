package org.redheart.meetings.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/** Checks and normalises what a step's form holds: only the step's own fields are kept. */
public final class StepRules {
  private StepRules() {}

  /**
   * The step's fields, trimmed and normalised (Bengali digits to ASCII, yes/no to "yes"/"no").
   *
   * @param forCompletion true to enforce required fields (a draft may be incomplete)
   */
  public static Map<String, String> check(Step step, Map<String, String> input, boolean forCompletion) {
    Map<String, String> in = input == null ? Map.of() : input;
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldSpec f : step.fields()) {
      String raw = in.get(f.name());
      String value = raw == null ? "" : raw.strip();
      if (value.isEmpty()) {
        if (forCompletion && f.required()) {
          errors.add(f.name(), "is required");
        }
        continue;
      }
      if (value.length() > f.maxLength()) {
        errors.add(f.name(), "must be at most " + f.maxLength() + " characters");
        continue;
      }
      switch (f.kind()) {
        case NUMBER -> {
          String ascii = Digits.toAscii(value);
          try {
            long n = Long.parseLong(ascii);
            if (n < f.min() || n > f.max()) {
              errors.add(f.name(), "must be between " + f.min() + " and " + f.max());
            } else {
              out.put(f.name(), Long.toString(n));
            }
          } catch (NumberFormatException e) {
            errors.add(f.name(), "must be a whole number");
          }
        }
        case YES_NO -> {
          if (value.equals("yes") || value.equals("no")) {
            out.put(f.name(), value);
          } else {
            errors.add(f.name(), "must be yes or no");
          }
        }
        case DECISION -> {
          if (value.equals(FieldSpec.APPROVE) || value.equals(FieldSpec.REQUEST_CHANGES)) {
            out.put(f.name(), value);
          } else {
            errors.add(f.name(), "must be approve or requestChanges");
          }
        }
        case TEXT_AREA -> out.put(f.name(), value);
        case TEXT -> {
          if (value.contains("\n")) {
            errors.add(f.name(), "must be one line");
          } else {
            out.put(f.name(), value);
          }
        }
        case LINK -> {
          if (MeetingRules.isWebLink(value)) {
            out.put(f.name(), value);
          } else {
            errors.add(f.name(), "must be a web address starting with https:// or http://");
          }
        }
        case MODALITY -> {
          String m = value.toUpperCase(java.util.Locale.ROOT);
          if (FieldSpec.MODALITIES.contains(m)) {
            out.put(f.name(), m);
          } else {
            errors.add(f.name(), "must be one of on site (ONSITE), online (ONLINE) or hybrid (HYBRID)");
          }
        }
        case CATEGORIES -> Rows.categories(f.name(), value, errors).ifPresent(v -> out.put(f.name(), v));
        case AGENDA, THEMES, MATERIALS, CHECKLIST -> Rows.check(f, value, errors).ifPresent(v -> {
          if (!v.isEmpty()) {
            out.put(f.name(), v);
          } else if (forCompletion && f.required()) {
            errors.add(f.name(), "is required");
          }
        });
      }
    }
    if (forCompletion && step == Step.WRITE_CONCEPT_NOTE) {
      conceptNote(out, errors);
    }
    if (forCompletion
        && step.approval()
        && FieldSpec.REQUEST_CHANGES.equals(out.get(FieldSpec.DECISION))
        && !out.containsKey(FieldSpec.COMMENT)) {
      errors.add(FieldSpec.COMMENT, "is required when you request changes");
    }
    errors.throwIfAny();
    return out;
  }

  /** Rules across the concept note's fields (each reported on one field). */
  private static void conceptNote(Map<String, String> out, InvalidInput.Collector errors) {
    Long groups = number(out.get("plannedGroups"));
    Long expected = number(out.get("expectedParticipants"));
    if (groups != null && expected != null && groups > expected) {
      errors.add("plannedGroups", "must not be more than the expected participants (" + expected + ")");
    }
    Long capacity = number(out.get("roomCapacity"));
    if (capacity != null && capacity < 1) {
      errors.add("roomCapacity", "must be at least 1");
    }
  }

  private static Long number(String s) {
    return s == null ? null : Long.valueOf(s);
  }

  /**
   * The total minutes of an agenda in its line format ("minutes | item | responsible"); 0 for none.
   * The agenda must have passed {@link #check}.
   */
  public static int agendaMinutes(String agenda) {
    return Rows.parse(agenda).stream().mapToInt(r -> Integer.parseInt(r.get(0))).sum();
  }

  /** The rows of a field in its line format, each split into its trimmed cells. */
  public static List<List<String>> rows(String value) {
    return Rows.parse(value);
  }

  /** The outcome recorded for a completed step: the decision of an approval, else "done". */
  public static String outcome(Step step, Map<String, String> checked) {
    return step.approval() ? checked.get(FieldSpec.DECISION) : "done";
  }
}

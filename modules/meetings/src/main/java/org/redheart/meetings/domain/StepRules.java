package org.redheart.meetings.domain;

import java.util.LinkedHashMap;
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
      }
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

  /** The outcome recorded for a completed step: the decision of an approval, else "done". */
  public static String outcome(Step step, Map<String, String> checked) {
    return step.approval() ? checked.get(FieldSpec.DECISION) : "done";
  }
}

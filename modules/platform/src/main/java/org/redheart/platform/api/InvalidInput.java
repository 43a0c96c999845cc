package org.redheart.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule. Carries one message per field ({@code field -> message}) so that a form
 * can show each next to its field and REST can answer 400 with the same details. Nothing was changed.
 */
public class InvalidInput extends RuntimeException {
  private final Map<String, String> fieldErrors;

  public InvalidInput(String field, String message) {
    this(Map.of(field, message));
  }

  public InvalidInput(Map<String, String> fieldErrors) {
    super(describe(fieldErrors));
    this.fieldErrors = new LinkedHashMap<>(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  private static String describe(Map<String, String> errors) {
    StringBuilder sb = new StringBuilder();
    errors.forEach((f, m) -> sb.append(sb.isEmpty() ? "" : "; ").append(f).append(": ").append(m));
    return sb.toString();
  }

  /** Collects field errors and throws them together. */
  public static final class Collector {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Collector add(String field, String message) {
      errors.putIfAbsent(field, message);
      return this;
    }

    public boolean isEmpty() {
      return errors.isEmpty();
    }

    public void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
    }
  }
}

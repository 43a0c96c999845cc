package org.redheart.platform.domain;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.redheart.platform.api.InvalidInput;

/** The rules of an audit entry: action and subject shapes, details as sorted {@code key=value} pairs. */
public final class AuditDetails {
  static final int MAX_DETAILS = 2000;
  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

  private AuditDetails() {}

  public static void check(String actorId, String action, String subject) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (actorId == null || actorId.isBlank() || actorId.length() > 64) {
      errors.add("actor", "is required (a user id, at most 64 characters)");
    }
    if (action == null || action.length() > 100 || !ACTION.matcher(action).matches()) {
      errors.add("action", "must be a lower-case dotted name such as user.created");
    }
    if (subject == null || subject.isBlank() || subject.length() > 200) {
      errors.add("subject", "is required (kind:id, at most 200 characters)");
    }
    errors.throwIfAny();
  }

  /**
   * {@code key=value} pairs sorted by key and joined by {@code "; "}; values lose line breaks and
   * semicolons; the whole is cut at 2,000 characters. Null for no details.
   */
  public static String format(Map<String, String> details) {
    if (details == null || details.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (var e : new TreeMap<>(details).entrySet()) {
      if (!KEY.matcher(e.getKey()).matches()) {
        throw new InvalidInput("details", "key '" + e.getKey() + "' is not a simple name");
      }
      String value = e.getValue() == null ? "" : e.getValue().replaceAll("[\\r\\n;]+", " ").strip();
      sb.append(sb.isEmpty() ? "" : "; ").append(e.getKey()).append('=').append(value);
    }
    return sb.length() > MAX_DETAILS ? sb.substring(0, MAX_DETAILS - 1) + "…" : sb.toString();
  }
}

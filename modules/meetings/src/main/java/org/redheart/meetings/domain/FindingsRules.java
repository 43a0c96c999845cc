package org.redheart.meetings.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/**
 * The rules of a meeting's findings: theme codes (A, B, C are the campaign's themes; another code
 * needs its theme text), challenges one per line, action plans with an action, an owner and a due
 * date not before the meeting. Errors name the row ({@code groups[1].actionPlans[0].dueOn}).
 */
public final class FindingsRules {
  private FindingsRules() {}

  public static final int MAX_ACTION = 2000;
  public static final int MAX_THEME = 1000;
  public static final int MAX_CHALLENGES = 8000;
  public static final int MAX_OUTCOME = 2000;
  public static final int MAX_RECOMMENDATION = 4000;
  public static final int MAX_GROUPS = 50;
  public static final int MAX_PLANS = 100;
  public static final int MAX_RECOMMENDATIONS = 100;

  /** The campaign's breakout themes by code, in English (the UI has them in Bangla too). */
  public static final Map<String, String> KNOWN_THEMES = Map.of(
      "A", "Prevention of child sexual abuse, exploitation and trafficking",
      "B", "Access to child protection for victims",
      "C", "Reintegration of child victims");

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,10}");

  /** A checked group: its code (upper case) and theme text (the known one for A, B, C when left blank). */
  public record Theme(String code, String text) {}

  /** Checks a group's theme; null (and an error) when it is wrong. */
  public static Theme theme(String prefix, String code, String text, InvalidInput.Collector errors) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    String t = text == null ? "" : text.strip();
    if (c.isEmpty()) {
      errors.add(prefix + "themeCode", "is required (A, B, C or another code)");
      return null;
    }
    if (!CODE.matcher(c).matches()) {
      errors.add(prefix + "themeCode", "must be 1 to 10 letters or digits, such as A, B, C or D");
      return null;
    }
    if (t.length() > MAX_THEME) {
      errors.add(prefix + "theme", "must be at most " + MAX_THEME + " characters");
      return null;
    }
    if (t.isEmpty()) {
      String known = KNOWN_THEMES.get(c);
      if (known == null) {
        errors.add(prefix + "theme", "is required for a code other than A, B or C");
        return null;
      }
      t = known;
    }
    return new Theme(c, t);
  }

  /** The challenges, one per line, trimmed, blank lines dropped. */
  public static List<String> challenges(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).map(l -> l.startsWith("- ") ? l.substring(2).strip() : l)
        .filter(l -> !l.isEmpty()).toList();
  }

  /** The challenges as stored: one per line; an error when they are too long. */
  public static String challengesText(String prefix, String text, InvalidInput.Collector errors) {
    String joined = String.join("\n", challenges(text));
    if (joined.length() > MAX_CHALLENGES) {
      errors.add(prefix + "challenges", "must be at most " + MAX_CHALLENGES + " characters");
    }
    return joined.isEmpty() ? null : joined;
  }

  /** A checked action plan. */
  public record Plan(String action, String ownerContactId, LocalDate dueOn) {}

  /**
   * Checks an action plan: an action, an owner (a contact id, which {@code ownerKnown} confirms)
   * and a due date (ISO, Bengali digits accepted) not before {@code meetingDate}.
   */
  public static Plan plan(
      String prefix, String action, String ownerContactId, String dueOn, LocalDate meetingDate,
      java.util.function.Predicate<String> ownerKnown, InvalidInput.Collector errors) {
    boolean ok = true;
    String a = action == null ? "" : action.strip();
    if (a.isEmpty()) {
      errors.add(prefix + "action", "is required");
      ok = false;
    } else if (a.length() > MAX_ACTION) {
      errors.add(prefix + "action", "must be at most " + MAX_ACTION + " characters");
      ok = false;
    }
    String owner = ownerContactId == null ? "" : ownerContactId.strip();
    if (owner.isEmpty()) {
      errors.add(prefix + "owner", "is required: choose a person or an organisation from the contacts");
      ok = false;
    } else if (owner.length() > 36 || !ownerKnown.test(owner)) {
      errors.add(prefix + "owner", "is not a known contact");
      ok = false;
    }
    LocalDate due = date(prefix + "dueOn", dueOn, errors);
    if (due == null) {
      if (dueOn == null || dueOn.isBlank()) {
        errors.add(prefix + "dueOn", "is required");
      }
      ok = false;
    } else if (meetingDate != null && due.isBefore(meetingDate)) {
      errors.add(prefix + "dueOn", "must not be before the meeting (" + meetingDate + ")");
      ok = false;
    }
    return ok ? new Plan(a, owner, due) : null;
  }

  /** A date typed as 2026-12-31 (Bengali digits accepted); null (with an error) when malformed, null when blank. */
  public static LocalDate date(String field, String text, InvalidInput.Collector errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(Digits.toAscii(text.strip()));
    } catch (DateTimeParseException e) {
      errors.add(field, "is not a date of the form 2026-12-31");
      return null;
    }
  }

  /** A recommendation's kind: DEMAND (the default) or GOOD_PRACTICE. */
  public static String recommendationKind(String prefix, String kind, InvalidInput.Collector errors) {
    if (kind == null || kind.isBlank()) {
      return Recommendation.DEMAND;
    }
    String k = kind.strip().toUpperCase(Locale.ROOT);
    if (!k.equals(Recommendation.DEMAND) && !k.equals(Recommendation.GOOD_PRACTICE)) {
      errors.add(prefix + "kind", "must be DEMAND or GOOD_PRACTICE");
    }
    return k;
  }

  /** A plan's outcome when it is closed: required, at most {@value #MAX_OUTCOME} characters. */
  public static String outcome(String outcome) {
    String o = outcome == null ? "" : outcome.strip();
    if (o.isEmpty()) {
      throw new InvalidInput("outcome", "is required: say what came of the action");
    }
    if (o.length() > MAX_OUTCOME) {
      throw new InvalidInput("outcome", "must be at most " + MAX_OUTCOME + " characters");
    }
    return o;
  }

  /** When the reminders of a plan start: 09:00 on its due date in the meeting's zone. */
  public static java.time.Instant firstReminder(LocalDate dueOn, java.time.ZoneId zone) {
    return dueOn.atTime(9, 0).atZone(zone).toInstant();
  }

  /**
   * The next reminder of an open plan: its first reminder while that is ahead, else seven days
   * after the last one (or after now when none was sent).
   */
  public static java.time.Instant nextReminder(
      LocalDate dueOn, java.time.ZoneId zone, java.time.Instant lastReminded, java.time.Instant now) {
    java.time.Instant first = firstReminder(dueOn, zone);
    if (first.isAfter(now)) {
      return first;
    }
    if (lastReminded == null || lastReminded.isBefore(first)) {
      return now;
    }
    return lastReminded.plus(java.time.Duration.ofDays(7));
  }
}

package org.redheart.meetings.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.TemplateInput;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.InvalidInput;

/**
 * The rules a meeting template meets: a code and a name, numbers that are not negative, an agenda
 * that fits in the meeting's duration, themes with distinct codes, and deadlines that {@link
 * StepDeadlines#of} accepts. Every broken rule is reported on its field, all at once.
 */
public final class TemplateRules {
  public static final int MAX_DURATION = 24 * 60;
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final FieldSpec AGENDA = new FieldSpec("agenda", FieldSpec.Kind.AGENDA, false, 8000, 0, 0);
  private static final FieldSpec THEMES = new FieldSpec("themes", FieldSpec.Kind.THEMES, false, 8000, 0, 0);

  private TemplateRules() {}

  /** A template's checked and normalised values. */
  public record Checked(String code, String name, String nameBn, int expectedParticipants, int speakersCount,
      int durationMinutes, String agenda, String themes, StepDeadlines deadlines, boolean active) {}

  public static Checked check(TemplateInput in) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String code = strip(in.code()).toLowerCase(java.util.Locale.ROOT);
    if (code.isEmpty()) {
      errors.add("code", "is required");
    } else if (!CODE.matcher(code).matches()) {
      errors.add("code", "must be 1 to 40 lower-case letters, digits or dashes, such as stakeholder");
    }
    String name = strip(in.name());
    if (name.isEmpty()) {
      errors.add("name", "is required");
    } else if (name.length() > 200) {
      errors.add("name", "must be at most 200 characters");
    }
    String nameBn = strip(in.nameBn());
    if (nameBn.length() > 200) {
      errors.add("nameBn", "must be at most 200 characters");
    }
    Integer expected = number("expectedParticipants", in.expectedParticipants(), 1, MeetingRules.MAX_PARTICIPANTS, errors);
    Integer speakers = number("speakersCount", in.speakersCount(), 0, 100, errors);
    Integer duration = number("durationMinutes", in.durationMinutes(), 1, MAX_DURATION, errors);
    String agenda = Rows.check(AGENDA, in.agenda() == null ? "" : in.agenda(), errors).orElse(null);
    if (agenda != null && duration != null) {
      int minutes = StepRules.agendaMinutes(agenda);
      if (minutes > duration) {
        errors.add("agenda", "takes " + minutes + " minutes: more than the meeting's " + duration + " minutes");
      }
    }
    String themes = Rows.check(THEMES, in.themes() == null ? "" : in.themes(), errors).orElse(null);
    StepDeadlines deadlines = deadlines(in.deadlines(), errors);
    errors.throwIfAny();
    return new Checked(code, name, nameBn.isEmpty() ? null : nameBn, expected, speakers, duration, agenda, themes,
        deadlines, in.active());
  }

  private static StepDeadlines deadlines(Map<String, String> in, InvalidInput.Collector errors) {
    Map<String, String> given = in == null ? Map.of() : in;
    Map<Step, Integer> days = new EnumMap<>(Step.class);
    boolean bad = false;
    for (String key : given.keySet()) {
      if (java.util.Arrays.stream(Step.values()).noneMatch(s -> s.name().equals(key))) {
        errors.add("deadlines", "names an unknown step: " + key);
        bad = true;
      }
    }
    for (Step s : Step.values()) {
      String v = strip(given.get(s.name()));
      if (v.isEmpty()) {
        continue;
      }
      String ascii = Digits.toAscii(v).replace("T", "").replace("+", "");
      try {
        days.put(s, Integer.parseInt(ascii));
      } catch (NumberFormatException e) {
        errors.add(StepDeadlines.field(s), "must be a whole number of days, such as -21 or 3");
        bad = true;
      }
    }
    try {
      StepDeadlines d = StepDeadlines.of(days);
      return bad ? null : d;
    } catch (InvalidInput e) {
      e.fieldErrors().forEach(errors::add);
      return null;
    }
  }

  private static Integer number(String field, String text, int min, int max, InvalidInput.Collector errors) {
    String v = Digits.toAscii(strip(text));
    if (v.isEmpty()) {
      errors.add(field, "is required");
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        errors.add(field, "must be between " + min + " and " + max);
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(field, "must be a whole number");
      return null;
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}

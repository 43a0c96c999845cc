package org.redheart.meetings.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.InvalidInput;

/**
 * When each step of a meeting's lifecycle is due, in whole days relative to the meeting's date ("T"):
 * {@code -21} is three weeks before the meeting day, {@code +3} three days after it. A meeting template
 * holds one; a meeting keeps the one it was scheduled with. {@link DueDates} turns the days into
 * instants for a given meeting.
 *
 * <p>The defaults ({@link #defaults()}) are the issue's, and for the steps it does not name:
 *
 * <ul>
 *   <li>write the concept note T-21, approve it T-18 (three days for a supervisor to read it),
 *       invitations T-14, logistics T-7 — the figures;
 *   <li>record attendance T+0 and assign breakout groups T+0: both happen at the meeting itself;
 *   <li>record findings T+1: the groups' notes are typed up the day after, while they are fresh, and
 *       before the report needs them;
 *   <li>write the report T+3 — the figure;
 *   <li>review the report T+4: a day for the second pair of eyes, so the post can go out on time;
 *   <li>publish the social post T+6: the post is handed to the materials module at the report's
 *       approval, drafted (the "post T+5"), approved by a second pair of eyes and published.
 * </ul>
 *
 * <p>Rules (all broken ones reported at once, each on the field of its step, see {@link
 * #field(Step)}): every step has an offset; offsets lie within {@value #MAX_OFFSET_DAYS} days of the
 * meeting; steps that prepare the meeting (up to logistics, see {@link #isPreparation(Step)}) are due
 * on the meeting day at the latest, the others on the meeting day at the earliest; and along the
 * lifecycle a later step is never due before an earlier one (the same day is fine).
 *
 * <p>Immutable; equal when the offsets are.
 */
public final class StepDeadlines {
  /** How far from the meeting day a deadline may lie, either way. */
  public static final int MAX_OFFSET_DAYS = 365;

  private static final StepDeadlines DEFAULTS =
      of(
          Map.ofEntries(
              Map.entry(Step.WRITE_CONCEPT_NOTE, -21),
              Map.entry(Step.APPROVE_CONCEPT_NOTE, -18),
              Map.entry(Step.INVITE_SPEAKERS, -14),
              Map.entry(Step.PREPARE_LOGISTICS, -7),
              Map.entry(Step.RECORD_ATTENDANCE, 0),
              Map.entry(Step.ASSIGN_BREAKOUT_GROUPS, 0),
              Map.entry(Step.RECORD_FINDINGS, 1),
              Map.entry(Step.WRITE_REPORT, 3),
              Map.entry(Step.REVIEW_REPORT, 4),
              Map.entry(Step.PUBLISH_SOCIAL_POST, 6)));

  private final Map<Step, Integer> offsets;

  private StepDeadlines(EnumMap<Step, Integer> offsets) {
    this.offsets = Collections.unmodifiableMap(offsets);
  }

  /** The deadlines a template starts with; see the class comment for the reasons behind each. */
  public static StepDeadlines defaults() {
    return DEFAULTS;
  }

  /**
   * Checks and takes the given offsets (days relative to the meeting day, per step).
   *
   * @param offsetDays one entry per step; a missing or null entry is an error on that step's field
   * @throws InvalidInput naming each step whose offset breaks a rule ({@link #field(Step)})
   */
  public static StepDeadlines of(Map<Step, Integer> offsetDays) {
    Map<Step, Integer> in = offsetDays == null ? Map.of() : offsetDays;
    InvalidInput.Collector errors = new InvalidInput.Collector();
    EnumMap<Step, Integer> checked = new EnumMap<>(Step.class);
    Step previous = null;
    for (Step step : Step.values()) {
      Integer days = in.get(step);
      if (days == null) {
        errors.add(field(step), "is required: days before (-) or after (+) the meeting day");
        continue;
      }
      if (Math.abs(days) > MAX_OFFSET_DAYS) {
        errors.add(
            field(step),
            "must be between -" + MAX_OFFSET_DAYS + " and +" + MAX_OFFSET_DAYS + " days from the meeting day");
        continue;
      }
      if (isPreparation(step) && days > 0) {
        errors.add(
            field(step), "must be on or before the meeting day (T+0 or earlier): this step prepares the meeting");
        continue;
      }
      if (!isPreparation(step) && days < 0) {
        errors.add(
            field(step),
            "must be on or after the meeting day (T+0 or later): this step happens at or after the meeting");
        continue;
      }
      if (previous != null && days < checked.get(previous)) {
        errors.add(
            field(step),
            "is due ("
                + label(days)
                + ") before the step before it, "
                + describe(previous)
                + " ("
                + label(checked.get(previous))
                + "): a later step is never due before an earlier one");
        continue;
      }
      // A step in error is not what the next one is compared with: one mistake, one message.
      checked.put(step, days);
      previous = step;
    }
    errors.throwIfAny();
    return new StepDeadlines(checked);
  }

  /** A copy with one step's offset changed, checked like {@link #of(Map)}. */
  public StepDeadlines with(Step step, int offsetDays) {
    EnumMap<Step, Integer> changed = new EnumMap<>(offsets);
    changed.put(step, offsetDays);
    return of(changed);
  }

  /** The step's deadline in days relative to the meeting day (negative: before it). */
  public int offsetDays(Step step) {
    return offsets.get(Objects.requireNonNull(step, "step"));
  }

  /** Every step's offset, in lifecycle order; unmodifiable. */
  public Map<Step, Integer> asMap() {
    return offsets;
  }

  /**
   * Whether the step prepares the meeting (concept note, its approval, invitations, logistics): it is
   * due before the meeting starts. The others happen at the meeting or follow it up.
   */
  public static boolean isPreparation(Step step) {
    return step.compareTo(Step.RECORD_ATTENDANCE) < 0;
  }

  /**
   * The field an error about the step's deadline is reported on: {@code deadlines.} and the step's
   * name, e.g. {@code deadlines.APPROVE_CONCEPT_NOTE}; a template form names its inputs the same way.
   */
  public static String field(Step step) {
    return "deadlines." + step.name();
  }

  /** An offset as people write it: {@code T-21}, {@code T+0}, {@code T+3}. */
  public static String label(int offsetDays) {
    return offsetDays < 0 ? "T" + offsetDays : "T+" + offsetDays;
  }

  private static String describe(Step step) {
    return "\"" + step.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "\"";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StepDeadlines other && offsets.equals(other.offsets);
  }

  @Override
  public int hashCode() {
    return offsets.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("StepDeadlines[");
    offsets.forEach((s, d) -> sb.append(sb.length() > 14 ? ", " : "").append(s).append('=').append(label(d)));
    return sb.append(']').toString();
  }
}

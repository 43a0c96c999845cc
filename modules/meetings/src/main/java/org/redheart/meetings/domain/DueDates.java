package org.redheart.meetings.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.redheart.meetings.api.Step;

/**
 * Turns a meeting's {@link StepDeadlines} into the instants its steps are due, gives short notice when
 * a meeting is scheduled too late for the template, moves due dates when a meeting is rescheduled, and
 * tells the board whether a step is done, on time or late.
 *
 * <p><b>Time of day.</b> A step is due at the end of the working day of its due day, in the meeting's
 * own zone: {@link #DEFAULT_DUE_TIME} (17:00) unless configured. Not midnight, because reminders and
 * the supervisors' digest go out in the morning, and a deadline at the end of office hours is what an
 * organiser can keep and a supervisor can check the same day. The due day is a calendar day in the
 * meeting's zone, so a step due "T-7" is due at 17:00 local a week before the meeting day, whatever
 * daylight saving does in between. Two adjustments keep the time meaningful:
 *
 * <ul>
 *   <li>a step that prepares the meeting ({@link StepDeadlines#isPreparation(Step)}) is due when the
 *       meeting starts at the latest (logistics at T+0 for a 10:00 meeting is due at 10:00);
 *   <li>a step at or after the meeting is never due before it starts: when 17:00 of its due day is not
 *       after the start (attendance at T+0 of an 18:00 meeting), it is due at the end of that day
 *       (midnight local).
 * </ul>
 *
 * <p><b>Short notice.</b> When a meeting is scheduled, a preparation step whose deadline is already
 * past, or less than the minimum lead time away ({@link #DEFAULT_MINIMUM_LEAD}, two days, unless
 * configured), is given instead the first due time (17:00 local) at least the minimum lead time from
 * now — but never after the meeting starts — and flagged {@link DueDate.Notice#SHORT_NOTICE}: it is
 * not late. A step is also never due before the step before it: a step pushed by an earlier step's
 * short notice is flagged short notice too. Steps at or after the meeting are never short notice:
 * their deadlines follow the meeting, which lies in the future. (The issue speaks of deadlines
 * "already past"; a deadline two hours away is no fairer, so the lead time decides. With a lead time of
 * zero the two readings agree.)
 *
 * <p><b>Rescheduling</b> ({@link #rescheduled}): the open steps get the due dates the same rules give
 * for the new date, with "now" the time of rescheduling — so a meeting moved by a week moves its
 * regular deadlines by a week; a short-notice step whose template deadline now leaves enough time
 * becomes regular again, and one that still does not gets (or keeps) short notice. A step already late
 * when the meeting moves gets no short notice: it takes its template date for the new meeting date, and
 * stays late if that is past too (rescheduling is no way to wipe out lateness; moving the meeting far
 * enough later does make it on time). Moving a meeting later never brings an open step's deadline
 * forward.
 *
 * <p>Rescheduling recomputes from the deadlines this object holds: give it the deadlines the meeting
 * was scheduled with (a meeting keeps a copy of its template's, so that an admin editing the template
 * later does not move the deadlines of meetings already under way).
 *
 * <p>Pure and immutable: no clock of its own ("now" is always passed in). The board and the digest
 * need only {@link #status} with the stored due instant and the meeting's zone.
 */
public final class DueDates {
  /** The least time a step gets when the template's deadline leaves less: two days. */
  public static final Duration DEFAULT_MINIMUM_LEAD = Duration.ofDays(2);

  /** The time of day, in the meeting's zone, at which a step is due: 17:00. */
  public static final LocalTime DEFAULT_DUE_TIME = LocalTime.of(17, 0);

  /** The longest minimum lead time that makes sense: beyond it, short notice would swallow templates. */
  public static final Duration MAX_MINIMUM_LEAD = Duration.ofDays(30);

  private final StepDeadlines deadlines;
  private final Duration minimumLead;
  private final LocalTime dueTime;

  /** Due dates for the deadlines, with the default minimum lead time and time of day. */
  public DueDates(StepDeadlines deadlines) {
    this(deadlines, DEFAULT_MINIMUM_LEAD, DEFAULT_DUE_TIME);
  }

  /**
   * @param minimumLead between zero and {@link #MAX_MINIMUM_LEAD}
   * @param dueTime the time of day, in the meeting's zone, at which steps are due
   * @throws IllegalArgumentException for a lead time out of range (a configuration error)
   */
  public DueDates(StepDeadlines deadlines, Duration minimumLead, LocalTime dueTime) {
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    this.minimumLead = Objects.requireNonNull(minimumLead, "minimumLead");
    this.dueTime = Objects.requireNonNull(dueTime, "dueTime");
    if (minimumLead.isNegative() || minimumLead.compareTo(MAX_MINIMUM_LEAD) > 0) {
      throw new IllegalArgumentException(
          "minimum lead time must be between 0 and " + MAX_MINIMUM_LEAD.toDays() + " days, not " + minimumLead);
    }
  }

  public StepDeadlines deadlines() {
    return deadlines;
  }

  public Duration minimumLead() {
    return minimumLead;
  }

  public LocalTime dueTime() {
    return dueTime;
  }

  /** The template's due instant of the step for a meeting starting at {@code start}, without short notice. */
  public Instant regularDue(Step step, ZonedDateTime start) {
    ZoneId zone = start.getZone();
    LocalDate day = start.toLocalDate().plusDays(deadlines.offsetDays(step));
    Instant at = ZonedDateTime.of(day, dueTime, zone).toInstant();
    Instant starts = start.toInstant();
    if (StepDeadlines.isPreparation(step)) {
      return at.isAfter(starts) ? starts : at;
    }
    return at.isAfter(starts) ? at : day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Every step's due date for a meeting scheduled {@code now} to start at {@code start} (in the
   * meeting's zone), in lifecycle order, with short notice where the template leaves too little time.
   */
  public Map<Step, DueDate> forNewMeeting(ZonedDateTime start, Instant now) {
    return schedule(start, now, EnumSet.allOf(Step.class), Set.of());
  }

  /**
   * The new due dates of a meeting's open steps when it moves from {@code oldStart} to {@code
   * newStart}, rescheduled {@code now}; see the class comment. Completed steps are not passed and not
   * returned; their due dates stay what they were.
   *
   * @param open the open steps' current due dates, some perhaps short notice
   * @return the same steps, in lifecycle order
   */
  public Map<Step, DueDate> rescheduled(
      ZonedDateTime oldStart, ZonedDateTime newStart, Collection<DueDate> open, Instant now) {
    Map<Step, DueDate> current = new EnumMap<>(Step.class);
    for (DueDate d : open) {
      if (current.put(d.step(), d) != null) {
        throw new IllegalArgumentException("step " + d.step() + " given twice");
      }
    }
    if (current.isEmpty()) {
      return Map.of();
    }
    Set<Step> alreadyLate = EnumSet.noneOf(Step.class);
    current.values().stream().filter(d -> d.dueAt().isBefore(now)).forEach(d -> alreadyLate.add(d.step()));
    Map<Step, DueDate> moved = new EnumMap<>(schedule(newStart, now, current.keySet(), alreadyLate));
    if (newStart.toInstant().isAfter(oldStart.toInstant())) {
      // Only a template or lead time changed since can make a deadline earlier here; keep the promise.
      // (Both sequences are in order along the lifecycle, so their larger values are too.)
      current.forEach(
          (step, was) -> {
            if (moved.get(step).dueAt().isBefore(was.dueAt())) {
              moved.put(step, was);
            }
          });
    }
    return Collections.unmodifiableMap(moved);
  }

  /**
   * How a step stands: done (and how late), open and on time, or open and late by so many calendar
   * days in the meeting's zone (at least 1: a step due at 17:00 and still open at 18:00 is late by a
   * day).
   *
   * @param completedAt when the step was completed, or null while it is open
   */
  public static StepStatus status(Instant dueAt, Instant completedAt, Instant now, ZoneId zone) {
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(zone, "zone");
    if (completedAt != null) {
      return new StepStatus(StepStatus.State.DONE, daysLate(dueAt, completedAt, zone));
    }
    Objects.requireNonNull(now, "now");
    return now.isAfter(dueAt)
        ? new StepStatus(StepStatus.State.LATE, daysLate(dueAt, now, zone))
        : new StepStatus(StepStatus.State.ON_TIME, 0);
  }

  private static int daysLate(Instant dueAt, Instant at, ZoneId zone) {
    if (!at.isAfter(dueAt)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(dueAt.atZone(zone).toLocalDate(), at.atZone(zone).toLocalDate());
    return (int) Math.max(1, days);
  }

  /**
   * @param noShortNotice steps that get their template date even when it is past: steps already late
   *     when the meeting is rescheduled
   */
  private Map<Step, DueDate> schedule(
      ZonedDateTime start, Instant now, Set<Step> steps, Set<Step> noShortNotice) {
    Instant threshold = now.plus(minimumLead);
    Instant shortNoticeDue = min(firstDueTimeFrom(threshold, start.getZone()), start.toInstant());
    Map<Step, DueDate> result = new EnumMap<>(Step.class);
    Instant previous = null;
    for (Step step : Step.values()) {
      if (!steps.contains(step)) {
        continue;
      }
      Instant due = regularDue(step, start);
      boolean shortNotice = false;
      if (StepDeadlines.isPreparation(step) && due.isBefore(threshold) && !noShortNotice.contains(step)) {
        due = shortNoticeDue.isAfter(due) ? shortNoticeDue : due;
        shortNotice = true;
      }
      if (previous != null && due.isBefore(previous)) {
        due = previous;
        shortNotice = true;
      }
      result.put(step, shortNotice ? DueDate.shortNotice(step, due) : DueDate.regular(step, due));
      previous = due;
    }
    return Collections.unmodifiableMap(result);
  }

  /** The first due time of day in the zone that is not before {@code instant}. */
  private Instant firstDueTimeFrom(Instant instant, ZoneId zone) {
    LocalDate day = instant.atZone(zone).toLocalDate();
    Instant sameDay = ZonedDateTime.of(day, dueTime, zone).toInstant();
    return sameDay.isBefore(instant) ? ZonedDateTime.of(day.plusDays(1), dueTime, zone).toInstant() : sameDay;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

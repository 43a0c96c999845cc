package org.redheart.meetings.domain;

import java.time.Instant;
import java.util.Objects;
import org.redheart.meetings.api.Step;

/**
 * When one step of a meeting is due, and whether that date is the template's or a short-notice one.
 *
 * @param dueAt the instant the step is due (see {@link DueDates} for the time of day)
 * @param notice {@link Notice#SHORT_NOTICE} when the template's deadline left too little time when
 *     the meeting was scheduled (or rescheduled) and the step got the minimum lead time instead
 */
public record DueDate(Step step, Instant dueAt, Notice notice) {

  /** Where a due date comes from. */
  public enum Notice {
    /** The template's deadline for the meeting's date. */
    REGULAR,
    /**
     * Later than the template's deadline, because that was already past, or too close, when the
     * meeting was scheduled: the step is not late for it.
     */
    SHORT_NOTICE
  }

  public DueDate {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(notice, "notice");
  }

  public static DueDate regular(Step step, Instant dueAt) {
    return new DueDate(step, dueAt, Notice.REGULAR);
  }

  public static DueDate shortNotice(Step step, Instant dueAt) {
    return new DueDate(step, dueAt, Notice.SHORT_NOTICE);
  }

  public boolean shortNotice() {
    return notice == Notice.SHORT_NOTICE;
  }
}

package org.redheart.meetings.domain;

/**
 * How a step of a meeting stands against its due date, as the campaign board shows it: done, on time,
 * or late by so many days.
 *
 * @param daysLate calendar days (in the meeting's zone) between the due date and the day it was done,
 *     or today for an open step; at least 1 when late, 0 when on time
 */
public record StepStatus(State state, int daysLate) {

  /** The three columns of the board. */
  public enum State {
    /** Completed; {@link #daysLate()} says whether, and by how much, after its due date. */
    DONE,
    /** Open and not yet due. */
    ON_TIME,
    /** Open and past its due date. */
    LATE
  }

  public StepStatus {
    if (daysLate < 0 || (state == State.LATE && daysLate == 0) || (state == State.ON_TIME && daysLate != 0)) {
      throw new IllegalArgumentException(state + " cannot be late by " + daysLate + " days");
    }
  }

  /** Whether the step was, or is, past its due date. */
  public boolean late() {
    return daysLate > 0;
  }
}

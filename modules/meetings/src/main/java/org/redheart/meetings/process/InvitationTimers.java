package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.redheart.meetings.application.InvitationSteps;

/**
 * Expressions of the invitation processes ({@code ${invitationTimers.reminderAt(invitationId)}} and
 * the like): timer instants as {@link Date}, the answer the gateways branch on, the tasks' assignee.
 * Delegates to the application's {@link InvitationSteps}; "now" is the engine's clock.
 */
@Dependent
@Named("invitationTimers")
public class InvitationTimers {

  @Inject InvitationSteps steps;

  public InvitationTimers() {}

  /** For process tests, outside CDI. */
  public InvitationTimers(InvitationSteps steps) {
    this.steps = steps;
  }

  public Date reminderAt(String invitationId) {
    return date(steps.reminderAt(invitationId));
  }

  public Date followUpAt(String invitationId) {
    return date(steps.followUpAt(invitationId));
  }

  public Date dayBeforeAt(String invitationId) {
    return date(steps.dayBeforeAt(invitationId));
  }

  /** False when the speaker's day-before moment has passed already (a late acceptance): no reminder then. */
  public boolean dayBeforeAhead(String invitationId) {
    return ahead(steps.dayBeforeAt(invitationId));
  }

  public Date endsAt(String invitationId) {
    return date(steps.endsAt(invitationId));
  }

  public String organiser(String invitationId) {
    return steps.organiserOf(invitationId);
  }

  /** ACCEPTED, DECLINED, DELEGATED or INVITED. */
  public String answer(String invitationId) {
    return steps.answer(invitationId);
  }

  public Date participantsDayBeforeAt(String meetingId) {
    return date(steps.participantsDayBeforeAt(meetingId));
  }

  /** False when the participants' day-before moment has passed already: no reminder then. */
  public boolean participantsDayBeforeAhead(String meetingId) {
    return ahead(steps.participantsDayBeforeAt(meetingId));
  }

  public Date meetingEndsAt(String meetingId) {
    return date(steps.meetingEndsAt(meetingId));
  }

  /** The due date of the organiser's tasks: when they are created. */
  public Date now() {
    return ClockUtil.getCurrentTime();
  }

  static boolean ahead(Instant at) {
    return at != null && at.isAfter(ClockUtil.getCurrentTime().toInstant());
  }

  private static Date date(Instant at) {
    if (at == null) {
      throw new IllegalStateException("no instant for an invitation timer");
    }
    return Date.from(at);
  }
}

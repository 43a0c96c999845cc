package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.ProcessEngine;
import org.redheart.meetings.application.InvitationSteps;

/**
 * One try at telling a speaker's process that an answer was recorded, in a transaction of its own
 * (the engine joins it): correlates {@code InvitationAnswered} and, in the same transaction, marks the
 * answers as told. {@link CamundaInvitationEngine#answered} calls it again when it loses an
 * optimistic-locking race.
 */
@ApplicationScoped
public class InvitationCorrelation {

  @Inject ProcessEngine engine;
  @Inject InvitationSteps steps;

  public InvitationCorrelation() {}

  /** For process tests, outside CDI (no transaction of its own: the engine's commands commit). */
  InvitationCorrelation(ProcessEngine engine, InvitationSteps steps) {
    this.engine = engine;
    this.steps = steps;
  }

  /** True when a process took the message; false when none waits for it (ended, or never started). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean answered(String invitationId) {
    boolean taken = !engine.getRuntimeService()
        .createMessageCorrelation(InvitationFlow.MESSAGE_ANSWERED)
        .processInstanceBusinessKey(invitationId)
        .correlateAllWithResult()
        .isEmpty();
    if (taken) {
      steps.answersTold(invitationId);
    }
    return taken;
  }
}

package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.redheart.meetings.domain.InvitationAnswer;
import org.redheart.meetings.domain.InvitationAnswered;
import org.redheart.platform.api.EventHandler;

/**
 * Tells a speaker's invitation process that an answer was committed. Runs after the answer's
 * transaction, so a timer firing at the same moment can cost a retry but never the answer: the
 * engine adapter retries optimistic-locking conflicts, and a delivery that still fails is retried by
 * the platform's events. Idempotent: an answer already told (its {@code correlated_at} set, by
 * {@link InvitationSteps#answersTold}) is not told again.
 */
@ApplicationScoped
public class InvitationAnsweredHandler implements EventHandler<InvitationAnswered> {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject InvitationEngine engine;

  @Override
  public Class<InvitationAnswered> eventType() {
    return InvitationAnswered.class;
  }

  @Override
  @Transactional
  public void handle(InvitationAnswered event, Delivery delivery) {
    if (event.invitationId() == null) {
      return;
    }
    InvitationAnswer answer = event.answerId() == null || event.answerId().length() > 36 ? null
        : em.find(InvitationAnswer.class, event.answerId());
    if (answer != null && answer.correlatedAt() != null) {
      return; // told already (an earlier delivery, or a later answer's correlation)
    }
    engine.answered(event.invitationId());
  }
}

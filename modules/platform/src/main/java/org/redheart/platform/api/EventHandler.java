package org.redheart.platform.api;

import java.time.Instant;

/**
 * Reacts to a persisted event of type {@code E}. Implement it in any module as a CDI bean
 * ({@code @ApplicationScoped} or {@code @Dependent}); the bean's class name identifies the handler,
 * so each handler's delivery is tracked (and retried) on its own.
 *
 * <p>{@link #handle} runs in its own transaction, which also marks the delivery done: the handler's
 * database writes and "delivered" commit together. It may still run more than once (a crash after
 * an external effect, such as an enqueued mail of another system, or a lease that expired while it
 * ran), so it must be <b>idempotent</b>: check whether the work is already done, keyed by {@link
 * Delivery#eventId()} or by the ids in the event. For example:
 *
 * <pre>{@code
 * public void handle(MeetingScheduled e, Delivery d) {
 *   if (invitations.existFor(e.meetingId())) return;   // done by an earlier attempt
 *   invitations.createFor(e.meetingId());
 * }
 * }</pre>
 *
 * Throwing any exception rolls the handler's work back and schedules another attempt.
 */
public interface EventHandler<E> {

  /** The event type handled (its subtypes too). */
  Class<E> eventType();

  void handle(E event, Delivery delivery);

  /** Which event and which attempt this is (the first attempt is 1). */
  record Delivery(String eventId, Instant publishedAt, int attempt) {}
}

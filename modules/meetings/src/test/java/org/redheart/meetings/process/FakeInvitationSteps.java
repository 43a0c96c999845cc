package org.redheart.meetings.process;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.redheart.meetings.application.InvitationSteps;

/**
 * Stands in for the invitations service behind the process: its answer and instants are set by the
 * tests; a mail "is sent" only when the engine's transaction that asked for it commits (as the outbox
 * would), so a call in a transaction that lost a race and was rolled back does not count. Hooks run
 * inside a call (before it is recorded), e.g. to hold a transaction open.
 */
final class FakeInvitationSteps implements InvitationSteps {
  static final String ORGANISER = "organiser-user-1";

  final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  volatile String answer = InvitationFlow.INVITED;
  volatile Instant reminderAt = now.plus(Duration.ofDays(3));
  volatile Instant followUpAt = now.plus(Duration.ofDays(7));
  volatile Instant meetingStart = now.plus(Duration.ofDays(20));
  volatile Instant dayBeforeAt = meetingStart.minus(Duration.ofDays(1));
  volatile Instant endsAt = meetingStart.plus(Duration.ofHours(3));

  /** Committed mails, as "kind id" (e.g. "invitation 1234"). */
  final List<String> sent = new CopyOnWriteArrayList<>();
  /** Every call, committed or not. */
  final List<String> calls = new CopyOnWriteArrayList<>();
  final List<String> told = new CopyOnWriteArrayList<>();
  final Map<String, Runnable> hooks = new ConcurrentHashMap<>();

  void moveMeetingBy(Duration by) {
    meetingStart = meetingStart.plus(by);
    dayBeforeAt = dayBeforeAt.plus(by);
    endsAt = endsAt.plus(by);
  }

  List<String> sent(String kind) {
    return sent.stream().filter(s -> s.startsWith(kind + " ")).toList();
  }

  @Override public void sendInvitation(String id) { mail("invitation", id); }
  @Override public void sendReminder(String id) { mail("reminder", id); }
  @Override public void sendConfirmation(String id) { mail("confirmation", id); }
  @Override public void sendDayBefore(String id) { mail("day-before", id); }
  @Override public void sendUpdate(String id) { mail("update", id); }
  @Override public void sendCancellation(String id) { mail("cancellation", id); }
  @Override public void remindParticipants(String meetingId) { mail("participants-day-before", meetingId); }

  @Override public String answer(String id) { return answer; }
  @Override public void answersTold(String id) { told.add(id); }
  @Override public Instant reminderAt(String id) { return reminderAt; }
  @Override public Instant followUpAt(String id) { return followUpAt; }
  @Override public Instant dayBeforeAt(String id) { return dayBeforeAt; }
  @Override public Instant endsAt(String id) { return endsAt; }
  @Override public String organiserOf(String id) { return ORGANISER; }
  @Override public Instant participantsDayBeforeAt(String meetingId) { return dayBeforeAt; }
  @Override public Instant meetingEndsAt(String meetingId) { return endsAt; }

  private void mail(String kind, String id) {
    String what = kind + " " + id;
    calls.add(what);
    Runnable hook = hooks.get(kind);
    if (hook != null) {
      hook.run();
    }
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      sent.add(what);
    } else {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, c -> sent.add(what));
    }
  }
}

package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** The retry of {@link CamundaInvitationEngine#answered}, in isolation. */
class ConflictRetryTest {

  private final List<Long> waits = new ArrayList<>();

  @Test
  void triesAgainAfterAConflictWaitingBetween50And200Ms() {
    AtomicInteger tries = new AtomicInteger();

    boolean result = ConflictRetry.run(() -> {
      if (tries.incrementAndGet() < 3) {
        throw new OptimisticLockingException("a timer changed the instance");
      }
      return true;
    }, 5, waits::add);

    assertThat(result).isTrue();
    assertThat(tries).hasValue(3);
    assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w).isBetween(50L, 200L));
  }

  @Test
  void recognisesAConflictWrappedInAnotherException() {
    AtomicInteger tries = new AtomicInteger();

    String result = ConflictRetry.run(() -> {
      if (tries.incrementAndGet() == 1) {
        throw new IllegalStateException("commit failed", new OptimisticLockingException("lost"));
      }
      return "done";
    }, 5, waits::add);

    assertThat(result).isEqualTo("done");
    assertThat(waits).hasSize(1);
  }

  @Test
  void givesUpAfterTheLastTryWithTheConflict() {
    AtomicInteger tries = new AtomicInteger();

    assertThatThrownBy(() -> ConflictRetry.run(() -> {
      tries.incrementAndGet();
      throw new OptimisticLockingException("always");
    }, 5, waits::add)).isInstanceOf(OptimisticLockingException.class);

    assertThat(tries).hasValue(5);
    assertThat(waits).hasSize(4);
  }

  @Test
  void doesNotRetryOtherFailures() {
    AtomicInteger tries = new AtomicInteger();

    assertThatThrownBy(() -> ConflictRetry.run(() -> {
      tries.incrementAndGet();
      throw new ProcessEngineException("no such process definition");
    }, 5, waits::add)).isInstanceOf(ProcessEngineException.class);

    assertThat(tries).hasValue(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void theEngineAdapterRetriesUpToFiveTimes() {
    assertThat(ConflictRetry.TRIES).isEqualTo(5);
    assertThatThrownBy(() -> ConflictRetry.run(() -> true, 0, waits::add)).isInstanceOf(IllegalArgumentException.class);
  }
}

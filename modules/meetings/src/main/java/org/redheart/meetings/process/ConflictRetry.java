package org.redheart.meetings.process;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Runs a unit of work again when it lost an optimistic-locking race (Camunda's {@link
 * OptimisticLockingException} anywhere in the cause chain: a timer job or another correlation
 * changed the same process instance at the same moment). Each try must be a transaction of its own.
 * Between tries it waits a random 50-200 ms (jitter, so that two losers do not collide again); after
 * the last try the conflict is thrown.
 */
final class ConflictRetry {
  static final int TRIES = 5;
  static final long MIN_WAIT_MS = 50;
  static final long MAX_WAIT_MS = 200;

  /** How to wait between tries (tests record instead of sleeping). */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private ConflictRetry() {}

  static <T> T run(Supplier<T> work) {
    return run(work, TRIES, Thread::sleep);
  }

  static <T> T run(Supplier<T> work, int tries, Sleeper sleeper) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (!isConflict(e) || attempt >= tries) {
          throw e;
        }
      }
      try {
        sleeper.sleep(ThreadLocalRandom.current().nextLong(MIN_WAIT_MS, MAX_WAIT_MS + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting to retry", e);
      }
    }
  }

  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}

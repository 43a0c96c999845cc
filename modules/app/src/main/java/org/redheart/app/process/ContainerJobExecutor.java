package org.redheart.app.process;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;

/**
 * Camunda's job executor with its worker threads made by the container's {@link
 * ManagedThreadFactory}: delegates then run with the application's naming context, so that CDI
 * beans first created on a job thread get their container resources (a {@code
 * @PersistenceContext} of a bean first created on a plain thread came out null). The pool is fixed
 * and started at once, from the engine's start-up thread, which has the application's context.
 */
class ContainerJobExecutor extends ThreadPoolJobExecutor {
  private final ManagedThreadFactory threads;
  private final int poolSize;
  private final int queueSize;

  ContainerJobExecutor(ManagedThreadFactory threads, int poolSize, int queueSize) {
    this.threads = threads;
    this.poolSize = poolSize;
    this.queueSize = queueSize;
  }

  @Override
  protected void startExecutingJobs() {
    if (threadPoolExecutor == null || threadPoolExecutor.isShutdown()) {
      threadPoolExecutor = new ThreadPoolExecutor(poolSize, poolSize, 0L, TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(queueSize), threads, new ThreadPoolExecutor.AbortPolicy());
      // a managed thread takes the application context of the thread that creates it: create them
      // all now, on the start-up thread, not later on the engine's plain acquisition thread
      threadPoolExecutor.prestartAllCoreThreads();
    }
    super.startExecutingJobs();
  }

  @Override
  protected void stopExecutingJobs() {
    super.stopExecutingJobs();
    threadPoolExecutor = null;
  }
}

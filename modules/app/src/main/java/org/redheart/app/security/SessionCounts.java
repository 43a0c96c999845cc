package org.redheart.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP sessions of this instance since it started: created and still active. An operational
 * figure (public pages must create none), not used for any decision.
 */
@ApplicationScoped
public class SessionCounts {
  private final AtomicLong created = new AtomicLong();
  private final AtomicLong active = new AtomicLong();

  void sessionCreated() {
    created.incrementAndGet();
    active.incrementAndGet();
  }

  void sessionDestroyed() {
    active.decrementAndGet();
  }

  public long created() {
    return created.get();
  }

  public long active() {
    return active.get();
  }
}

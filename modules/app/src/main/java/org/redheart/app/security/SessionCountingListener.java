package org.redheart.app.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Counts HTTP sessions into {@link SessionCounts}. */
@WebListener
public class SessionCountingListener implements HttpSessionListener {
  @Inject SessionCounts counts;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    counts.sessionCreated();
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    counts.sessionDestroyed();
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.redheart.meetings.api.SocialPostRequested;
import org.redheart.platform.api.EventHandler;

/** A meeting lifecycle handed its post over: the organiser gets the draft task (idempotent). */
@ApplicationScoped
public class SocialPostRequestedHandler implements EventHandler<SocialPostRequested> {

  @Inject PostHandOver handOver;

  @Override
  public Class<SocialPostRequested> eventType() {
    return SocialPostRequested.class;
  }

  @Override
  @Transactional
  public void handle(SocialPostRequested event, Delivery delivery) {
    handOver.requested(event);
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.redheart.materials.api.EngagementRecorded;
import org.redheart.platform.api.EventHandler;

/**
 * Figures of a post were recorded: its open "record the figures" reminders (7 and 30 days after it
 * was published) are done. Idempotent: a second delivery finds no open reminder to close.
 */
@ApplicationScoped
public class FigureRemindersClosedHandler implements EventHandler<EngagementRecorded> {

  @Inject PostPublications publications;

  @Override
  public Class<EngagementRecorded> eventType() {
    return EngagementRecorded.class;
  }

  @Override
  @Transactional
  public void handle(EngagementRecorded event, Delivery delivery) {
    if (event.materialId() != null) {
      publications.figuresRecorded(event.materialId());
    }
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.redheart.materials.api.PostPublished;
import org.redheart.platform.api.EventHandler;

/** A social post was published: the lifecycles of its meetings that wait for it move on (idempotent). */
@ApplicationScoped
public class PostPublishedToMeetingHandler implements EventHandler<PostPublished> {

  @Inject PostHandOver handOver;

  @Override
  public Class<PostPublished> eventType() {
    return PostPublished.class;
  }

  @Override
  @Transactional
  public void handle(PostPublished event, Delivery delivery) {
    handOver.published(event);
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.redheart.materials.api.Channel;
import org.redheart.materials.api.Publication;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Conflict;

/**
 * The publication half of {@link org.redheart.materials.api.SocialPosts} (scheduling, channels,
 * retries), owned by helper F2. This minimal version only lets the drafting half compile on its own
 * branch: nothing is ever scheduled here, so there is no publication and the Facebook page is not
 * configured. F2's class replaces this file when the branches merge.
 */
@ApplicationScoped
public class PostPublications {

  public Publication schedule(String materialId, Channel channel, Instant at, Actor actor) {
    throw new Conflict("scheduling social posts is not available in this build");
  }

  public Publication publication(String materialId, Actor actor) {
    return null;
  }

  public Publication retryNow(String materialId, Actor actor) {
    throw new Conflict("scheduling social posts is not available in this build");
  }

  public boolean facebookConfigured() {
    return false;
  }
}

package org.redheart.materials.application;

import java.time.Duration;

/**
 * The service side of {@code PostPublicationProcess}'s tasks, called by its delegates and listeners
 * (implemented by {@link PostPublications}; a double in process tests).
 */
public interface PublicationSteps {

  /** What a try to publish on the Facebook page came to. */
  enum Outcome {
    PUBLISHED,
    /** A rate limit (Graph codes 4, 17, 32, 613): try again after {@link Attempt#retryAfter()}. */
    RATE_LIMITED,
    /** The page token is invalid or expired (190): the admins are told, the publication failed. */
    TOKEN_INVALID,
    /** Blocked as abusive (368), too many tries, or any other error: failed, with the message shown. */
    FAILED,
    /** The post was withdrawn (or is no longer approved): it never goes out. */
    WITHDRAWN
  }

  record Attempt(Outcome outcome, Duration retryAfter) {
    public static Attempt of(Outcome outcome) {
      return new Attempt(outcome, null);
    }
  }

  /** Publishes the post on the Facebook page now (photos first, then the feed post). */
  Attempt publishToFacebook(String materialId);

  /** The post's time came on the manual channel: it waits for a person to post it; false when withdrawn. */
  boolean awaitManualPost(String materialId);

  /** Tells the admins that the page token is invalid or expired (after a 190). */
  void tellAdminsTokenInvalid(String materialId);
}

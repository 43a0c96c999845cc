package org.redheart.materials.application;

import java.time.Instant;
import org.redheart.materials.api.Channel;

/**
 * What the materials module needs from the process engine for {@code PostPublicationProcess}, in its
 * own words; implemented in {@code process}. The business key is the material id; at most one
 * instance of a post runs. Every call joins the caller's transaction.
 */
public interface PublicationEngine {

  /** Starts the publication: waits for {@code at}, then publishes on the channel (and then reminds). */
  void start(String materialId, Channel channel, Instant at, String authorId);

  /** Starts only the figure reminders of a post published already (marked published by hand without a schedule). */
  void startReminders(String materialId, String authorId);

  /** Ends the post's running publication, if any (withdrawn, or a new schedule replaces it). */
  void end(String materialId);

  /** Whether an instance of the post runs. */
  boolean running(String materialId);

  /** Whether the post's instance waits for its time or to retry, or for a person to post it by hand. */
  boolean waitingToPublish(String materialId);

  /** Makes the post's waiting timer (its time, or the next try) due now; false when none waits. */
  boolean fireNow(String materialId);

  /** Completes the open "post it by hand" task of the post; false when there is none. */
  boolean postedByHand(String materialId);

  /** Completes the post's open "record the figures" reminders; how many were closed. */
  int closeFigureReminders(String materialId);
}

package org.redheart.network.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the network module needs from the process engine, in its own words; implemented in {@code
 * process} so that the engine stays replaceable. Every call joins the caller's transaction.
 */
public interface MembershipEngine {

  /** Starts the {@code MembershipProcess} of an application (business key: the application id). */
  void start(String applicationId);

  /** The open review task of an application, if any. */
  Optional<String> reviewTaskId(String applicationId);

  /** The open review tasks of the given applications, by application id. */
  Map<String, String> reviewTaskIds(Collection<String> applicationIds);

  /**
   * Completes the review with the decision; the process then enqueues the welcome or decline mail
   * in this same transaction.
   *
   * @throws org.redheart.platform.api.Conflict when no review is open (decided by someone else)
   */
  void decide(String applicationId, boolean approved);
}

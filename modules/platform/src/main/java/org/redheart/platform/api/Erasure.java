package org.redheart.platform.api;

import java.util.Map;

/**
 * Erases a person everywhere: every module's {@link ErasureParticipant} anonymises what it holds,
 * engine history included, in one transaction. Admins only.
 */
public interface Erasure {

  /** The result: records anonymised per participant. */
  record Report(String personId, Map<String, Integer> anonymised) {}

  /**
   * @throws Forbidden unless the actor is an admin
   * @throws NotFound for an unknown person
   */
  Report eraseUser(String userId, Actor actor);
}

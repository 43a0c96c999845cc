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

  /**
   * Erases a person who is not (only) a user, such as a contact: every participant anonymises what
   * it holds for {@link ErasedPerson#personId()} and the addresses given, which the caller collects
   * before anything is erased.
   *
   * @throws Forbidden unless the actor is an admin
   */
  Report erase(ErasedPerson person, Actor actor);
}

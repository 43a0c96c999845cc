package org.redheart.platform.api;

/**
 * Implemented by every module that stores personal data: anonymises what it holds about a person,
 * in the caller's transaction, keeping counts and figures right (rows are anonymised rather than
 * deleted where the campaign's figures depend on them). Must be idempotent.
 */
public interface ErasureParticipant {

  /** A short name for reports, e.g. "platform.users". */
  String name();

  /**
   * Anonymises everything this module holds about the person.
   *
   * @param person the person's id and the contact details to look for
   * @return how many records were anonymised or removed
   */
  int erase(ErasedPerson person);
}

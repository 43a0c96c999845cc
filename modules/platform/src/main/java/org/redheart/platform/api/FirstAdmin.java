package org.redheart.platform.api;

/**
 * The first administrator: created from configuration, or through the set-up page with a one-time
 * token printed to the log at start while no admin exists.
 */
public interface FirstAdmin {

  /** Whether set-up is still possible (no admin exists yet). */
  boolean setupOpen();

  /**
   * Makes sure an admin exists or a set-up token is pending; returns the fresh plain token to log,
   * or null when none is needed.
   */
  String prepareAtStart();

  /** Creates the first admin when the token matches; the token is used up. */
  UserSummary completeSetup(String token, NewUser admin);
}

package org.redheart.platform.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a password reset needs to know and change about accounts: a repository port beside {@link
 * UserAccount}, so that the reset flow is testable without a database.
 */
public interface ResetAccounts {

  /** An account as the reset flow sees it; {@code passwordHash} never leaves the platform. */
  record Account(String id, String displayName, String email, String language, String passwordHash) {}

  /** Active accounts with this user name, or with this e-mail address (case-insensitive). */
  List<Account> findActive(String usernameOrEmail);

  Optional<Account> findActiveById(String id);

  /** Replaces the hash only if it is still {@code expectedHash}; true when it was replaced. */
  boolean replacePasswordHash(String id, String expectedHash, String newHash);
}

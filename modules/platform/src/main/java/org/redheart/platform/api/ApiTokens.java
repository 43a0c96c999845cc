package org.redheart.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens for REST scripts. The plain token is shown once at creation; only its SHA-256
 * hash is stored. Users create and revoke their own.
 */
public interface ApiTokens {

  /** A token as listed to its owner: never the secret itself. */
  record TokenInfo(String id, String name, Instant createdAt, Instant lastUsedAt, boolean revoked) {}

  /** The result of creating a token: its info and the plain secret, shown once. */
  record CreatedToken(TokenInfo info, String token) {}

  CreatedToken create(String userId, String name);

  List<TokenInfo> listOwn(String userId);

  /** Revokes one of the user's own tokens; another user's token is {@link NotFound}. */
  void revoke(String userId, String tokenId);

  /** The active owner of a valid, unrevoked token. */
  Optional<UserSummary> authenticate(String token);
}

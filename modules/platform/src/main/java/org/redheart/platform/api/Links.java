package org.redheart.platform.api;

import java.time.Duration;
import java.util.Optional;

/**
 * Signed links: a URL-safe token that names a subject (an id) for one purpose, optionally until a
 * moment. The token is an HMAC-SHA256 over purpose, subject and expiry with the {@code links}
 * secret ({@code redheart.secret.links}); the purpose is not in the token, so a token signed for
 * one purpose verifies for no other. Verification compares in constant time.
 *
 * <p>A token is a capability, not a secret store: the subject id is readable by whoever holds it.
 * Bind a token to state that must kill it (a password hash, a version) by putting a fingerprint of
 * that state into the subject and checking it after verification.
 */
public interface Links {

  /**
   * Signs a link token.
   *
   * @param purpose what the link is for, e.g. {@code "password-reset"}; the same string must be
   *     given to {@link #verify}
   * @param subjectId the id the link is about (a user id, an invitation id)
   * @param validity how long the link works from now; {@code null} for a link that never expires
   *     (unsubscribe)
   * @return a URL-safe token (base64url and '.')
   * @throws InvalidInput for a blank purpose or subject, or a validity that is not positive
   */
  String sign(String purpose, String subjectId, Duration validity);

  /**
   * The subject id of a genuine, unexpired token signed for this purpose; empty for every failure
   * (expired, forged, malformed, wrong purpose), which callers treat alike.
   */
  Optional<String> verify(String purpose, String token);
}

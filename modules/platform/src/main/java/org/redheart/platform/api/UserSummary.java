package org.redheart.platform.api;

import java.time.Instant;
import java.util.Set;

/**
 * A user as other modules see it. {@code id} is opaque (a UUID) and is what the process engine
 * stores as assignee; it is never an e-mail address.
 */
public record UserSummary(
    String id,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    boolean active,
    String language,
    Instant createdAt) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}

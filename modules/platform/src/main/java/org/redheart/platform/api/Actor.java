package org.redheart.platform.api;

import java.util.Set;

/** Who is acting: the signed-in user's opaque id and roles, as established by the security layer. */
public record Actor(String userId, Set<Role> roles) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... wanted) {
    for (Role r : wanted) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  public static Actor of(UserSummary user) {
    return new Actor(user.id(), user.roles());
  }
}

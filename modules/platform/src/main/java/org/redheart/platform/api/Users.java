package org.redheart.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** User accounts: creation, roles, passwords and credential checks. */
public interface Users {

  UserSummary create(NewUser user);

  UserSummary get(String id);

  Optional<UserSummary> findByUsername(String username);

  Page<UserSummary> list(PageRequest page);

  /** Ids of active users holding the role, for offering tasks; at most {@code limit}. */
  List<String> idsWithRole(Role role, int limit);

  /** Display names by id for the given ids (unknown ids are left out). */
  java.util.Map<String, String> displayNames(java.util.Collection<String> ids);

  void changeRoles(String id, Set<Role> roles);

  void setActive(String id, boolean active);

  /** Changes a password after checking the current one. */
  void changePassword(String id, String currentPassword, String newPassword);

  /** Sets a password without the current one (admins resetting another user's password). */
  void resetPassword(String id, String newPassword);

  /** The active user with these credentials, or empty. Takes constant-ish time for unknown users. */
  Optional<UserSummary> verify(String username, String password);

  boolean anyAdmin();
}

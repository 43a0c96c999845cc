package org.redheart.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.redheart.platform.api.ApiTokens;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * Account changes made from the pages and the REST API, each with its audit entry in the same
 * transaction: user created, roles changed, (de)activated, API token created or revoked. Details
 * carry ids and role names only, never names or addresses.
 */
@ApplicationScoped
@Transactional
public class AuditedAccounts {
  @Inject Users users;
  @Inject ApiTokens tokens;
  @Inject Audit audit;

  public UserSummary create(String actorId, NewUser user) {
    UserSummary created = users.create(user);
    audit.record(actorId, "user.created", "user:" + created.id(), Map.of("roles", names(created.roles())));
    return created;
  }

  public void rolesChanged(String actorId, String userId, Set<Role> roles) {
    String before = names(users.get(userId).roles());
    users.changeRoles(userId, roles);
    audit.record(actorId, "user.roles-changed", "user:" + userId, Map.of("before", before, "after", names(roles)));
  }

  public void activeSet(String actorId, String userId, boolean active) {
    users.setActive(userId, active);
    audit.record(actorId, active ? "user.activated" : "user.deactivated", "user:" + userId, Map.of());
  }

  public ApiTokens.CreatedToken tokenCreated(String userId, String name) {
    ApiTokens.CreatedToken created = tokens.create(userId, name);
    audit.record(userId, "token.created", "token:" + created.info().id(), Map.of("owner", userId));
    return created;
  }

  public void tokenRevoked(String userId, String tokenId) {
    tokens.revoke(userId, tokenId);
    audit.record(userId, "token.revoked", "token:" + tokenId, Map.of("owner", userId));
  }

  private static String names(Set<Role> roles) {
    TreeSet<String> sorted = new TreeSet<>();
    roles.forEach(r -> sorted.add(r.name()));
    return String.join(",", sorted);
  }
}

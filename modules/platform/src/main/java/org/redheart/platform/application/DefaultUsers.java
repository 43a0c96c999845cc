package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;
import org.redheart.platform.domain.PasswordHasher;
import org.redheart.platform.domain.UserAccount;

@ApplicationScoped
@Transactional
public class DefaultUsers implements Users {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public UserSummary create(NewUser user) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      errors.add("username", "use 3 to 64 lower-case letters, digits, '.', '_' or '-'");
    }
    String displayName = user.displayName() == null ? "" : user.displayName().strip();
    if (displayName.isEmpty() || displayName.length() > 200) {
      errors.add("displayName", "is required (at most 200 characters)");
    }
    String email = user.email() == null || user.email().isBlank() ? null : user.email().strip();
    if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
      errors.add("email", "is not an e-mail address");
    }
    String weakness = PasswordHasher.weakness(user.password());
    if (weakness != null) {
      errors.add("password", weakness);
    }
    errors.throwIfAny();
    if (findAccount(username).isPresent()) {
      throw new InvalidInput("username", "is already taken");
    }
    Set<Role> roles = user.roles() == null ? Set.of() : user.roles();
    UserAccount account =
        new UserAccount(username, displayName, email, PasswordHasher.hash(user.password()), roles);
    em.persist(account);
    return account.toSummary();
  }

  @Override
  public UserSummary get(String id) {
    return account(id).toSummary();
  }

  @Override
  public Optional<UserSummary> findByUsername(String username) {
    return findAccount(username).map(UserAccount::toSummary);
  }

  @Override
  public Page<UserSummary> list(PageRequest page) {
    List<UserAccount> accounts =
        em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    return new Page<>(accounts.stream().map(UserAccount::toSummary).toList(), page.page(), page.size(), total);
  }

  @Override
  public List<String> idsWithRole(Role role, int limit) {
    return em.createQuery(
            "select u.id from UserAccount u join u.roles r where r = :role and u.active = true order by u.id",
            String.class)
        .setParameter("role", role)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<String, String> displayNames(Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createQuery("select u.id, u.displayName from UserAccount u where u.id in :ids", Object[].class)
            .setParameter("ids", List.copyOf(ids))
            .getResultList();
    rows.forEach(r -> names.put((String) r[0], (String) r[1]));
    return names;
  }

  @Override
  public void changeRoles(String id, Set<Role> roles) {
    UserAccount account = account(id);
    Set<Role> newRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    if (account.toSummary().has(Role.ADMIN) && !newRoles.contains(Role.ADMIN) && adminCount() <= 1) {
      throw new Conflict("the last admin cannot lose the ADMIN role");
    }
    account.changeRoles(newRoles);
  }

  @Override
  public void setActive(String id, boolean active) {
    UserAccount account = account(id);
    if (!active && account.toSummary().has(Role.ADMIN) && adminCount() <= 1) {
      throw new Conflict("the last admin cannot be deactivated");
    }
    account.setActive(active);
  }

  @Override
  public void changePassword(String id, String currentPassword, String newPassword) {
    UserAccount account = account(id);
    if (currentPassword == null || !PasswordHasher.matches(currentPassword, account.passwordHash())) {
      throw new InvalidInput("currentPassword", "is not your current password");
    }
    setPassword(account, newPassword);
  }

  @Override
  public void resetPassword(String id, String newPassword) {
    setPassword(account(id), newPassword);
  }

  @Override
  public Optional<UserSummary> verify(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    Optional<UserAccount> account = findAccount(username.trim().toLowerCase(Locale.ROOT));
    String hash = account.map(UserAccount::passwordHash).orElse(PasswordHasher.dummy());
    boolean matches = PasswordHasher.matches(password, hash);
    return account.filter(a -> matches && a.active()).map(UserAccount::toSummary);
  }

  @Override
  public boolean anyAdmin() {
    return adminCount() > 0;
  }

  private long adminCount() {
    return em.createQuery(
            "select count(u) from UserAccount u join u.roles r where r = :role and u.active = true", Long.class)
        .setParameter("role", Role.ADMIN)
        .getSingleResult();
  }

  private void setPassword(UserAccount account, String newPassword) {
    String weakness = PasswordHasher.weakness(newPassword);
    if (weakness != null) {
      throw new InvalidInput("newPassword", weakness);
    }
    account.changePasswordHash(PasswordHasher.hash(newPassword));
  }

  private UserAccount account(String id) {
    UserAccount account = id == null ? null : em.find(UserAccount.class, id);
    if (account == null) {
      throw new NotFound("user", String.valueOf(id));
    }
    return account;
  }

  private Optional<UserAccount> findAccount(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }
}

package org.redheart.platform.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.redheart.platform.domain.PasswordHasher;
import org.redheart.platform.domain.ResetAccounts;

/** Accounts in a map, keyed by id; each test adds its own. */
final class InMemoryResetAccounts implements ResetAccounts {
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, String> usernames = new LinkedHashMap<>();
  private final Map<String, Boolean> active = new LinkedHashMap<>();

  Account add(String username, String email, String language, String password) {
    Account account = new Account(UUID.randomUUID().toString(), "Name of " + username, email, language,
        PasswordHasher.hash(password));
    accounts.put(account.id(), account);
    usernames.put(account.id(), username);
    active.put(account.id(), true);
    return account;
  }

  void deactivate(String id) {
    active.put(id, false);
  }

  String hashOf(String id) {
    return accounts.get(id).passwordHash();
  }

  @Override
  public List<Account> findActive(String usernameOrEmail) {
    String wanted = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
    return accounts.values().stream()
        .filter(a -> active.get(a.id()))
        .filter(a -> usernames.get(a.id()).equals(wanted) || (a.email() != null && a.email().toLowerCase(Locale.ROOT).equals(wanted)))
        .toList();
  }

  @Override
  public Optional<Account> findActiveById(String id) {
    return Optional.ofNullable(accounts.get(id)).filter(a -> active.get(a.id()));
  }

  @Override
  public boolean replacePasswordHash(String id, String expectedHash, String newHash) {
    Account a = accounts.get(id);
    if (a == null || !a.passwordHash().equals(expectedHash)) {
      return false;
    }
    accounts.put(id, new Account(a.id(), a.displayName(), a.email(), a.language(), newHash));
    return true;
  }
}

package org.redheart.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.redheart.platform.domain.ResetAccounts;
import org.redheart.platform.domain.UserAccount;

/** {@link ResetAccounts} over {@code plt_user}. */
@ApplicationScoped
@Transactional
public class JpaResetAccounts implements ResetAccounts {
  private static final int MAX_MATCHES = 10;

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public List<Account> findActive(String usernameOrEmail) {
    String wanted = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
    return em.createQuery(
            "select u from UserAccount u where u.active = true and (u.username = :w or lower(u.email) = :w)"
                + " order by u.username",
            UserAccount.class)
        .setParameter("w", wanted)
        .setMaxResults(MAX_MATCHES)
        .getResultStream()
        .map(JpaResetAccounts::toAccount)
        .toList();
  }

  @Override
  public Optional<Account> findActiveById(String id) {
    UserAccount account = em.find(UserAccount.class, id);
    return account == null || !account.active() ? Optional.empty() : Optional.of(toAccount(account));
  }

  @Override
  public boolean replacePasswordHash(String id, String expectedHash, String newHash) {
    return em.createQuery(
                "update UserAccount u set u.passwordHash = :newHash, u.version = u.version + 1"
                    + " where u.id = :id and u.passwordHash = :expected")
            .setParameter("newHash", newHash)
            .setParameter("id", id)
            .setParameter("expected", expectedHash)
            .executeUpdate()
        == 1;
  }

  private static Account toAccount(UserAccount u) {
    var summary = u.toSummary();
    return new Account(summary.id(), summary.displayName(), summary.email(), summary.language(), u.passwordHash());
  }
}

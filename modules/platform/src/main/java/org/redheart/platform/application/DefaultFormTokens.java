package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Tokens;
import org.redheart.platform.domain.FormToken;

/**
 * Tokens are random (192 bits); only their SHA-256 is stored, with the form and a hash of the
 * binding. Consuming is one conditional UPDATE, so of two concurrent POSTs with the same token
 * exactly one sees a row changed (the other waits for the row lock and then finds it used).
 */
@ApplicationScoped
@Transactional
public class DefaultFormTokens implements FormTokens {
  /** How long a rendered public form can be posted. */
  static final Duration VALIDITY = Duration.ofHours(2);

  private static final int MAX_TOKEN_LENGTH = 100;

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  @Override
  public String issue(String form, String binding) {
    if (form == null || form.isBlank() || form.length() > 64) {
      throw new InvalidInput("form", "is required (at most 64 characters)");
    }
    String token = Tokens.random("", 24);
    em.persist(new FormToken(Tokens.sha256Hex(token), form, bindingHash(binding), clock.instant().plus(VALIDITY)));
    return token;
  }

  @Override
  public boolean consume(String form, String binding, String token) {
    if (form == null || token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return false;
    }
    Instant now = clock.instant();
    int changed =
        em.createQuery(
                "update FormToken t set t.usedAt = :now where t.tokenHash = :hash and t.formName = :form"
                    + " and t.bindingHash = :binding and t.usedAt is null and t.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("hash", Tokens.sha256Hex(token))
            .setParameter("form", form)
            .setParameter("binding", bindingHash(binding))
            .executeUpdate();
    return changed == 1;
  }

  /** Deletes tokens that expired before the moment (used or not): they can no longer be posted. */
  public int purgeExpiredBefore(Instant moment) {
    return em.createQuery("delete from FormToken t where t.expiresAt < :moment")
        .setParameter("moment", moment)
        .executeUpdate();
  }

  private static String bindingHash(String binding) {
    return Tokens.sha256Hex(binding == null ? "" : binding);
  }
}

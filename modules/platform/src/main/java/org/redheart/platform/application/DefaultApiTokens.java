package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redheart.platform.api.ApiTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;
import org.redheart.platform.domain.ApiToken;
import org.redheart.platform.api.Tokens;

@ApplicationScoped
@Transactional
public class DefaultApiTokens implements ApiTokens {
  private static final int MAX_ACTIVE_PER_USER = 20;

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject Users users;

  @Override
  public CreatedToken create(String userId, String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      throw new InvalidInput("name", "is required (at most 100 characters)");
    }
    users.get(userId);
    long active =
        em.createQuery("select count(t) from ApiToken t where t.userId = :u and t.revoked = false", Long.class)
            .setParameter("u", userId)
            .getSingleResult();
    if (active >= MAX_ACTIVE_PER_USER) {
      throw new InvalidInput("name", "you already have " + MAX_ACTIVE_PER_USER + " tokens: revoke one first");
    }
    String plain = Tokens.random("rh_", 32);
    ApiToken token = new ApiToken(userId, trimmed, Tokens.sha256Hex(plain));
    em.persist(token);
    return new CreatedToken(token.toInfo(), plain);
  }

  @Override
  public List<TokenInfo> listOwn(String userId) {
    return em.createQuery("select t from ApiToken t where t.userId = :u order by t.createdAt desc", ApiToken.class)
        .setParameter("u", userId)
        .setMaxResults(100)
        .getResultStream()
        .map(ApiToken::toInfo)
        .toList();
  }

  @Override
  public void revoke(String userId, String tokenId) {
    ApiToken token = tokenId == null ? null : em.find(ApiToken.class, tokenId);
    if (token == null || !token.userId().equals(userId)) {
      throw new NotFound("token", String.valueOf(tokenId));
    }
    token.revoke();
  }

  @Override
  public Optional<UserSummary> authenticate(String plain) {
    if (plain == null || !plain.startsWith("rh_") || plain.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> token =
        em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
            .setParameter("h", Tokens.sha256Hex(plain))
            .getResultStream()
            .findFirst()
            .filter(t -> !t.revoked());
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Instant lastUsed = token.get().toInfo().lastUsedAt();
    if (lastUsed == null || Duration.between(lastUsed, now).toMinutes() >= 5) {
      token.get().markUsed(now); // coarse, so that a busy script does not write on every call
    }
    UserSummary owner = users.get(token.get().userId());
    return owner.active() ? Optional.of(owner) : Optional.empty();
  }
}

package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.redheart.platform.api.ApiTokens.TokenInfo;

/** A personal API token: only the hash of its secret is kept; revoked tokens stay for the record. */
@Entity
@Table(name = "plt_api_token")
public class ApiToken {
  @Id private String id;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String name;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  private boolean revoked;

  protected ApiToken() {}

  public ApiToken(String userId, String name, String tokenHash) {
    this.id = UUID.randomUUID().toString();
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = Instant.now();
  }

  public TokenInfo toInfo() {
    return new TokenInfo(id, name, createdAt, lastUsedAt, revoked);
  }

  public String userId() {
    return userId;
  }

  public boolean revoked() {
    return revoked;
  }

  public void revoke() {
    this.revoked = true;
  }

  /** Erasure: the token's own name may carry personal words. */
  public void anonymise() {
    this.name = "erased";
  }

  public void markUsed(Instant at) {
    this.lastUsedAt = at;
  }
}

package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time form token of a public page, kept as hashes only: issued when the form is rendered,
 * used once by a conditional update when it is posted, deleted some time after it expired.
 */
@Entity
@Table(name = "plt_form_token")
public class FormToken {
  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "form_name", nullable = false)
  private String formName;

  @Column(name = "binding_hash", nullable = false)
  private String bindingHash;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected FormToken() {}

  public FormToken(String tokenHash, String formName, String bindingHash, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.formName = formName;
    this.bindingHash = bindingHash;
    this.expiresAt = expiresAt;
  }
}

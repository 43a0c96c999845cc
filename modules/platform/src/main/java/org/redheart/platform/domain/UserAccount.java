package org.redheart.platform.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;

/**
 * A person who logs in. Created by an admin (or the first-admin set-up), given roles that add up,
 * deactivated rather than deleted so that history keeps its actors. The id is an opaque UUID.
 */
@Entity
@Table(name = "plt_user")
public class UserAccount {
  @Id private String id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  private boolean active;

  @Column(nullable = false)
  private String language;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plt_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected UserAccount() {}

  public UserAccount(
      String username, String displayName, String email, String passwordHash, Set<Role> roles) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
    this.active = true;
    this.language = "en";
    this.createdAt = Instant.now();
  }

  public UserSummary toSummary() {
    return new UserSummary(
        id,
        username,
        displayName,
        email,
        roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles)),
        active,
        language,
        createdAt);
  }

  public String id() {
    return id;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public void changePasswordHash(String hash) {
    this.passwordHash = hash;
  }

  public void changeRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /**
   * Erasure: the account stays (its id is referred to by history) but holds nothing personal and
   * can no longer log in.
   */
  public void anonymise() {
    this.username = "erased-" + id;
    this.displayName = "Erased user";
    this.email = null;
    this.passwordHash = PasswordHasher.dummy();
    this.active = false;
    this.roles.clear();
  }
}

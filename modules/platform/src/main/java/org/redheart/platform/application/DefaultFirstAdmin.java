package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.FirstAdmin;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;
import org.redheart.platform.domain.Setting;
import org.redheart.platform.api.Tokens;

/**
 * The first admin comes from {@code redheart.admin.username} and {@code redheart.admin.password}
 * when both are configured; otherwise each start without an admin stores the hash of a new one-time
 * token and returns it for the log. The set-up page accepts it once.
 */
@ApplicationScoped
@Transactional
public class DefaultFirstAdmin implements FirstAdmin {
  private static final Logger LOG = Logger.getLogger(DefaultFirstAdmin.class.getName());
  static final String TOKEN_KEY = "setup.token.sha256";

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject Users users;

  @Override
  public boolean setupOpen() {
    return !users.anyAdmin();
  }

  @Override
  public String prepareAtStart() {
    if (users.anyAdmin()) {
      clearToken();
      return null;
    }
    var config = ConfigProvider.getConfig();
    Optional<String> username = config.getOptionalValue("redheart.admin.username", String.class);
    Optional<String> password = config.getOptionalValue("redheart.admin.password", String.class);
    if (username.isPresent() && password.isPresent()) {
      String email = config.getOptionalValue("redheart.admin.email", String.class).orElse(null);
      users.create(new NewUser(username.get(), "Administrator", email, password.get(), EnumSet.of(Role.ADMIN)));
      LOG.info("Created the first admin '" + username.get() + "' from configuration");
      return null;
    }
    String token = Tokens.random("", 24);
    Setting existing = em.find(Setting.class, TOKEN_KEY);
    if (existing == null) {
      em.persist(new Setting(TOKEN_KEY, Tokens.sha256Hex(token)));
    } else {
      existing.change(Tokens.sha256Hex(token));
    }
    return token;
  }

  @Override
  public UserSummary completeSetup(String token, NewUser admin) {
    Setting stored = em.find(Setting.class, TOKEN_KEY);
    if (users.anyAdmin()
        || stored == null
        || token == null
        || !Tokens.constantTimeEquals(stored.value(), Tokens.sha256Hex(token.strip()))) {
      throw new Forbidden("the set-up token is not valid (it is printed in the server log at start)");
    }
    UserSummary created =
        users.create(
            new NewUser(admin.username(), admin.displayName(), admin.email(), admin.password(), EnumSet.of(Role.ADMIN)));
    em.remove(stored);
    return created;
  }

  private void clearToken() {
    Setting stored = em.find(Setting.class, TOKEN_KEY);
    if (stored != null) {
      em.remove(stored);
    }
  }
}

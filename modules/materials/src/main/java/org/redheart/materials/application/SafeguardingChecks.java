package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.safeguarding.api.SafeguardingCheck;

/**
 * The one safeguarding check of the application: the built-in rules plus the admins' files in
 * {@code redheart.safeguarding.rules-dir} when that directory exists. Built once, on first use.
 */
@ApplicationScoped
public class SafeguardingChecks {
  private static final Logger LOG = Logger.getLogger(SafeguardingChecks.class.getName());
  public static final String RULES_DIR_KEY = "redheart.safeguarding.rules-dir";

  private volatile SafeguardingCheck check;

  public SafeguardingCheck check() {
    SafeguardingCheck c = check;
    if (c == null) {
      synchronized (this) {
        if (check == null) {
          check = build(ConfigProvider.getConfig().getOptionalValue(RULES_DIR_KEY, String.class).orElse(null));
        }
        c = check;
      }
    }
    return c;
  }

  static SafeguardingCheck build(String rulesDir) {
    if (rulesDir != null && !rulesDir.isBlank() && Files.isDirectory(Path.of(rulesDir))) {
      LOG.info(() -> "Safeguarding check: built-in rules plus " + rulesDir);
      return SafeguardingCheck.withExtraRules(Path.of(rulesDir));
    }
    return SafeguardingCheck.standard();
  }
}

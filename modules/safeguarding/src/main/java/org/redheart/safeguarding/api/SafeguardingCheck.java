package org.redheart.safeguarding.api;

import java.nio.file.Path;
import java.util.List;
import org.redheart.safeguarding.domain.RuleBasedChecker;

/** The safeguarding check: rules from configuration files, no framework. Thread-safe. */
public final class SafeguardingCheck {
  private final RuleBasedChecker checker;

  private SafeguardingCheck(SafeguardingRules rules) {
    this.checker = new RuleBasedChecker(rules);
  }

  /** The check with the built-in rules only. */
  public static SafeguardingCheck standard() {
    return new SafeguardingCheck(SafeguardingRules.load(null));
  }

  /** The check with the built-in rules plus the files in {@code extraRulesDir} (may be null or missing). */
  public static SafeguardingCheck withExtraRules(Path extraRulesDir) {
    return new SafeguardingCheck(SafeguardingRules.load(extraRulesDir));
  }

  public static SafeguardingCheck of(SafeguardingRules rules) {
    return new SafeguardingCheck(rules);
  }

  public List<Finding> check(CheckInput input) {
    return checker.check(input);
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.redheart.materials.domain.ConcernRules;

/**
 * The rules of concern texts over the application's one safeguarding check ({@link
 * SafeguardingChecks}: the built-in rules plus the admins' files).
 */
@ApplicationScoped
public class ConcernTexts {

  @Inject SafeguardingChecks checks;

  public ConcernRules rules() {
    return new ConcernRules(input -> checks.check().check(input));
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.redheart.materials.domain.ConcernRules;
import org.redheart.safeguarding.api.SafeguardingCheck;

/**
 * The rules of concern texts over the application's safeguarding check: the module's configured
 * {@link SafeguardingCheck} bean when there is one (with the admins' extra rules), else the built-in
 * rules.
 */
@ApplicationScoped
public class ConcernTexts {

  @Inject Instance<SafeguardingCheck> configured;

  private volatile ConcernRules rules;

  public ConcernRules rules() {
    ConcernRules r = rules;
    if (r == null) {
      SafeguardingCheck check = configured.isResolvable() ? configured.get() : SafeguardingCheck.standard();
      r = new ConcernRules(check::check);
      rules = r;
    }
    return r;
  }
}

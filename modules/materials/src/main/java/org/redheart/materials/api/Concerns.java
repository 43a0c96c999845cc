package org.redheart.materials.api;

import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Safeguarding concerns ({@code SafeguardingConcernProcess}): anyone signed in raises one about a
 * published item or a meeting they may read, or records a disclosure at a meeting; the safeguarding
 * leads are told at once; the item is withdrawn where possible (a material; a meeting's approved or
 * published materials are left to the lead); the lead records the referral and closes it with an
 * outcome. The lead reads every concern; others read the ones they raised. Every step is audited.
 *
 * @throws org.redheart.platform.api.InvalidInput naming the field (nothing changed)
 * @throws org.redheart.platform.api.NotFound for an unknown concern or subject
 * @throws org.redheart.platform.api.Forbidden for a step the actor may not take
 * @throws org.redheart.platform.api.Conflict for a step out of order (referring a closed concern)
 */
public interface Concerns {
  ConcernView raise(ConcernInput input, Actor actor);

  ConcernView get(String concernId, Actor actor);

  /** The lead sees all, others their own; open ones first, newest first. */
  Page<ConcernView> list(ConcernState state, PageRequest page, Actor actor);

  /** The safeguarding lead records the referral. */
  ConcernView refer(String concernId, ReferralInput referral, Actor actor);

  /** The safeguarding lead closes the concern with an outcome (required, checked like a summary). */
  ConcernView close(String concernId, String outcome, Actor actor);
}

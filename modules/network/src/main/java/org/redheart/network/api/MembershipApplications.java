package org.redheart.network.api;

import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Applications to join the network, from the public form to the reviewer's decision. Each stored
 * application runs a {@code MembershipProcess} (business key: the application id) whose review task
 * is offered to supervisors and admins; approving creates (or finds) the contact, records bulletin
 * consent if ticked, makes the member and enqueues the welcome mail; declining enqueues a polite
 * decline with the reason. Both mails are in the applicant's language and are written in the same
 * transaction as the decision.
 *
 * <p>Errors: {@link org.redheart.platform.api.InvalidInput} names the field; {@link
 * org.redheart.platform.api.Forbidden} unless the actor is a supervisor or an admin; {@link
 * org.redheart.platform.api.NotFound} for an unknown id; {@link org.redheart.platform.api.Conflict}
 * for an application already decided.
 */
public interface MembershipApplications {

  /** The one-time-token form name of the public application form (bound to itself). */
  String FORM = "network-apply";

  /** The public page of the application form. */
  String PAGE = "/public/join.xhtml";

  /** How a posted application form ended. */
  enum Outcome {
    /** Received (or silently dropped as a bot's): the same thank-you either way. */
    RECEIVED,
    /** The form token was forged, expired or used: nothing stored. */
    INVALID,
    /** Too many applications from this address lately: nothing stored. */
    TOO_MANY
  }

  /**
   * Stores an application from the public form and starts its review, consuming the form's
   * one-time token; limited per client address ({@code redheart.network.applications-per-hour}).
   *
   * @throws org.redheart.platform.api.InvalidInput for missing or malformed fields; nothing stored
   *     and the token still works
   */
  Outcome submit(ApplicationForm form, String formToken, String clientAddress);

  /** Applications waiting for review, oldest first. */
  Page<ApplicationDetails> pending(PageRequest page, Actor actor);

  ApplicationDetails get(String id, Actor actor);

  /** Approves: the contact, the bulletin consent, the member, the welcome mail. Returns the member. */
  MemberSummary approve(String id, Actor actor);

  /** Declines with a reason the applicant will read (required). */
  ApplicationDetails decline(String id, String reason, Actor actor);
}

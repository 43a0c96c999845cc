package org.redheart.materials.api;

import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Bulletins to the network. A bulletin is a material of kind {@link MaterialKind#BULLETIN}: its text,
 * plus approved materials it includes (their titles and links), passes the publication approval
 * like any material; then an organiser or supervisor of its campaign sends its approved version to
 * an audience. Each mail ({@code bulletin} template, the member's language) carries a one-click
 * unsubscribe link and the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click} headers (RFC 8058): the POST needs no login, never expires, is
 * idempotent, withdraws bulletin consent only and leaves the membership as it is.
 *
 * @throws org.redheart.platform.api.Conflict sending a bulletin that is not approved, or withdrawn
 */
public interface Bulletins {
  /** Approved materials the bulletin includes (in order); the bulletin must be a draft to change them. */
  MaterialDetails include(String bulletinId, List<String> materialIds, Actor actor);

  /** The materials a bulletin includes, in order. */
  List<MaterialSummary> included(String bulletinId, Actor actor);

  /** How many active members the audience matches now (before consent is checked). */
  long audienceSize(BulletinAudience audience, Actor actor);

  /** Starts a send of the bulletin's approved version as a background job. */
  BulletinSend send(String bulletinId, BulletinAudience audience, Actor actor);

  /** The bulletin's sends, newest first. */
  List<BulletinSend> sends(String bulletinId, Actor actor);

  BulletinSend getSend(String sendId, Actor actor);

  /** A send's recipients in contact order; {@code state} null for all. */
  Page<BulletinRecipient> recipients(String sendId, RecipientState state, PageRequest page, Actor actor);
}

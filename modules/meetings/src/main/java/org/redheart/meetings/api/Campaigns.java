package org.redheart.meetings.api;

import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Role;

/**
 * The campaigns meetings belong to, and who belongs to each: its organisers and supervisors. A
 * campaign "open to all" (the foundation's default one) counts every active organiser and supervisor
 * as a member. Lists and boards filter by campaign; people see the campaigns they belong to (admins
 * see all).
 */
public interface Campaigns {

  /** Every campaign, by name (admins' choice lists). */
  List<Campaign> all();

  /** The campaigns the actor belongs to (all of them for an admin), by name. */
  List<Campaign> visibleTo(Actor actor);

  /** Whether the user belongs to the campaign in that role. */
  boolean isMember(String campaignId, String userId, Role role);

  /** Ids of the campaign's supervisors (active users), at most {@code limit}. */
  List<String> supervisors(String campaignId, int limit);

  /**
   * Whether the actor belongs to the campaign: a member as organiser or supervisor (every organiser
   * and supervisor for a campaign open to all). The safeguarding lead reads every campaign's meetings.
   */
  boolean belongs(String campaignId, Actor actor);

  /**
   * A campaign with its members; admins and its members may read it.
   *
   * @throws org.redheart.platform.api.NotFound for an unknown id
   * @throws org.redheart.platform.api.Forbidden for others
   */
  CampaignDetails get(String campaignId, Actor actor);

  /**
   * Creates a campaign (admins only).
   *
   * @throws org.redheart.platform.api.InvalidInput naming each wrong field (nothing is created)
   * @throws org.redheart.platform.api.Forbidden for other roles
   */
  CampaignDetails create(CampaignInput input, Actor actor);

  /**
   * Replaces a campaign's fields and members (admins only); a campaign open to all stays so.
   *
   * @throws org.redheart.platform.api.InvalidInput naming each wrong field (nothing is changed)
   * @throws org.redheart.platform.api.NotFound for an unknown id
   * @throws org.redheart.platform.api.Forbidden for other roles
   */
  CampaignDetails update(String campaignId, CampaignInput input, Actor actor);
}

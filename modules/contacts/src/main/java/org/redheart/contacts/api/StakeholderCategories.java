package org.redheart.contacts.api;

import java.util.List;
import java.util.Optional;
import org.redheart.platform.api.Actor;

/**
 * The stakeholder categories, in their display order. Admins and supervisors add, rename and
 * reorder them; a category is never deleted (contacts and meetings refer to it).
 *
 * <p>Errors: {@link org.redheart.platform.api.InvalidInput} for a blank or too long name (300
 * characters) or a position out of range; {@link org.redheart.platform.api.Conflict} for an English
 * name another category has (compared without case); {@link org.redheart.platform.api.Forbidden}
 * for other roles; {@link org.redheart.platform.api.NotFound} for an unknown id.
 */
public interface StakeholderCategories {
  List<StakeholderCategory> all();

  Optional<StakeholderCategory> find(long id);

  /** Adds a category at the end of the list. {@code nameBn} may be null. */
  StakeholderCategory create(String name, String nameBn, Actor actor);

  /** Changes a category's English and Bangla names ({@code nameBn} null or blank: none). */
  StakeholderCategory rename(long id, String name, String nameBn, Actor actor);

  /** Moves a category to a position (1 is first); the others shift. Returns the new order. */
  List<StakeholderCategory> move(long id, int position, Actor actor);
}

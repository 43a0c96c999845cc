package org.redheart.contacts.api;

import java.util.List;
import java.util.Optional;

/** The stakeholder categories, in their display order. */
public interface StakeholderCategories {
  List<StakeholderCategory> all();

  Optional<StakeholderCategory> find(long id);
}

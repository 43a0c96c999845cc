package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;

/** The stakeholder categories, shown on the contacts page until the directory lands. */
@Named
@RequestScoped
public class CategoriesView {
  @Inject StakeholderCategories categories;
  @Inject Language language;

  public List<StakeholderCategory> getAll() {
    return categories.all();
  }

  public String name(StakeholderCategory c) {
    return c.name(language.getCode());
  }
}

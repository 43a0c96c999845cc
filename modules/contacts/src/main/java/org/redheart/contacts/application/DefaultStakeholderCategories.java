package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.contacts.domain.Category;

@ApplicationScoped
public class DefaultStakeholderCategories implements StakeholderCategories {

  @PersistenceContext(unitName = "contacts")
  EntityManager em;

  @Override
  public List<StakeholderCategory> all() {
    return em.createQuery("select c from Category c order by c.position", Category.class)
        .getResultStream()
        .map(Category::toRecord)
        .toList();
  }

  @Override
  public Optional<StakeholderCategory> find(long id) {
    return Optional.ofNullable(em.find(Category.class, id)).map(Category::toRecord);
  }
}

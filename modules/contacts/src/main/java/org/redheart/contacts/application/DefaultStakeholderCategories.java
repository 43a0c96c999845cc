package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.contacts.domain.Category;
import org.redheart.contacts.domain.Names;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

@ApplicationScoped
public class DefaultStakeholderCategories implements StakeholderCategories {

  @PersistenceContext(unitName = "contacts")
  EntityManager em;

  @Inject Audit audit;

  @Override
  public List<StakeholderCategory> all() {
    return em.createQuery("select c from Category c order by c.position, c.id", Category.class)
        .getResultStream()
        .map(Category::toRecord)
        .toList();
  }

  @Override
  public Optional<StakeholderCategory> find(long id) {
    return Optional.ofNullable(em.find(Category.class, id)).map(Category::toRecord);
  }

  @Override
  @Transactional
  public StakeholderCategory create(String name, String nameBn, Actor actor) {
    requireEditor(actor);
    String[] names = check(name, nameBn, null);
    List<Category> existing = ordered();
    long id = existing.stream().mapToLong(Category::id).max().orElse(0) + 1;
    Category c = new Category(id, names[0], names[1], existing.size() + 1);
    em.persist(c);
    audit.record(actor.userId(), "category.created", "category:" + id, Map.of());
    return c.toRecord();
  }

  @Override
  @Transactional
  public StakeholderCategory rename(long id, String name, String nameBn, Actor actor) {
    requireEditor(actor);
    Category c = category(id);
    String[] names = check(name, nameBn, id);
    c.rename(names[0], names[1]);
    audit.record(actor.userId(), "category.renamed", "category:" + id, Map.of());
    return c.toRecord();
  }

  @Override
  @Transactional
  public List<StakeholderCategory> move(long id, int position, Actor actor) {
    requireEditor(actor);
    Category moved = category(id);
    List<Category> list = new ArrayList<>(ordered());
    if (position < 1 || position > list.size()) {
      throw new InvalidInput("position", "must be between 1 and " + list.size());
    }
    list.removeIf(c -> c.id() == id);
    list.add(position - 1, moved);
    for (int i = 0; i < list.size(); i++) {
      list.get(i).position(i + 1);
    }
    audit.record(actor.userId(), "category.moved", "category:" + id, Map.of("position", Integer.toString(position)));
    return list.stream().map(Category::toRecord).toList();
  }

  private List<Category> ordered() {
    return em.createQuery("select c from Category c order by c.position, c.id", Category.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  private Category category(long id) {
    Category c = em.find(Category.class, id);
    if (c == null) {
      throw new NotFound("stakeholder category", Long.toString(id));
    }
    return c;
  }

  private String[] check(String name, String nameBn, Long self) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String en = Names.clean(name);
    String bn = Names.clean(nameBn);
    if (en == null) {
      errors.add("name", "is required");
    } else if (en.length() > 300) {
      errors.add("name", "is longer than 300 characters");
    }
    if (bn != null && bn.length() > 300) {
      errors.add("nameBn", "is longer than 300 characters");
    }
    errors.throwIfAny();
    String lower = en.toLowerCase(Locale.ROOT);
    boolean taken = em.createQuery("select c from Category c", Category.class).getResultStream()
        .anyMatch(c -> (self == null || c.id() != self) && c.name().toLowerCase(Locale.ROOT).equals(lower));
    if (taken) {
      throw new Conflict("another stakeholder category is called '" + en + "'");
    }
    return new String[] {en, bn};
  }

  private static void requireEditor(Actor actor) {
    if (actor == null || !actor.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
      throw new Forbidden("only admins and supervisors change stakeholder categories");
    }
  }
}

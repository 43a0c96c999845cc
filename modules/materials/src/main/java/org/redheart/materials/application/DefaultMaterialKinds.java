package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialKinds;
import org.redheart.materials.domain.KindEntry;
import org.redheart.materials.domain.MaterialRules;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.Role;

/** {@link MaterialKinds} over {@code mat_kind}: kinds are switched off, never deleted. */
@ApplicationScoped
@Transactional
public class DefaultMaterialKinds implements MaterialKinds {

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject Audit audit;

  @Override
  public List<MaterialKind> all() {
    return em.createQuery("select k from KindEntry k order by k.active desc, k.nameEn", KindEntry.class)
        .setMaxResults(500)
        .getResultStream()
        .map(KindEntry::toKind)
        .toList();
  }

  @Override
  public MaterialKind save(MaterialKind kind, Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins change the kinds of material");
    }
    MaterialKind checked = MaterialRules.kind(kind);
    KindEntry entry = em.find(KindEntry.class, checked.code());
    if (entry == null) {
      entry = new KindEntry(checked);
      em.persist(entry);
    } else {
      entry.update(checked);
    }
    audit.record(actor.userId(), "material-kind.saved", "material-kind:" + checked.code(),
        Map.of("active", String.valueOf(checked.active())));
    return entry.toKind();
  }
}

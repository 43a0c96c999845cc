package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.redheart.materials.api.Decision;
import org.redheart.materials.api.MaterialStatus;
import org.redheart.materials.domain.ContentHash;
import org.redheart.materials.domain.DecisionEntry;
import org.redheart.materials.domain.Material;
import org.redheart.materials.domain.MaterialVersion;
import org.redheart.platform.api.Audit;

/** {@link MaterialLifecycle}: the system acting on a material for concerns and bulletins, audited. */
@ApplicationScoped
@Transactional
public class DefaultMaterialLifecycle implements MaterialLifecycle {

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Inject DefaultMaterials materials;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  @Override
  public Optional<ApprovedContent> approvedContent(String materialId) {
    Material m = find(materialId);
    if (m == null || m.lastApprovedVersion() == 0
        || (m.status() != MaterialStatus.APPROVED && m.status() != MaterialStatus.PUBLISHED
            && m.status() != MaterialStatus.PRINTED)) {
      return Optional.empty();
    }
    MaterialVersion v = MaterialQueries.version(em, m.id(), m.lastApprovedVersion());
    if (v.purged()) {
      return Optional.empty();
    }
    return Optional.of(new ApprovedContent(m.id(), m.campaignId(), m.kindCode(), m.title(), m.language(), v.number(),
        v.text(), v.contentHash()));
  }

  @Override
  public boolean withdrawForConcern(String materialId, String concernId) {
    Material m = find(materialId);
    if (m == null) {
      return false;
    }
    return materials.withdrawAs(m, "safeguarding concern " + concernId, Audit.SYSTEM, "material.withdrawn-for-concern",
        Map.of("concern", String.valueOf(concernId)));
  }

  @Override
  public Optional<String> campaignOf(String materialId) {
    return Optional.ofNullable(find(materialId)).map(Material::campaignId);
  }

  @Override
  public void markSent(String materialId, String sendId) {
    Material m = find(materialId);
    if (m == null || m.status() != MaterialStatus.APPROVED) {
      return;
    }
    MaterialVersion v = MaterialQueries.version(em, m.id(), m.lastApprovedVersion());
    m.published(null, Audit.SYSTEM, clock.instant());
    em.persist(new DecisionEntry(m.id(), v.number(), Decision.Kind.PUBLISHED, Audit.SYSTEM, "bulletin send " + sendId,
        v.contentHash(), clock.instant()));
    audit.record(Audit.SYSTEM, "material.sent", DefaultMaterials.subject(m),
        Map.of("version", String.valueOf(v.number()), "send", String.valueOf(sendId)),
        v.purged() ? null : ContentHash.canonical(v.text(), MaterialQueries.files(em, v.id()).stream()
            .map(f -> new ContentHash.FilePart(f.fileId(), f.sha256())).toList()));
  }

  private Material find(String materialId) {
    return materialId == null || materialId.length() > 36 ? null : em.find(Material.class, materialId);
  }
}

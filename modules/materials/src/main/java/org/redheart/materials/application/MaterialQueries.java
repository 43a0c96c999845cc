package org.redheart.materials.application;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redheart.materials.domain.FindingEntry;
import org.redheart.materials.domain.MaterialVersion;
import org.redheart.materials.domain.VersionFileEntry;
import org.redheart.platform.api.NotFound;

/** The queries the services share. */
final class MaterialQueries {
  private MaterialQueries() {}

  static MaterialVersion version(EntityManager em, String materialId, int number) {
    List<MaterialVersion> found = em.createQuery(
            "select v from MaterialVersion v where v.materialId = :m and v.number = :n", MaterialVersion.class)
        .setParameter("m", materialId)
        .setParameter("n", number)
        .getResultList();
    if (found.isEmpty()) {
      throw new NotFound("version", materialId + ":" + number);
    }
    return found.get(0);
  }

  static Set<String> editors(EntityManager em, String versionId) {
    return new LinkedHashSet<>(em.createQuery(
            "select e.userId from VersionEditor e where e.versionId = :v order by e.userId", String.class)
        .setParameter("v", versionId)
        .getResultList());
  }

  static List<VersionFileEntry> files(EntityManager em, String versionId) {
    return em.createQuery(
            "select f from VersionFileEntry f where f.versionId = :v order by f.position", VersionFileEntry.class)
        .setParameter("v", versionId)
        .getResultList();
  }

  static List<FindingEntry> findings(EntityManager em, String versionId) {
    return em.createQuery(
            "select f from FindingEntry f where f.versionId = :v order by f.fileId, f.start", FindingEntry.class)
        .setParameter("v", versionId)
        .getResultList();
  }
}

package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.materials.api.MaterialFacts;
import org.redheart.materials.api.MaterialKind;
import org.redheart.materials.api.MaterialStatus;

/** Bulk reads of a campaign's materials for reports (indexed by campaign and material id). */
@ApplicationScoped
@Transactional
public class DefaultMaterialFacts implements MaterialFacts {
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Override
  public Map<String, String> postTexts(Collection<String> materialIds) {
    Map<String, String> out = new HashMap<>();
    List<String> ids = new ArrayList<>(materialIds);
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      em.createQuery("select v.materialId, v.text from MaterialVersion v, Material m where m.id = v.materialId "
              + "and v.number = m.currentVersion and m.id in :ids", Object[].class)
          .setParameter("ids", chunk)
          .getResultStream()
          .forEach(r -> out.put((String) r[0], r[1] == null ? "" : (String) r[1]));
    }
    return out;
  }

  @Override
  public Produced produced(String campaignId, LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(DefaultEngagement.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(DefaultEngagement.ZONE).toInstant();
    List<Item> created = em.createQuery("select m.id, m.title, m.kindCode, m.status, m.createdAt from Material m "
            + "where m.campaignId = :c and m.kindCode <> :post and m.createdAt >= :from and m.createdAt < :to "
            + "order by m.createdAt, m.id", Object[].class)
        .setParameter("c", campaignId)
        .setParameter("post", MaterialKind.SOCIAL_POST)
        .setParameter("from", start)
        .setParameter("to", end)
        .getResultStream()
        .map(r -> new Item((String) r[0], (String) r[1], (String) r[2], (MaterialStatus) r[3],
            ((Instant) r[4]).atZone(DefaultEngagement.ZONE).toLocalDate()))
        .toList();
    List<Copies> runs = copies("PrintRunEntry", "printedOn", campaignId, from, to);
    List<Copies> distributions = copies("DistributionEntry", "distributedOn", campaignId, from, to);
    return new Produced(created, runs, distributions);
  }

  private List<Copies> copies(String entity, String dateField, String campaignId, LocalDate from, LocalDate to) {
    return em.createQuery("select e.id, e.materialId, m.title, e.quantity, e." + dateField + " from " + entity + " e, "
            + "Material m where m.id = e.materialId and m.campaignId = :c and e." + dateField + " >= :from and e."
            + dateField + " <= :to order by e." + dateField + ", e.id", Object[].class)
        .setParameter("c", campaignId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(r -> new Copies((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(), (LocalDate) r[4]))
        .toList();
  }
}

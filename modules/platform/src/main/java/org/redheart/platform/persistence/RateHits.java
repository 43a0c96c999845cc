package org.redheart.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.redheart.platform.domain.RateHit;

/**
 * Rate-limit hits. Recording commits on its own (REQUIRES_NEW) so that a hit counts for every
 * instance before anyone judges it, and whatever the caller's transaction does afterwards.
 */
@ApplicationScoped
public class RateHits {
  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String bucket, Instant windowStart) {
    em.persist(new RateHit(bucket, windowStart));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long count(String bucket, Instant windowStart) {
    return em.createQuery(
            "select count(h) from RateHit h where h.bucket = :bucket and h.windowStart = :start", Long.class)
        .setParameter("bucket", bucket)
        .setParameter("start", windowStart)
        .getSingleResult();
  }

  @Transactional
  public int purgeBefore(Instant moment) {
    return em.createQuery("delete from RateHit h where h.windowStart < :moment")
        .setParameter("moment", moment)
        .executeUpdate();
  }
}

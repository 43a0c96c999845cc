package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.domain.CampaignEntry;

@ApplicationScoped
public class DefaultCampaigns implements Campaigns {
  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Override
  public List<Campaign> all() {
    return em.createQuery("select c from CampaignEntry c order by c.name", CampaignEntry.class)
        .setMaxResults(500)
        .getResultStream()
        .map(CampaignEntry::toRecord)
        .toList();
  }
}

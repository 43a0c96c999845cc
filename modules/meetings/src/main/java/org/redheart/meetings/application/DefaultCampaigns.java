package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

@ApplicationScoped
public class DefaultCampaigns implements Campaigns {
  private static final int MAX_CAMPAIGNS = 500;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Users users;

  @Override
  public List<Campaign> all() {
    return em.createQuery("select c from CampaignEntry c order by c.name", CampaignEntry.class)
        .setMaxResults(MAX_CAMPAIGNS)
        .getResultStream()
        .map(CampaignEntry::toRecord)
        .toList();
  }

  @Override
  public List<Campaign> visibleTo(Actor actor) {
    if (actor.has(Role.ADMIN)) {
      return all();
    }
    boolean runsMeetings = actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD);
    // (a boolean parameter compared with true is refused by H2: "BOOLEAN and INTEGER are not comparable")
    return em.createQuery(
            "select c from CampaignEntry c where " + (runsMeetings ? "c.openToAll = true or " : "") + "c.id in "
                + "(select m.campaignId from CampaignMember m where m.userId = :u) order by c.name",
            CampaignEntry.class)
        .setParameter("u", actor.userId())
        .setMaxResults(MAX_CAMPAIGNS)
        .getResultStream()
        .map(CampaignEntry::toRecord)
        .toList();
  }

  @Override
  public boolean isMember(String campaignId, String userId, Role role) {
    CampaignEntry c = campaignId == null ? null : em.find(CampaignEntry.class, campaignId);
    if (c == null || userId == null) {
      return false;
    }
    if (c.openToAll()) {
      return users.idsWithRole(role, 100_000).contains(userId);
    }
    return !em.createQuery(
            "select m.userId from CampaignMember m where m.campaignId = :c and m.userId = :u and m.role = :r", String.class)
        .setParameter("c", campaignId)
        .setParameter("u", userId)
        .setParameter("r", role.name())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<String> supervisors(String campaignId, int limit) {
    CampaignEntry c = em.find(CampaignEntry.class, campaignId);
    if (c == null) {
      return List.of();
    }
    Set<String> active = new LinkedHashSet<>(users.idsWithRole(Role.SUPERVISOR, 100_000));
    if (c.openToAll()) {
      return active.stream().limit(limit).toList();
    }
    return em.createQuery(
            "select m.userId from CampaignMember m where m.campaignId = :c and m.role = 'SUPERVISOR' order by m.userId",
            String.class)
        .setParameter("c", campaignId)
        .getResultStream()
        .filter(active::contains)
        .limit(limit)
        .toList();
  }
}

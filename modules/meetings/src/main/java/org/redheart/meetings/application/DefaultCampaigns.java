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
import org.redheart.meetings.api.CampaignDetails;
import org.redheart.meetings.api.CampaignInput;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.CampaignMember;
import org.redheart.meetings.domain.CampaignRules;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.UserSummary;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

@ApplicationScoped
public class DefaultCampaigns implements Campaigns {
  private static final int MAX_CAMPAIGNS = 500;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Users users;
  @Inject Audit audit;

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
    // a boolean parameter compared with "= true" is not portable (H2 refuses BOOLEAN = INTEGER): two queries
    String members = "c.id in (select m.campaignId from CampaignMember m where m.userId = :u)";
    return em.createQuery("select c from CampaignEntry c where "
                + (runsMeetings ? "c.openToAll = true or " + members : members) + " order by c.name",
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

  @Override
  public boolean belongs(String campaignId, Actor actor) {
    if (actor.has(Role.SAFEGUARDING_LEAD)) {
      return true;
    }
    CampaignEntry c = campaignId == null ? null : em.find(CampaignEntry.class, campaignId);
    if (c == null) {
      return false;
    }
    if (c.openToAll()) {
      return actor.hasAny(Role.ORGANISER, Role.SUPERVISOR);
    }
    List<String> roles = em.createQuery(
            "select m.role from CampaignMember m where m.campaignId = :c and m.userId = :u", String.class)
        .setParameter("c", campaignId)
        .setParameter("u", actor.userId())
        .getResultList();
    return roles.stream().anyMatch(r -> actor.has(Role.valueOf(r)));
  }

  @Override
  public CampaignDetails get(String campaignId, Actor actor) {
    CampaignEntry c = entry(campaignId);
    if (!actor.has(Role.ADMIN) && !belongs(campaignId, actor)) {
      throw new Forbidden("you do not belong to this campaign");
    }
    return details(c);
  }

  @Override
  @Transactional
  public CampaignDetails create(CampaignInput input, Actor actor) {
    requireAdmin(actor);
    CampaignRules.Checked checked = check(input, null);
    CampaignEntry c = new CampaignEntry(UUID.randomUUID().toString());
    c.edit(checked.name(), checked.hashtag(), checked.mission(), checked.vision(), checked.startsOn(), checked.endsOn());
    em.persist(c);
    em.flush();
    replaceMembers(c, checked);
    audit.record(actor.userId(), "campaign.created", "campaign:" + c.id(), Map.of("name", c.name()));
    return details(c);
  }

  @Override
  @Transactional
  public CampaignDetails update(String campaignId, CampaignInput input, Actor actor) {
    requireAdmin(actor);
    CampaignEntry c = entry(campaignId);
    CampaignRules.Checked checked = check(input, campaignId);
    c.edit(checked.name(), checked.hashtag(), checked.mission(), checked.vision(), checked.startsOn(), checked.endsOn());
    replaceMembers(c, checked);
    audit.record(actor.userId(), "campaign.updated", "campaign:" + c.id(), Map.of("name", c.name()));
    return details(c);
  }

  private CampaignRules.Checked check(CampaignInput input, String selfId) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    CampaignRules.Checked checked = CampaignRules.check(input, errors);
    if (checked != null && !em.createQuery(
            "select c.id from CampaignEntry c where lower(c.name) = :n and c.id <> :self", String.class)
        .setParameter("n", checked.name().toLowerCase(java.util.Locale.ROOT))
        .setParameter("self", selfId == null ? "" : selfId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      errors.add("name", "is the name of another campaign");
    }
    if (checked != null) {
      checkUsers("organiserIds", checked.organiserIds(), Role.ORGANISER, errors);
      checkUsers("supervisorIds", checked.supervisorIds(), Role.SUPERVISOR, errors);
    }
    errors.throwIfAny();
    return checked;
  }

  private void checkUsers(String field, List<String> ids, Role role, InvalidInput.Collector errors) {
    for (String id : ids) {
      UserSummary u;
      try {
        u = users.get(id);
      } catch (RuntimeException e) {
        u = null;
      }
      if (u == null || !u.has(role)) {
        errors.add(field, "user " + id + " is not a user with the role " + role.name().toLowerCase(java.util.Locale.ROOT));
        return;
      }
    }
  }

  private void replaceMembers(CampaignEntry c, CampaignRules.Checked checked) {
    em.createQuery("delete from CampaignMember m where m.campaignId = :c").setParameter("c", c.id()).executeUpdate();
    if (c.openToAll()) {
      return;
    }
    checked.organiserIds().forEach(id -> em.persist(new CampaignMember(c.id(), id, Role.ORGANISER.name())));
    checked.supervisorIds().forEach(id -> em.persist(new CampaignMember(c.id(), id, Role.SUPERVISOR.name())));
  }

  private CampaignDetails details(CampaignEntry c) {
    List<CampaignMember> members = em.createQuery(
            "select m from CampaignMember m where m.campaignId = :c order by m.addedAt, m.userId", CampaignMember.class)
        .setParameter("c", c.id())
        .getResultList();
    return new CampaignDetails(c.id(), c.name(), c.hashtag(), c.mission(), c.vision(), c.startsOn(), c.endsOn(),
        c.openToAll(),
        members.stream().filter(m -> m.role().equals(Role.ORGANISER.name())).map(CampaignMember::userId).toList(),
        members.stream().filter(m -> m.role().equals(Role.SUPERVISOR.name())).map(CampaignMember::userId).toList());
  }

  private CampaignEntry entry(String campaignId) {
    CampaignEntry c = campaignId == null || campaignId.length() > 36 ? null : em.find(CampaignEntry.class, campaignId);
    if (c == null) {
      throw new NotFound("campaign", String.valueOf(campaignId));
    }
    return c;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins create and edit campaigns");
    }
  }
}

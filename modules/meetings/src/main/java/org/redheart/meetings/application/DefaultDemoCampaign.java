package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.DemoCampaign;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.CampaignMember;
import org.redheart.meetings.domain.DemoCampaignFiles;
import org.redheart.meetings.domain.DemoCampaignFiles.DemoMeeting;
import org.redheart.meetings.domain.DemoCampaignFiles.SpeakerFacts;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * Loads the demo campaign from the classpath ({@code demo-campaign/}) in one transaction, through
 * the past meetings' own path (the same rules and contact matching as the form).
 */
@ApplicationScoped
@Transactional
public class DefaultDemoCampaign implements DemoCampaign {
  static final String DIR = "demo-campaign/";

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject DefaultPastMeetings pastMeetings;
  @Inject StakeholderCategories categories;
  @Inject Users users;
  @Inject Audit audit;

  @Override
  public Result load(String campaignName, List<String> organiserIds, List<String> supervisorIds, Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins load the demo campaign");
    }
    String name = campaignName == null || campaignName.isBlank() ? DEFAULT_NAME : campaignName.strip();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (name.length() > 200) {
      errors.add("campaignName", "must be at most 200 characters");
    }
    List<String> organisers = members(organiserIds, Role.ORGANISER, "organiserIds", errors);
    List<String> supervisors = members(supervisorIds, Role.SUPERVISOR, "supervisorIds", errors);
    if (organisers.isEmpty()) {
      errors.add("organiserIds", "choose at least one organiser of the campaign");
    }
    errors.throwIfAny();

    Map<String, Long> categoryIds = new HashMap<>();
    categories.all().forEach(c -> categoryIds.putIfAbsent(c.name().strip().toLowerCase(Locale.ROOT), c.id()));
    boolean[] created = new boolean[1];
    String campaignId = campaign(name, created);
    organisers.forEach(u -> addMember(campaignId, u, Role.ORGANISER));
    supervisors.forEach(u -> addMember(campaignId, u, Role.SUPERVISOR));

    List<DemoMeeting> meetings = DemoCampaignFiles.read(text("meetings.csv"), text("speakers.csv"),
        text("breakout_groups.csv"), text("recommendations.txt"), text("meeting_categories.csv"), campaignId, categoryIds);
    DefaultPastMeetings.ContactStats stats = new DefaultPastMeetings.ContactStats();
    int made = 0;
    int already = 0;
    List<String> ids = new ArrayList<>();
    for (DemoMeeting d : meetings) {
      Optional<Meeting> existing = pastMeetings.findByRef(campaignId, d.record().externalRef());
      if (existing.isPresent()) {
        already++;
        ids.add(existing.get().id());
        continue;
      }
      Map<String, String> notes = new HashMap<>();
      d.speakerFacts().forEach((person, facts) -> notes.put(person, note(facts)));
      try {
        ids.add(pastMeetings.store(d.record(), campaignId, organisers.get(0), actor, stats, notes).id());
      } catch (InvalidInput e) {
        throw new IllegalStateException("demo meeting " + d.id() + " breaks the rules of a past meeting: " + e.getMessage(), e);
      }
      made++;
    }
    audit.record(actor.userId(), "meetings.demo-campaign.loaded", "campaign:" + campaignId,
        Map.of("created", String.valueOf(made), "alreadyLoaded", String.valueOf(already),
            "contactsCreated", String.valueOf(stats.created), "contactsFound", String.valueOf(stats.found)));
    return new Result(campaignId, created[0], made, already, stats.created, stats.found, ids);
  }

  /**
   * The campaign of that name, else a new one with the demo's hashtag. (Kept in one method so that
   * it can switch to the campaigns service once campaigns can be created through it.)
   */
  String campaign(String name, boolean[] created) {
    List<String> found = em.createQuery(
            "select c.id from CampaignEntry c where lower(c.name) = :n order by c.createdAt, c.id", String.class)
        .setParameter("n", name.toLowerCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    String id = UUID.randomUUID().toString();
    em.createNativeQuery("insert into mtg_campaign (id, name, hashtag, starts_on, ends_on, open_to_all, created_at) "
            + "values (?1, ?2, ?3, ?4, ?5, false, ?6)")
        .setParameter(1, id)
        .setParameter(2, name)
        .setParameter(3, HASHTAG)
        .setParameter(4, java.sql.Date.valueOf("2022-07-30"))
        .setParameter(5, java.sql.Date.valueOf("2023-04-30"))
        .setParameter(6, java.sql.Timestamp.from(Instant.now()))
        .executeUpdate();
    if (em.find(CampaignEntry.class, id) == null) {
      throw new IllegalStateException("campaign " + id + " was not created");
    }
    created[0] = true;
    return id;
  }

  private void addMember(String campaignId, String userId, Role role) {
    if (em.find(CampaignMember.class, new CampaignMember.Key(campaignId, userId, role.name())) == null) {
      em.persist(new CampaignMember(campaignId, userId, role.name()));
    }
  }

  private List<String> members(List<String> ids, Role role, String field, InvalidInput.Collector errors) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    java.util.Set<String> holders = new java.util.HashSet<>(users.idsWithRole(role, 100_000));
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        continue;
      }
      String u = id.strip();
      if (holders.contains(u)) {
        out.add(u);
      } else {
        errors.add(field, "'" + (u.length() > 40 ? u.substring(0, 40) + "…" : u) + "' is not an active user with the role "
            + role.name().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(out);
  }

  private static String note(SpeakerFacts f) {
    List<String> parts = new ArrayList<>();
    if (f.titleRole() != null) {
      parts.add(f.titleRole());
    }
    if (f.organisation() != null) {
      parts.add(f.organisation());
    }
    return parts.isEmpty() ? null : "Speaker in the demo campaign (as its report names them): " + String.join(", ", parts);
  }

  static String text(String file) {
    try (InputStream in = DefaultDemoCampaign.class.getClassLoader().getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("the demo campaign's file " + DIR + file + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

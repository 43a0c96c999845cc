package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.CountryNames;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.PastMeetingRecord;
import org.redheart.meetings.api.PastMeetingRecord.PastAction;
import org.redheart.meetings.api.PastMeetingRecord.PastGroup;
import org.redheart.meetings.api.PastMeetingRecord.PastRecommendation;
import org.redheart.meetings.api.PastMeetingRecord.PastSpeaker;
import org.redheart.meetings.api.PastMeetings;
import org.redheart.meetings.api.RecordPastMeeting;
import org.redheart.meetings.api.RecordPastMeeting.ActionInput;
import org.redheart.meetings.api.RecordPastMeeting.GroupInput;
import org.redheart.meetings.api.RecordPastMeeting.RecommendationInput;
import org.redheart.meetings.api.RecordPastMeeting.SpeakerInput;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.BreakoutGroup;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.PastMeetingRules;
import org.redheart.meetings.domain.PersonNames;
import org.redheart.meetings.domain.Recommendation;
import org.redheart.meetings.domain.Speaker;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * Records past meetings: checks the rules, finds or creates each speaker's contact, then writes the
 * meeting (status and stage HISTORICAL, no process), its further audience categories, speakers,
 * groups with challenges, action plans (owner as a reported name) and recommendations.
 */
@ApplicationScoped
@Transactional
public class DefaultPastMeetings implements PastMeetings {
  static final String SPEAKER_TAG = "speaker";

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject StakeholderCategories categories;
  @Inject Contacts contacts;
  @Inject CountryNames countries;
  @Inject org.redheart.meetings.api.Campaigns campaigns;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  /** How speakers were matched to contacts during one or more records. */
  static final class ContactStats {
    int created;
    int found;
    final Map<String, String> byName = new HashMap<>();
  }

  @Override
  public PastMeetingRecord record(RecordPastMeeting c, Actor actor) {
    String campaignId = c.campaignId() == null || c.campaignId().isBlank() ? Campaign.DEFAULT_ID : c.campaignId().strip();
    if (campaignId.length() > 36 || em.find(CampaignEntry.class, campaignId) == null) {
      throw new InvalidInput("campaignId", "is not a known campaign");
    }
    requireCampaignMember(campaignId, actor);
    Meeting m = store(c, campaignId, actor.userId(), actor, new ContactStats(), Map.of());
    return toRecord(m);
  }

  @Override
  public Optional<PastMeetingRecord> find(String meetingId, Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD)) {
      throw new Forbidden("your roles do not include reading meetings");
    }
    Meeting m = meeting(meetingId);
    return HISTORICAL.equals(m.status()) ? Optional.of(toRecord(m)) : Optional.empty();
  }

  @Override
  public PastMeetingRecord confirmThemeCodes(String meetingId, Map<Long, String> codes, Actor actor) {
    Meeting m = meeting(meetingId);
    requireCampaignMember(m.campaignId(), actor);
    if (!HISTORICAL.equals(m.status())) {
      throw new InvalidInput("meetingId", "is not a past meeting");
    }
    List<BreakoutGroup> groups = groups(meetingId);
    Map<Long, BreakoutGroup> byId = new HashMap<>();
    groups.forEach(g -> byId.put(g.id(), g));
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Map<Long, String> wanted = new HashMap<>();
    codes.forEach((id, code) -> {
      String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
      if (!byId.containsKey(id)) {
        errors.add("groups[" + id + "].themeCode", "is not a group of this meeting");
      } else if (!c.matches("[A-Z][A-Z0-9]{0,9}")) {
        errors.add("groups[" + id + "].themeCode", "must be a letter, then up to 9 letters or digits (A, B, C, D...)");
      } else {
        wanted.put(id, c);
      }
    });
    Set<String> seen = new HashSet<>();
    for (BreakoutGroup g : groups) {
      String c = wanted.getOrDefault(g.id(), g.themeCode());
      if (!seen.add(c)) {
        errors.add("groups[" + g.id() + "].themeCode", "is given to another group of this meeting already");
      }
    }
    errors.throwIfAny();
    wanted.forEach((id, c) -> {
      BreakoutGroup g = byId.get(id);
      g.setTheme(c, g.theme());
      g.setThemeSuggested(false);
    });
    audit.record(actor.userId(), "meeting.past.themes-confirmed", "meeting:" + meetingId, Map.of("groups", String.valueOf(wanted.size())));
    em.flush();
    return toRecord(m);
  }

  /**
   * Checks and stores a past meeting in the caller's transaction (no membership check: callers do
   * it). {@code notes} gives a new speaker contact's note by the speaker's name (what the source
   * says of them), if any.
   */
  Meeting store(RecordPastMeeting c, String campaignId, String organiserId, Actor actor, ContactStats stats,
      Map<String, String> notes) {
    PastMeetingRules.Checked ok =
        PastMeetingRules.check(c, id -> categories.find(id).isPresent(), countries::codeOf, clock);
    checkContactIds(c.speakers());
    String ref = blankToNull(c.externalRef());
    if (ref != null && findByRef(campaignId, ref).isPresent()) {
      throw new Conflict("the campaign already has a meeting recorded as '" + ref + "'");
    }
    List<String> speakerContacts = new ArrayList<>();
    for (int i = 0; i < c.speakers().size(); i++) {
      SpeakerInput s = c.speakers().get(i);
      speakerContacts.add(contactOf(s, ok.speakerCountries().get(i), notes.get(s.name()), actor, stats));
    }
    List<Long> categoryIds = List.copyOf(new LinkedHashSet<>(c.categoryIds()));
    Meeting m = new Meeting(campaignId, c.title().strip(), categoryIds.get(0), ok.start(), ok.end(), blankToNull(c.venue()),
        null, c.attendanceTotal() == null ? 0 : c.attendanceTotal(), organiserId, HISTORICAL);
    m.recordPast(ok.kind(), blankToNull(c.audience()), ok.mode(), ok.timesKnown(), c.attendanceTotal(), ok.attendanceUnit(),
        c.groupsPlanned(), ok.groupsHeld(), ref);
    em.persist(m);
    em.flush();
    for (Long categoryId : categoryIds) {
      em.createNativeQuery("insert into mtg_meeting_category (meeting_id, category_id) values (?1, ?2)")
          .setParameter(1, m.id())
          .setParameter(2, categoryId)
          .executeUpdate();
    }
    for (int i = 0; i < c.speakers().size(); i++) {
      SpeakerInput s = c.speakers().get(i);
      String joined = s.joined() == null || s.joined().isBlank() ? "UNKNOWN" : s.joined().strip().toUpperCase(java.util.Locale.ROOT);
      em.persist(new Speaker(m.id(), speakerContacts.get(i), Speaker.Role.valueOf(s.role().strip().toUpperCase(java.util.Locale.ROOT)),
          blankToNull(s.topic()), Speaker.Joined.valueOf(joined), ok.speakerCountries().get(i), i + 1));
    }
    for (int i = 0; i < c.groups().size(); i++) {
      GroupInput g = c.groups().get(i);
      BreakoutGroup group = new BreakoutGroup(m.id(), i + 1, g.themeCode().strip().toUpperCase(java.util.Locale.ROOT),
          blankToNull(g.theme()));
      List<String> challenges = g.challenges().stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
      group.setChallenges(challenges.isEmpty() ? null : String.join("\n", challenges));
      group.setThemeSuggested(g.themeCodeSuggested());
      em.persist(group);
      em.flush();
      for (ActionInput a : g.actionPlans()) {
        em.persist(new ActionPlan(m.id(), campaignId, group.id(), a.action().strip(), null, blankToNull(a.ownerName()), null,
            actor.userId()));
      }
    }
    for (int i = 0; i < c.recommendations().size(); i++) {
      RecommendationInput r = c.recommendations().get(i);
      em.persist(new Recommendation(m.id(), r.kind().strip().toUpperCase(java.util.Locale.ROOT), r.text().strip(), i + 1));
    }
    em.flush();
    audit.record(actor.userId(), "meeting.past.recorded", "meeting:" + m.id(),
        Map.of("campaign", campaignId, "date", c.date().toString(), "speakers", String.valueOf(c.speakers().size()),
            "groups", String.valueOf(c.groups().size())));
    return m;
  }

  Optional<Meeting> findByRef(String campaignId, String ref) {
    return em.createQuery("select m from Meeting m where m.campaignId = :c and m.externalRef = :r", Meeting.class)
        .setParameter("c", campaignId)
        .setParameter("r", ref)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private void checkContactIds(List<SpeakerInput> speakers) {
    List<String> ids = speakers.stream().map(SpeakerInput::contactId).filter(id -> id != null && !id.isBlank())
        .map(String::strip).toList();
    if (ids.isEmpty()) {
      return;
    }
    Map<String, ContactSummary> known = contacts.summaries(ids);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    for (int i = 0; i < speakers.size(); i++) {
      String id = speakers.get(i).contactId();
      if (id != null && !id.isBlank() && !known.containsKey(id.strip())) {
        errors.add("speakers[" + i + "].contactId", "is not a known contact");
      }
    }
    errors.throwIfAny();
  }

  /** The speaker's contact: the one chosen, else a person found by normalised name, else a new one. */
  private String contactOf(SpeakerInput s, String countryCode, String note, Actor actor, ContactStats stats) {
    if (s.contactId() != null && !s.contactId().isBlank()) {
      ContactSummary chosen = contacts.summaries(List.of(s.contactId().strip())).get(s.contactId().strip());
      return chosen.id();
    }
    String name = s.name().strip().replaceAll("\\s+", " ");
    String key = PersonNames.key(name);
    String cached = stats.byName.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<ContactSummary> existing = contacts
        .search(new ContactQuery(name, ContactKind.PERSON, null, null, null, null, null), PageRequest.of(0, 50), actor)
        .items().stream()
        .filter(x -> key.equals(PersonNames.key(x.name())))
        .findFirst();
    String id;
    if (existing.isPresent()) {
      id = existing.get().id();
      stats.found++;
    } else {
      ContactDetails created = contacts.create(new ContactInput(ContactKind.PERSON, name, false, null, null, countryCode,
          null, Set.of(), List.of(), List.of(), Set.of(SPEAKER_TAG), Set.of(), List.of(), note, null), actor);
      id = created.id();
      stats.created++;
    }
    stats.byName.put(key, id);
    return id;
  }

  PastMeetingRecord toRecord(Meeting m) {
    List<Long> categoryIds = new ArrayList<>();
    for (Object o : em.createNativeQuery(
            "select category_id from mtg_meeting_category where meeting_id = ?1 order by category_id")
        .setParameter(1, m.id())
        .getResultList()) {
      categoryIds.add(((Number) o).longValue());
    }
    if (!categoryIds.contains(m.audienceCategoryId())) {
      categoryIds.add(0, m.audienceCategoryId());
    } else {
      categoryIds.remove(Long.valueOf(m.audienceCategoryId()));
      categoryIds.add(0, m.audienceCategoryId());
    }
    List<Speaker> speakers = em.createQuery("select s from Speaker s where s.meetingId = :m order by s.position", Speaker.class)
        .setParameter("m", m.id())
        .setMaxResults(PastMeetingRules.MAX_SPEAKERS * 2)
        .getResultList();
    Map<String, ContactSummary> names = contacts.summaries(speakers.stream().map(Speaker::contactId).toList());
    List<PastSpeaker> pastSpeakers = speakers.stream().map(s -> {
      ContactSummary cs = names.get(s.contactId());
      return new PastSpeaker(s.id(), cs == null ? s.contactId() : cs.id(), cs == null ? null : cs.name(),
          s.role().name(), s.topic(), s.joined().name(), s.countryCode());
    }).toList();
    Map<Long, List<PastAction>> actions = new HashMap<>();
    em.createQuery("select a from ActionPlan a where a.meetingId = :m order by a.createdAt, a.id", ActionPlan.class)
        .setParameter("m", m.id())
        .setMaxResults(5000)
        .getResultStream()
        .forEach(a -> actions.computeIfAbsent(a.groupId(), k -> new ArrayList<>()).add(new PastAction(a.id(), a.action(),
            a.ownerName(), a.ownerContactId() == null ? null : String.valueOf(a.ownerContactId()), a.status())));
    List<PastGroup> groups = groups(m.id()).stream().map(g -> new PastGroup(g.id(), g.position(), g.themeCode(),
        g.themeSuggested(), g.theme(), g.challenges() == null ? List.of() : List.of(g.challenges().split("\n")),
        actions.getOrDefault(g.id(), List.of()))).toList();
    List<PastRecommendation> recommendations = em.createQuery(
            "select r from Recommendation r where r.meetingId = :m order by r.position", Recommendation.class)
        .setParameter("m", m.id())
        .setMaxResults(PastMeetingRules.MAX_RECOMMENDATIONS * 2)
        .getResultStream()
        .map(r -> new PastRecommendation(r.id(), r.kind(), r.text()))
        .toList();
    return new PastMeetingRecord(m.toSummary(), m.kind(), m.timesKnown(), m.mode(), m.audience(), categoryIds,
        m.attendanceTotal(), m.attendanceUnit(), m.groupsPlanned(), m.groupsHeld(), m.externalRef(), pastSpeakers, groups,
        recommendations);
  }

  private List<BreakoutGroup> groups(String meetingId) {
    return em.createQuery("select g from BreakoutGroup g where g.meetingId = :m order by g.position", BreakoutGroup.class)
        .setParameter("m", meetingId)
        .setMaxResults(PastMeetingRules.MAX_GROUPS * 4)
        .getResultList();
  }

  private void requireCampaignMember(String campaignId, Actor actor) {
    boolean member = (actor.has(Role.ORGANISER) && campaigns.isMember(campaignId, actor.userId(), Role.ORGANISER))
        || (actor.has(Role.SUPERVISOR) && campaigns.isMember(campaignId, actor.userId(), Role.SUPERVISOR));
    if (!member) {
      throw new Forbidden("only organisers and supervisors of the campaign record its past meetings");
    }
  }

  private Meeting meeting(String meetingId) {
    Meeting m = meetingId == null || meetingId.length() > 36 ? null : em.find(Meeting.class, meetingId);
    if (m == null) {
      throw new NotFound("meeting", String.valueOf(meetingId));
    }
    return m;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

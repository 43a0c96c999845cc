package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.CampaignFacts;
import org.redheart.platform.api.NotFound;

/**
 * The bulk read of a campaign's meetings for reports: one query per table (meetings, attendee counts,
 * speakers, groups, action plans, recommendations), each by the indexed meeting id, in chunks of 500
 * ids; then one bulk read of the speakers' contacts.
 */
@ApplicationScoped
@Transactional
public class DefaultCampaignFacts implements CampaignFacts {
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Contacts contacts;

  Clock clock = Clock.systemUTC();

  @Override
  public Data read(String campaignId, LocalDate from, LocalDate to) {
    List<?> campaign = em.createNativeQuery("select name, hashtag from mtg_campaign where id = ?1")
        .setParameter(1, campaignId).getResultList();
    if (campaign.isEmpty()) {
      throw new NotFound("campaign", campaignId);
    }
    Object[] c = (Object[]) campaign.get(0);
    LocalDate today = LocalDate.now(clock);
    // a window one day wider each side (time zones), then the exact local date below
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select id, title, kind, status, starts_at, time_zone, audience, venue, mode, "
            + "attendance_total, attendance_unit, groups_planned, groups_held from mtg_meeting where campaign_id = ?1 "
            + "and starts_at >= ?2 and starts_at < ?3 and status <> 'CANCELLED' order by starts_at, id")
        .setParameter(1, campaignId)
        .setParameter(2, Timestamp.from(from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
        .setParameter(3, Timestamp.from(to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)))
        .getResultList();
    Map<String, Object[]> meetings = new LinkedHashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    for (Object[] r : rows) {
      LocalDate date = localDate(r[4], (String) r[5]);
      if (!date.isBefore(from) && !date.isAfter(to) && !date.isAfter(today)) {
        meetings.put((String) r[0], r);
        dates.put((String) r[0], date);
      }
    }
    List<String> ids = new ArrayList<>(meetings.keySet());
    Map<String, Long> checkedIn = new HashMap<>();
    Map<String, List<Object[]>> speakers = new HashMap<>();
    Map<String, List<Object[]>> groups = new HashMap<>();
    Map<String, List<Object[]>> plans = new HashMap<>();
    Map<String, List<Object[]>> recommendations = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      for (Object[] r : query("select meeting_id, count(*) from mtg_attendee where meeting_id in (%s) group by meeting_id", chunk)) {
        checkedIn.put((String) r[0], ((Number) r[1]).longValue());
      }
      group(speakers, query("select meeting_id, id, contact_id, role, topic, joined, country_code from mtg_speaker "
          + "where meeting_id in (%s) order by meeting_id, position, id", chunk));
      group(groups, query("select meeting_id, id, position, theme_code, theme, held, challenges from mtg_breakout_group "
          + "where meeting_id in (%s) order by meeting_id, position", chunk));
      group(plans, query("select meeting_id, id, group_id, action, owner_name, status, due_on, created_at from mtg_action_plan "
          + "where meeting_id in (%s) order by meeting_id, created_at, id", chunk));
      group(recommendations, query("select meeting_id, id, kind, text from mtg_recommendation where meeting_id in (%s) "
          + "order by meeting_id, position, id", chunk));
    }
    Set<String> contactIds = new HashSet<>();
    speakers.values().forEach(l -> l.forEach(s -> {
      if (s[2] != null) {
        contactIds.add(String.valueOf(s[2]));
      }
    }));
    Map<String, ContactSummary> people = contactIds.isEmpty() ? Map.of() : contacts.summaries(contactIds);
    List<MeetingFact> out = new ArrayList<>();
    for (String id : ids) {
      Object[] m = meetings.get(id);
      List<SpeakerFact> sp = new ArrayList<>();
      for (Object[] s : speakers.getOrDefault(id, List.of())) {
        String contactId = s[2] == null ? null : String.valueOf(s[2]);
        ContactSummary person = contactId == null ? null : people.get(contactId);
        String organisation = person == null || person.organisations() == null || person.organisations().isEmpty()
            ? null : person.organisations().get(0);
        String country = (String) s[6];
        if (country == null && person != null) {
          country = person.countryCode();
        }
        sp.add(new SpeakerFact(((Number) s[1]).longValue(), contactId, person == null ? null : person.name(), organisation,
            (String) s[3], (String) s[4], (String) s[5], country));
      }
      List<GroupFact> gs = new ArrayList<>();
      int held = 0;
      for (Object[] g : groups.getOrDefault(id, List.of())) {
        boolean isHeld = g[5] == null || Boolean.TRUE.equals(g[5]);
        held += isHeld ? 1 : 0;
        String ch = text(g[6]);
        List<String> challenges = ch == null ? List.of()
            : List.of(ch.split("\n")).stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        gs.add(new GroupFact(((Number) g[1]).longValue(), ((Number) g[2]).intValue(), (String) g[3], text(g[4]), isHeld,
            challenges));
      }
      List<ActionFact> ps = new ArrayList<>();
      for (Object[] p : plans.getOrDefault(id, List.of())) {
        ps.add(new ActionFact((String) p[1], p[2] == null ? null : ((Number) p[2]).longValue(), text(p[3]), (String) p[4],
            (String) p[5], p[6] == null ? null : ((java.sql.Date) p[6]).toLocalDate()));
      }
      List<RecommendationFact> rs = new ArrayList<>();
      for (Object[] r : recommendations.getOrDefault(id, List.of())) {
        rs.add(new RecommendationFact(((Number) r[1]).longValue(), (String) r[2], text(r[3])));
      }
      Integer attendance = m[9] == null ? null : ((Number) m[9]).intValue();
      String unit = (String) m[10];
      if (attendance == null && checkedIn.containsKey(id)) {
        attendance = checkedIn.get(id).intValue();
        unit = "PERSONS";
      }
      Integer groupsHeld = m[12] == null ? (gs.isEmpty() ? null : held) : ((Number) m[12]).intValue();
      out.add(new MeetingFact(id, (String) m[1], (String) m[2], (String) m[3], dates.get(id), text(m[6]), (String) m[7],
          (String) m[8], attendance, unit == null ? "PERSONS" : unit, m[11] == null ? null : ((Number) m[11]).intValue(),
          groupsHeld, List.copyOf(sp), List.copyOf(gs), List.copyOf(ps), List.copyOf(rs)));
    }
    return new Data(campaignId, (String) c[0], (String) c[1], List.copyOf(out));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> query(String sql, Collection<String> ids) {
    StringBuilder marks = new StringBuilder();
    for (int i = 1; i <= ids.size(); i++) {
      marks.append(i == 1 ? "" : ",").append('?').append(i);
    }
    var q = em.createNativeQuery(String.format(sql, marks));
    int i = 1;
    for (String id : ids) {
      q.setParameter(i++, id);
    }
    return q.getResultList();
  }

  private static void group(Map<String, List<Object[]>> into, List<Object[]> rows) {
    for (Object[] r : rows) {
      into.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
    }
  }

  private static String text(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return o.toString();
  }

  static LocalDate localDate(Object startsAt, String zone) {
    Instant at = startsAt instanceof Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
        : startsAt instanceof java.time.LocalDateTime l ? l.toInstant(ZoneOffset.UTC) : (Instant) startsAt;
    ZoneId z;
    try {
      z = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      z = ZoneOffset.UTC;
    }
    return at.atZone(z).toLocalDate();
  }
}

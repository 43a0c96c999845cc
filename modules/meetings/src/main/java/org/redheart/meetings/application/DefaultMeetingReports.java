package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.MeetingReports;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.BreakoutGroup;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.FindingsRules;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.Recommendation;
import org.redheart.meetings.domain.ReportDraft;
import org.redheart.meetings.domain.StepRecordEntry;
import org.redheart.platform.api.Actor;

/**
 * The meeting's report: the draft written from its data ({@link ReportDraft}), and the versions
 * written at the report step (the approved one is the last version a review approved).
 */
@ApplicationScoped
@Transactional
public class DefaultMeetingReports implements MeetingReports {
  public static final String REPORT_FIELD = "report";
  public static final String POST_FIELD = "postText";

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject MeetingAccess access;
  @Inject Contacts contacts;
  @Inject StakeholderCategories categories;

  @Override
  public String draft(String meetingId, String language, Actor actor) {
    return ReportDraft.write(data(access.readable(meetingId, actor), language), language);
  }

  @Override
  public Report report(String meetingId, String language, Actor actor) {
    Meeting meeting = access.readable(meetingId, actor);
    Versions v = versions(meetingId);
    String text;
    Version version;
    if (v.approved() != null) {
      text = v.approved();
      version = Version.APPROVED;
    } else if (v.latest() != null) {
      text = v.latest();
      version = Version.LATEST;
    } else {
      text = ReportDraft.write(data(meeting, language), language);
      version = Version.GENERATED;
    }
    List<Block> blocks = ReportDraft.blocks(text).stream()
        .map(b -> new Block(Kind.valueOf(b.kind()), b.text())).toList();
    return new Report(meetingId, meeting.toSummary().title(), version, blocks);
  }

  @Override
  public String postDraft(String meetingId, int maxChars, Actor actor) {
    Meeting meeting = access.readable(meetingId, actor);
    Versions v = versions(meetingId);
    String text = v.approved() != null ? v.approved() : v.latest();
    MeetingSummary m = meeting.toSummary();
    CampaignEntry campaign = em.find(CampaignEntry.class, m.campaignId());
    String hashtag = campaign == null ? null : campaign.toRecord().hashtag();
    return ReportDraft.post(m.title(), text == null ? "" : text, hashtag, maxChars);
  }

  /** The last approved text of the report, and the latest written one (either may be null). */
  public record Versions(String approved, String latest) {}

  public Versions versions(String meetingId) {
    List<StepRecordEntry> records = em.createQuery(
            "select r from StepRecordEntry r where r.meetingId = :m and r.step in :s order by r.completedAt", StepRecordEntry.class)
        .setParameter("m", meetingId)
        .setParameter("s", List.of(Step.WRITE_REPORT.taskKey(), Step.REVIEW_REPORT.taskKey()))
        .setMaxResults(500)
        .getResultList();
    String latest = null;
    String approved = null;
    for (StepRecordEntry r : records) {
      if (Step.WRITE_REPORT.taskKey().equals(r.step())) {
        latest = FormJson.read(r.data()).get(REPORT_FIELD);
      } else if (FieldSpec.APPROVE.equals(r.outcome()) && latest != null) {
        approved = latest;
      }
    }
    return new Versions(approved, latest);
  }

  /** The latest value a step's form recorded for a field, if any. */
  public String lastRecorded(String meetingId, Step step, String field) {
    return lastRecorded(meetingId, step.taskKey(), field);
  }

  /** The same by task key (also the keys of steps earlier versions of the lifecycle had). */
  public String lastRecorded(String meetingId, String taskKey, String field) {
    return em.createQuery(
            "select r from StepRecordEntry r where r.meetingId = :m and r.step = :s order by r.completedAt desc", StepRecordEntry.class)
        .setParameter("m", meetingId).setParameter("s", taskKey).setMaxResults(1)
        .getResultStream().findFirst().map(r -> FormJson.read(r.data()).get(field)).orElse(null);
  }

  public ReportDraft.Data data(Meeting meeting, String language) {
    String lang = "bn".equals(language) ? "bn" : "en";
    MeetingSummary m = meeting.toSummary();
    String meetingId = m.id();
    CampaignEntry campaignEntry = em.find(CampaignEntry.class, m.campaignId());
    Campaign campaign = campaignEntry == null ? null : campaignEntry.toRecord();
    Object[] past = (Object[]) em.createNativeQuery(
            "select times_known, attendance_total, attendance_unit from mtg_meeting where id = ?")
        .setParameter(1, meetingId).getSingleResult();
    boolean timesKnown = past[0] == null || Boolean.TRUE.equals(past[0]) || "true".equalsIgnoreCase(String.valueOf(past[0]));
    Long attendanceTotal = past[1] == null ? null : ((Number) past[1]).longValue();
    String attendanceUnit = past[2] == null ? null : past[2].toString();

    // speakers (mtg_speaker) and the speakers chosen at the invitations step (mtg_invitee)
    record Slot(String contactId, String role, String topic, String joined) {}
    List<Slot> slots = new ArrayList<>();
    for (Object row : em.createNativeQuery(
            "select contact_id, role, topic, joined from mtg_speaker where meeting_id = ? order by position")
        .setParameter(1, meetingId).setMaxResults(200).getResultList()) {
      Object[] r = (Object[]) row;
      slots.add(new Slot(String.valueOf(r[0]), str(r[1]), str(r[2]), str(r[3])));
    }
    for (Object row : em.createNativeQuery(
            "select contact_id, topic from mtg_invitee where meeting_id = ? and kind = 'SPEAKER' order by added_at")
        .setParameter(1, meetingId).setMaxResults(200).getResultList()) {
      Object[] r = (Object[]) row;
      String contactId = String.valueOf(r[0]);
      if (slots.stream().noneMatch(s -> s.contactId().equals(contactId))) {
        slots.add(new Slot(contactId, "SPEAKER", str(r[1]), null));
      }
    }
    Map<String, ContactSummary> people = contacts.summaries(slots.stream().map(Slot::contactId).distinct().toList());
    List<String> chairs = new ArrayList<>();
    List<ReportDraft.Speaker> speakers = new ArrayList<>();
    for (Slot s : slots) {
      ContactSummary c = people.get(s.contactId());
      String name = c == null || c.name() == null ? "—" : c.name()
          + (c.organisations() == null || c.organisations().isEmpty() ? "" : ", " + c.organisations().get(0));
      if ("CHAIR".equals(s.role())) {
        chairs.add(name);
      } else {
        speakers.add(new ReportDraft.Speaker(name, s.role(), s.topic(), s.joined()));
      }
    }

    // attendance by stakeholder category, children as a headcount
    List<ReportDraft.Count> attendance = new ArrayList<>();
    Map<Long, Long> byCategory = new LinkedHashMap<>();
    long uncategorised = 0;
    for (Object row : em.createNativeQuery(
            "select category_id, count(*) from mtg_attendee where meeting_id = ? group by category_id")
        .setParameter(1, meetingId).getResultList()) {
      Object[] r = (Object[]) row;
      long n = ((Number) r[1]).longValue();
      if (r[0] == null) {
        uncategorised += n;
      } else {
        byCategory.put(((Number) r[0]).longValue(), n);
      }
    }
    categories.all().forEach(c -> {
      Long n = byCategory.remove(c.id());
      if (n != null) {
        attendance.add(new ReportDraft.Count(c.name(lang), n));
      }
    });
    uncategorised += byCategory.values().stream().mapToLong(Long::longValue).sum();
    if (uncategorised > 0) {
      attendance.add(new ReportDraft.Count("bn".equals(lang) ? "অন্যান্য" : "Other", uncategorised));
    }
    Object children = em.createNativeQuery("select sum(headcount) from mtg_child_headcount where meeting_id = ?")
        .setParameter(1, meetingId).getSingleResult();
    if (children instanceof Number n && n.longValue() > 0) {
      attendance.add(new ReportDraft.Count("bn".equals(lang) ? "শিশু (সংখ্যা)" : "Children (headcount)", n.longValue()));
    }

    // groups, their challenges and action plans
    List<BreakoutGroup> groups = em.createQuery(
            "select g from BreakoutGroup g where g.meetingId = :m order by g.position", BreakoutGroup.class)
        .setParameter("m", meetingId).getResultStream().filter(BreakoutGroup::held).toList();
    List<ActionPlan> plans = em.createQuery(
            "select p from ActionPlan p where p.meetingId = :m order by p.createdAt, p.id", ActionPlan.class)
        .setParameter("m", meetingId).setMaxResults(2000).getResultList();
    Map<String, ContactSummary> owners = contacts.summaries(
        plans.stream().map(ActionPlan::ownerContactRef).filter(Objects::nonNull).distinct().toList());
    List<ReportDraft.Group> groupData = new ArrayList<>();
    for (BreakoutGroup g : groups) {
      List<ReportDraft.Plan> groupPlans = plans.stream().filter(p -> g.id().equals(p.groupId())).map(p -> {
        ContactSummary o = p.ownerContactRef() == null ? null : owners.get(p.ownerContactRef());
        return new ReportDraft.Plan(p.action(), o != null && o.name() != null ? o.name() : p.ownerName(), p.dueOn());
      }).toList();
      groupData.add(new ReportDraft.Group(g.themeCode(), g.theme(), FindingsRules.challenges(g.challenges()), groupPlans));
    }
    List<String> recommendations = em.createQuery(
            "select r from Recommendation r where r.meetingId = :m order by r.position", Recommendation.class)
        .setParameter("m", meetingId).setMaxResults(FindingsRules.MAX_RECOMMENDATIONS).getResultStream()
        .map(Recommendation::text).toList();

    ZonedDateTime start = m.startsAt();
    return new ReportDraft.Data(m.title(), campaign == null ? null : campaign.name(),
        campaign == null ? null : campaign.hashtag(), start.toLocalDate(),
        timesKnown ? start.toLocalTime() : null, timesKnown && m.endsAt() != null ? m.endsAt().toLocalTime() : null,
        start.getZone().getId(), m.venue(), m.onlineLink(), chairs.isEmpty() ? null : String.join(", ", chairs),
        speakers, attendance, attendanceTotal, attendanceUnit, groupData, orientation(meetingId), recommendations);
  }

  /** The orientation item of the concept note's agenda ("minutes | item | responsible"), if any. */
  public String orientation(String meetingId) {
    String agenda = lastRecorded(meetingId, Step.WRITE_CONCEPT_NOTE, "agenda");
    if (agenda == null) {
      return null;
    }
    for (String line : agenda.split("\\R")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.contains("orientation") || line.contains("পরিচিতি")) {
        String[] parts = line.split("\\|");
        String item = parts.length > 1 ? parts[1].strip() : line.strip();
        String responsible = parts.length > 2 ? parts[2].strip() : "";
        return responsible.isEmpty() ? item : item + " — " + responsible;
      }
    }
    return null;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}

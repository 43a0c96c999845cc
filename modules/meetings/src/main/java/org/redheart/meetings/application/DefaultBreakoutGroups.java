package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.meetings.api.AttendeeInfo;
import org.redheart.meetings.api.BreakoutGroups;
import org.redheart.meetings.domain.Attendee;
import org.redheart.meetings.domain.BreakoutAssignment;
import org.redheart.meetings.domain.BreakoutGroup;
import org.redheart.meetings.domain.GroupMember;
import org.redheart.meetings.domain.GroupPlanRules;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.InvalidInput;

@ApplicationScoped
@Transactional
public class DefaultBreakoutGroups implements BreakoutGroups {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject AttendanceAccess access;
  @Inject DefaultAttendance attendance;
  @Inject Audit audit;

  @Override
  public GroupsPlan plan(String meetingId, Actor actor) {
    access.require(meetingId, actor);
    return plan(meetingId);
  }

  @Override
  public GroupsPlan assign(String meetingId, Integer groupCount, Map<Long, Integer> pins, long seed, Actor actor) {
    access.require(meetingId, actor);
    Map<String, String> note = access.conceptNote(meetingId);
    List<Theme> themes = GroupPlanRules.themes(note.get("themes"));
    int planned = GroupPlanRules.planned(note.get("plannedGroups"), themes);
    List<Attendee> people = attendance.attendees(meetingId);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    int count = GroupPlanRules.groupCount(groupCount, planned, people.size(), errors);
    errors.throwIfAny();

    List<BreakoutGroup> saved = groups(meetingId);
    Map<Long, Integer> pinned = pins == null ? savedPins(saved, count) : pins;
    for (BreakoutGroup g : saved) {
      if (g.position() >= count && g.challenges() != null && !g.challenges().isBlank()) {
        errors.add("groupCount", "group " + g.themeCode() + " (" + (g.position() + 1)
            + ") already has findings: keep at least " + (g.position() + 1) + " groups");
      }
    }
    errors.throwIfAny();
    List<Theme> groupThemes = GroupPlanRules.groupThemes(count, themes);
    BreakoutAssignment result;
    try {
      result = BreakoutAssignment.assign(
          people.stream().map(a -> new BreakoutAssignment.Attendee(a.id(), a.categoryId())).toList(),
          groupThemes.stream().map(Theme::code).toList(), pinned, seed);
    } catch (InvalidInput e) {
      Map<String, String> renamed = new HashMap<>();
      e.fieldErrors().forEach((f, m) -> renamed.put(f.equals("groups") ? "groupCount" : f, m));
      throw new InvalidInput(renamed);
    }

    // Replace the members; keep group rows (and their findings) by position.
    List<GroupMember> oldMembers = members(saved);
    oldMembers.forEach(em::remove);
    em.flush();
    List<BreakoutGroup> kept = new ArrayList<>();
    for (BreakoutGroup g : saved) {
      if (g.position() >= count) {
        em.remove(g);
      } else {
        kept.add(g);
      }
    }
    em.flush();
    Map<Integer, BreakoutGroup> byPosition = new HashMap<>();
    kept.forEach(g -> byPosition.put(g.position(), g));
    Set<Long> volunteers = new HashSet<>();
    people.stream().filter(Attendee::volunteer).forEach(a -> volunteers.add(a.id()));
    List<BreakoutAssignment.Leads> suggested = result.suggestLeads(volunteers);
    for (BreakoutAssignment.Group rg : result.groups()) {
      Theme theme = groupThemes.get(rg.index());
      BreakoutGroup g = byPosition.get(rg.index());
      if (g == null) {
        g = new BreakoutGroup(meetingId, rg.index(), theme.code(), theme.theme());
        em.persist(g);
        em.flush();
      } else {
        g.setTheme(theme.code(), theme.theme());
      }
      Set<Long> members = new HashSet<>(rg.attendeeIds());
      Long facilitator = members.contains(g.facilitatorId()) ? g.facilitatorId() : null;
      Long rapporteur = members.contains(g.rapporteurId()) ? g.rapporteurId() : null;
      BreakoutAssignment.Leads s = suggested.get(rg.index());
      if (facilitator == null && s.facilitatorId() != null && !s.facilitatorId().equals(rapporteur)) {
        facilitator = s.facilitatorId();
      }
      if (rapporteur == null && s.rapporteurId() != null && !s.rapporteurId().equals(facilitator)) {
        rapporteur = s.rapporteurId();
      }
      g.setLeads(facilitator, rapporteur);
      for (Long id : rg.attendeeIds()) {
        em.persist(new GroupMember(g.id(), id, pinned.containsKey(id)));
      }
    }
    em.flush();
    audit.record(actor.userId(), "groups.assigned", "meeting:" + meetingId,
        Map.of("groups", String.valueOf(count), "attendees", String.valueOf(people.size()),
            "pinned", String.valueOf(pinned.size()), "seed", String.valueOf(seed)));
    return plan(meetingId);
  }

  @Override
  public GroupsPlan saveLeads(String meetingId, List<GroupLeads> leads, Actor actor) {
    access.require(meetingId, actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    List<BreakoutGroup> saved = groups(meetingId);
    if (saved.isEmpty()) {
      errors.add("leads", "assign the groups first");
    }
    errors.throwIfAny();
    Map<Integer, BreakoutGroup> byPosition = new HashMap<>();
    saved.forEach(g -> byPosition.put(g.position(), g));
    Map<Long, Set<Long>> membersOf = new HashMap<>();
    members(saved).forEach(m -> membersOf.computeIfAbsent(m.groupId(), k -> new HashSet<>()).add(m.attendeeId()));
    List<Runnable> changes = new ArrayList<>();
    for (GroupLeads l : leads == null ? List.<GroupLeads>of() : leads) {
      if (l == null) {
        continue;
      }
      BreakoutGroup g = byPosition.get(l.position());
      if (g == null) {
        errors.add("leads", "there is no group at position " + l.position());
        continue;
      }
      Set<Long> members = membersOf.getOrDefault(g.id(), Set.of());
      String label = "group " + g.themeCode() + " (" + (g.position() + 1) + ")";
      if (l.facilitatorId() != null && !members.contains(l.facilitatorId())) {
        errors.add("leads", "the facilitator of " + label + " is not one of its members");
      } else if (l.rapporteurId() != null && !members.contains(l.rapporteurId())) {
        errors.add("leads", "the rapporteur of " + label + " is not one of its members");
      } else if (l.facilitatorId() != null && l.facilitatorId().equals(l.rapporteurId())) {
        errors.add("leads", "the facilitator and the rapporteur of " + label + " must be two people");
      } else {
        changes.add(() -> g.setLeads(l.facilitatorId(), l.rapporteurId()));
      }
    }
    errors.throwIfAny();
    changes.forEach(Runnable::run);
    em.flush();
    return plan(meetingId);
  }

  @Override
  public List<String> missing(String meetingId) {
    List<String> out = new ArrayList<>();
    List<BreakoutGroup> saved = groups(meetingId);
    if (saved.isEmpty()) {
      out.add("no groups are saved yet: assign the attendees to groups");
      return out;
    }
    List<GroupMember> members = members(saved);
    Set<Long> placed = new HashSet<>();
    members.forEach(m -> placed.add(m.attendeeId()));
    long unplaced = attendance.attendees(meetingId).stream().filter(a -> !placed.contains(a.id())).count();
    if (unplaced > 0) {
      out.add(unplaced + (unplaced == 1 ? " attendee is" : " attendees are") + " in no group: assign again");
    }
    for (BreakoutGroup g : saved) {
      String label = "group " + g.themeCode() + " (" + (g.position() + 1) + ")";
      if (g.facilitatorId() == null) {
        out.add(label + " has no facilitator");
      }
      if (g.rapporteurId() == null) {
        out.add(label + " has no rapporteur");
      }
    }
    return out;
  }

  private GroupsPlan plan(String meetingId) {
    Map<String, String> note = access.conceptNote(meetingId);
    List<Theme> themes = GroupPlanRules.themes(note.get("themes"));
    int planned = GroupPlanRules.planned(note.get("plannedGroups"), themes);
    List<AttendeeInfo> attendees = attendance.infos(attendance.attendees(meetingId));
    Map<Long, AttendeeInfo> byId = new HashMap<>();
    attendees.forEach(a -> byId.put(a.id(), a));
    List<BreakoutGroup> saved = groups(meetingId);
    Map<Long, List<GroupMember>> membersOf = new HashMap<>();
    members(saved).forEach(m -> membersOf.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m));
    List<Group> groups = new ArrayList<>();
    for (BreakoutGroup g : saved) {
      List<Member> members = membersOf.getOrDefault(g.id(), List.of()).stream()
          .sorted(java.util.Comparator.comparing(GroupMember::attendeeId))
          .map(m -> {
            AttendeeInfo a = byId.get(m.attendeeId());
            return new Member(m.attendeeId(), a == null ? null : a.name(), a == null ? null : a.categoryId(), m.pinned());
          })
          .toList();
      groups.add(new Group(g.id(), g.position(), g.themeCode(), g.theme(), g.facilitatorId(), g.rapporteurId(), members));
    }
    return new GroupsPlan(meetingId, planned, themes, attendees, groups, missing(meetingId));
  }

  List<BreakoutGroup> groups(String meetingId) {
    return em.createQuery("select g from BreakoutGroup g where g.meetingId = :m order by g.position", BreakoutGroup.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  private List<GroupMember> members(List<BreakoutGroup> groups) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from GroupMember m where m.groupId in :ids", GroupMember.class)
        .setParameter("ids", groups.stream().map(BreakoutGroup::id).toList())
        .getResultList();
  }

  /** The pins saved with the groups (attendee to position), those still inside {@code count} groups. */
  private Map<Long, Integer> savedPins(List<BreakoutGroup> saved, int count) {
    Map<Long, Integer> positionOf = new HashMap<>();
    saved.forEach(g -> positionOf.put(g.id(), g.position()));
    Map<Long, Integer> pins = new HashMap<>();
    for (GroupMember m : members(saved)) {
      Integer p = positionOf.get(m.groupId());
      if (m.pinned() && p != null && p < count) {
        pins.put(m.attendeeId(), p);
      }
    }
    return pins;
  }
}

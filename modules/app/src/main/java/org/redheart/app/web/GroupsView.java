package org.redheart.app.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.BreakoutGroups;
import org.redheart.meetings.api.BreakoutGroups.Group;
import org.redheart.meetings.api.BreakoutGroups.GroupLeads;
import org.redheart.meetings.api.BreakoutGroups.GroupsPlan;
import org.redheart.meetings.api.BreakoutGroups.Member;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * The breakout groups page (and its print view): assign the attendees to balanced groups, move
 * people by hand (a move pins them), shuffle again, choose a facilitator and a rapporteur per group.
 */
@Named
@RequestScoped
public class GroupsView {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject BreakoutGroups groups;
  @Inject Meetings meetings;
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private String id;
  private String groupCount;
  private MeetingSummary meeting;
  private GroupsPlan plan;
  private Map<Long, String> categoryNames;

  /** The meeting id from the request, before the lists decode (on a post the forms carry it as ctx-id). */
  @PostConstruct
  void init() {
    Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String given = params.get("id");
    id = given == null || given.isBlank() ? params.get("ctx-id") : given;
  }

  public void load() {
    try {
      if (getMeeting() == null) {
        Pages.notFound();
        return;
      }
      getPlan();
      if (groupCount == null) {
        int n = plan.groups().isEmpty() ? plan.plannedGroups() : plan.groups().size();
        groupCount = n > 0 ? String.valueOf(n) : "";
      }
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public MeetingSummary getMeeting() {
    if (meeting == null && id != null) {
      meeting = meetings.summaries(List.of(id)).get(id);
    }
    return meeting;
  }

  public GroupsPlan getPlan() {
    if (plan == null) {
      plan = groups.plan(id, currentUser.actor());
    }
    return plan;
  }

  public String categoryLabel(Long categoryId) {
    if (categoryId == null) {
      return Pages.text("attendance.noCategory");
    }
    if (categoryNames == null) {
      categoryNames = new HashMap<>();
      categories.all().forEach(c -> categoryNames.put(c.id(), c.name(language.getCode())));
    }
    return categoryNames.getOrDefault(categoryId, String.valueOf(categoryId));
  }

  public String memberName(Member m) {
    return m.name() == null ? Pages.text("attendance.noName") : m.name();
  }

  /** The name of a group's member by attendee id, or "—". */
  public String leadName(Group g, Long attendeeId) {
    if (attendeeId == null) {
      return "—";
    }
    return g.members().stream().filter(m -> m.attendeeId() == attendeeId).findFirst().map(this::memberName).orElse("—");
  }

  public String groupLabel(Group g) {
    return Pages.text("groups.groupLabel", g.position() + 1, g.themeCode());
  }

  // --- actions

  /** Assigns with the group count and the moves made in the lists (a moved person is pinned). */
  public void assign() {
    run(pinsFromForm(), 0L);
  }

  /** Another balanced assignment: a new seed, the pins as saved. */
  public void shuffle() {
    run(null, RANDOM.nextInt(1_000_000) + 1L);
  }

  /** Assigns again from scratch: no pins. */
  public void clearPins() {
    run(Map.of(), 0L);
  }

  private void run(Map<Long, Integer> pins, long seed) {
    try {
      Integer count = null;
      if (groupCount != null && !groupCount.isBlank()) {
        try {
          count = Integer.parseInt(Digits.toAscii(groupCount.strip()));
        } catch (NumberFormatException e) {
          throw new InvalidInput("groupCount", Pages.text("error.wholeNumber"));
        }
      }
      groups.assign(id, count, pins, seed, currentUser.actor());
      Pages.info("groups.assigned");
      Pages.redirect("/meetings/groups.xhtml?id=" + id);
    } catch (InvalidInput e) {
      CheckinView.errors(e, Map.of("groupCount", "assign:groupCount"));
    }
  }

  public void saveLeads() {
    Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    List<GroupLeads> leads = new ArrayList<>();
    for (Group g : getPlan().groups()) {
      leads.add(new GroupLeads(g.position(), parseId(params.get("fac-" + g.position())),
          parseId(params.get("rap-" + g.position()))));
    }
    try {
      groups.saveLeads(id, leads, currentUser.actor());
      Pages.info("groups.leadsSaved");
      Pages.redirect("/meetings/groups.xhtml?id=" + id);
    } catch (InvalidInput e) {
      CheckinView.errors(e, Map.of());
    }
  }

  private Map<Long, Integer> pinsFromForm() {
    if (getPlan().groups().isEmpty()) {
      return null;
    }
    Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Map<Long, Integer> pins = new HashMap<>();
    for (Group g : plan.groups()) {
      for (Member m : g.members()) {
        String chosen = params.get("pin-" + m.attendeeId());
        Integer to = chosen == null || chosen.isBlank() ? null : parseInt(chosen);
        if (to != null && (to != g.position() || m.pinned())) {
          pins.put(m.attendeeId(), to);
        }
      }
    }
    return pins;
  }

  private static Long parseId(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer parseInt(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getGroupCount() { return groupCount; }
  public void setGroupCount(String groupCount) { this.groupCount = groupCount; }
}

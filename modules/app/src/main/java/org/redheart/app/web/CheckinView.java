package org.redheart.app.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.meetings.api.Attendance;
import org.redheart.meetings.api.AttendanceCounts;
import org.redheart.meetings.api.AttendeeInfo;
import org.redheart.meetings.api.AttendeeUpdate;
import org.redheart.meetings.api.CheckIn;
import org.redheart.meetings.api.InviteeCheckIn;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.WalkIn;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The check-in page for a phone: search the invitees, tap to check in (each button carries its own
 * client key, so a retried tap counts once), add a walk-in, children's headcount, running counts and
 * the capacity note. Plain form posts, then a redirect back (nothing is posted twice on reload).
 */
@Named
@RequestScoped
public class CheckinView {
  static final int PAGE_SIZE = 20;

  @Inject Attendance attendance;
  @Inject Meetings meetings;
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private String id;
  private String q;
  private Integer page;
  private Integer apage;
  private MeetingSummary meeting;
  private Page<InviteeCheckIn> invitees;
  private Page<AttendeeInfo> attendees;
  private AttendanceCounts counts;
  private Map<Long, String> categoryNames;

  // walk-in form
  private String name;
  private Long categoryId;
  private String gender;
  private String ageBand;
  private boolean volunteer;
  private String walkInKey;
  // children form
  private final Map<String, String> children = new LinkedHashMap<>();
  // capacity note form
  private String note;

  /**
   * The meeting, search and pages, read from the request before the lists are decoded: on a post
   * the forms carry them (ctx-*), because the view parameters are applied only after the check-in
   * buttons in the lists have been decoded.
   */
  @PostConstruct
  void init() {
    Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    id = first(params, "id", "ctx-id");
    q = first(params, "q", "ctx-q");
    page = number(first(params, "page", "ctx-page"));
    apage = number(first(params, "apage", "ctx-apage"));
  }

  private static String first(Map<String, String> params, String a, String b) {
    String v = params.get(a);
    if (v == null || v.isBlank()) {
      v = params.get(b);
    }
    return v == null || v.isBlank() ? null : v;
  }

  private static Integer number(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public void load() {
    try {
      meeting = meetings.summaries(List.of(String.valueOf(id))).get(id);
      if (meeting == null) {
        Pages.notFound();
        return;
      }
      getCounts();
      getCounts().childrenByAgeBand().forEach((band, n) -> children.put(band, n == 0 ? "" : String.valueOf(n)));
      if (walkInKey == null) {
        walkInKey = newKey();
      }
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  /** A fresh client key for one button or form as rendered. */
  public String newKey() {
    return UUID.randomUUID().toString();
  }

  public MeetingSummary getMeeting() {
    if (meeting == null && id != null) {
      meeting = meetings.summaries(List.of(id)).get(id);
    }
    return meeting;
  }

  public Page<InviteeCheckIn> getInvitees() {
    if (invitees == null) {
      invitees = attendance.invitees(id, q, new PageRequest(page == null ? 0 : Math.max(0, page), PAGE_SIZE),
          currentUser.actor());
    }
    return invitees;
  }

  public Page<AttendeeInfo> getAttendees() {
    if (attendees == null) {
      Page<AttendeeInfo> first = attendance.attendees(id, new PageRequest(0, PAGE_SIZE), currentUser.actor());
      // newest first: the last page of the check-in order, shown reversed
      int p = apage == null ? -1 : Math.max(0, apage);
      long pages = Math.max(1, (first.total() + PAGE_SIZE - 1) / PAGE_SIZE);
      int wanted = p < 0 ? (int) pages - 1 : (int) Math.min(p, pages - 1);
      attendees = wanted == 0 ? first : attendance.attendees(id, new PageRequest(wanted, PAGE_SIZE), currentUser.actor());
    }
    return attendees;
  }

  public List<AttendeeInfo> getAttendeesNewestFirst() {
    List<AttendeeInfo> items = new java.util.ArrayList<>(getAttendees().items());
    java.util.Collections.reverse(items);
    return items;
  }

  public AttendanceCounts getCounts() {
    if (counts == null) {
      counts = attendance.counts(id, currentUser.actor());
    }
    return counts;
  }

  public List<Map.Entry<String, Integer>> getCategoryCounts() {
    return List.copyOf(getCounts().byCategory().entrySet());
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public String categoryName(StakeholderCategory c) {
    return c.name(language.getCode());
  }

  /** A category's name by id (as a string key of the counts, or "none"). */
  public String categoryLabel(Object key) {
    if (key == null || "none".equals(String.valueOf(key))) {
      return Pages.text("attendance.noCategory");
    }
    if (categoryNames == null) {
      categoryNames = new java.util.HashMap<>();
      categories.all().forEach(c -> categoryNames.put(c.id(), c.name(language.getCode())));
    }
    try {
      return categoryNames.getOrDefault(Long.parseLong(String.valueOf(key)), String.valueOf(key));
    } catch (NumberFormatException e) {
      return String.valueOf(key);
    }
  }

  public List<String> getChildBands() {
    return Attendance.CHILD_AGE_BANDS;
  }

  public List<String> getAgeBands() {
    return Attendance.ADULT_AGE_BANDS;
  }

  public List<String> getGenders() {
    return Attendance.GENDERS;
  }

  // --- actions

  public void checkIn(String contactId) {
    String key = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("key-" + contactId);
    try {
      CheckIn c = attendance.checkIn(id, contactId, key == null ? newKey() : key, currentUser.actor());
      String who = c.attendee().name() == null ? "" : c.attendee().name();
      Pages.info(c.created() ? "attendance.checkedIn" : "attendance.alreadyCheckedIn", who);
      warnCapacity(c.counts());
      back();
    } catch (InvalidInput e) {
      errors(e, Map.of());
    }
  }

  public void addWalkIn() {
    try {
      CheckIn c = attendance.walkIn(id, new WalkIn(name, categoryId, gender, ageBand, volunteer),
          walkInKey == null ? newKey() : walkInKey, currentUser.actor());
      Pages.info(c.created() ? "attendance.walkInAdded" : "attendance.alreadyCheckedIn",
          c.attendee().name() == null ? "" : c.attendee().name());
      warnCapacity(c.counts());
      back();
    } catch (InvalidInput e) {
      errors(e, Map.of("name", "walkin:name", "categoryId", "walkin:categoryId", "gender", "walkin:gender",
          "ageBand", "walkin:ageBand"));
    }
  }

  public void saveChildren() {
    try {
      AttendanceCounts c = attendance.setChildren(id, children, currentUser.actor());
      Pages.info("attendance.childrenSaved");
      warnCapacity(c);
      back();
    } catch (InvalidInput e) {
      Map<String, String> ids = new LinkedHashMap<>();
      for (int i = 0; i < Attendance.CHILD_AGE_BANDS.size(); i++) {
        ids.put("children." + Attendance.CHILD_AGE_BANDS.get(i), "children:band" + i);
      }
      errors(e, ids);
    }
  }

  public void saveNote() {
    try {
      attendance.noteCapacity(id, note, currentUser.actor());
      Pages.info("attendance.noteSaved");
      back();
    } catch (InvalidInput e) {
      errors(e, Map.of("note", "capacity:note"));
    }
  }

  public void toggleVolunteer(long attendeeId) {
    try {
      AttendeeInfo a = getAttendees().items().stream().filter(x -> x.id() == attendeeId).findFirst()
          .orElseThrow(() -> new NotFound("attendee", String.valueOf(attendeeId)));
      attendance.updateAttendee(id, attendeeId,
          new AttendeeUpdate(a.categoryId(), a.gender(), a.ageBand(), !a.volunteer()), currentUser.actor());
      Pages.info(a.volunteer() ? "attendance.volunteerRemoved" : "attendance.volunteerMarked",
          a.name() == null ? "" : a.name());
      back();
    } catch (InvalidInput e) {
      errors(e, Map.of());
    }
  }

  private void warnCapacity(AttendanceCounts c) {
    if (c.noteNeeded()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
          Pages.text("attendance.overCapacity", c.total(), c.roomCapacity()), null));
    }
  }

  private void back() {
    StringBuilder url = new StringBuilder("/meetings/checkin.xhtml?id=").append(enc(id));
    if (q != null && !q.isBlank()) {
      url.append("&q=").append(enc(q));
    }
    if (page != null && page > 0) {
      url.append("&page=").append(page);
    }
    Pages.redirect(url.toString());
  }

  /** The base of the invitee pager's links. */
  public String getPagerBase() {
    return "/meetings/checkin.xhtml?id=" + enc(id) + (q == null || q.isBlank() ? "" : "&q=" + enc(q)) + "&";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  /** Field errors next to their inputs; the others as page messages. Labels from "attendance.field.*". */
  static void errors(InvalidInput e, Map<String, String> clientIds) {
    FacesContext faces = FacesContext.getCurrentInstance();
    e.fieldErrors().forEach((field, message) -> {
      String label = Pages.text("attendance.field." + field);
      faces.addMessage(clientIds.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR,
          (label.startsWith("attendance.field.") ? field : label) + ": " + message, null));
    });
    faces.validationFailed();
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getQ() { return q; }
  public void setQ(String q) { this.q = q; }
  public Integer getPage() { return page; }
  public void setPage(Integer page) { this.page = page; }
  public Integer getApage() { return apage; }
  public void setApage(Integer apage) { this.apage = apage; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Long getCategoryId() { return categoryId; }
  public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
  public String getGender() { return gender; }
  public void setGender(String gender) { this.gender = gender; }
  public String getAgeBand() { return ageBand; }
  public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
  public boolean isVolunteer() { return volunteer; }
  public void setVolunteer(boolean volunteer) { this.volunteer = volunteer; }
  public String getWalkInKey() { return walkInKey; }
  public void setWalkInKey(String walkInKey) { this.walkInKey = walkInKey; }
  public Map<String, String> getChildren() { return children; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}

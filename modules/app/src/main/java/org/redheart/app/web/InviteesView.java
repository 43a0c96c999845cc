package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.meetings.api.InvitationCounts;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.api.Invitations;
import org.redheart.meetings.api.InviteeData;
import org.redheart.meetings.api.Invitees;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The invitations page of a meeting ({@code ?id=<meetingId>}): who is invited (speakers first) and
 * where each invitation stands (status, mode, waiting position, decline reason, why it could not be
 * sent, the last mail and its outbox status), the counts against the room's capacity, "send
 * invitations", withdrawing an invitee (with a reason, after a confirmation step:
 * {@code ?withdraw=<contactId>}), a search for speakers (contacts tagged "speaker") to add with a
 * topic and length, and a search for participants by name, category, tag, organisation or district,
 * each added one by one or all at once. More people than the room holds may be invited: acceptances
 * beyond the capacity join the waiting list. The search is in the address (a GET form) so that the
 * page can be reloaded.
 */
@Named
@RequestScoped
public class InviteesView {
  static final int PAGE_SIZE = 20;
  static final List<String> SEARCH_PARAMS = List.of("sq", "q", "cat", "tag", "district", "org", "page", "rpage");

  @Inject Invitees invitees;
  @Inject Invitations invitations;
  @Inject Meetings meetings;
  @Inject Contacts contacts;
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private String id;
  private MeetingSummary meeting;
  private Page<InvitationStatus> list;
  private InvitationCounts counts;
  private InvitationStatus withdrawing;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private Page<ContactSummary> speakers;
  private Page<ContactSummary> participants;
  private String problem;

  public void load() {
    if (meeting != null || problem != null) {
      return;
    }
    if (id == null) {
      id = param("id");
    }
    try {
      meeting = meetings.details(id, currentUser.actor()).meeting();
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      problem = e.getMessage();
    }
  }

  private String param(String name) {
    String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private int intParam(String name) {
    try {
      String v = param(name);
      return v == null ? 0 : Math.max(0, Math.min(Integer.parseInt(v), 10_000));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public MeetingSummary getMeeting() {
    load();
    return meeting;
  }

  public String getProblem() {
    return problem;
  }

  /** This page of invitees with where their invitations stand (speakers first). */
  public Page<InvitationStatus> getList() {
    if (list == null && getMeeting() != null) {
      list = invitations.list(id, new PageRequest(intParam("page"), PAGE_SIZE), currentUser.actor());
    }
    return list;
  }

  public String name(InvitationStatus i) {
    return i.name() == null || i.name().isBlank() ? Pages.text("invitees.noName") : i.name();
  }

  /** The invitations in figures (capacity, accepted participants, waiting, declined, no answer). */
  public InvitationCounts getCounts() {
    if (counts == null && getMeeting() != null) {
      counts = invitations.counts(id, currentUser.actor());
    }
    return counts;
  }

  /** Whether the invitee is only chosen (never sent): removed rather than withdrawn. */
  public boolean removable(InvitationStatus i) {
    return InvitationStatus.CHOSEN.equals(i.status()) || InvitationStatus.NOT_SENT.equals(i.status());
  }

  /** Whether the invitee was sent an invitation and may still be withdrawn (they will be told). */
  public boolean withdrawable(InvitationStatus i) {
    return !removable(i) && !InvitationStatus.WITHDRAWN.equals(i.status()) && !InvitationStatus.CANCELLED.equals(i.status());
  }

  /** The invitee whose withdrawal waits for confirmation ({@code ?withdraw=<contactId>}), else null. */
  public InvitationStatus getWithdrawing() {
    String contactId = param("withdraw");
    if (withdrawing == null && contactId != null && getMeeting() != null) {
      withdrawing = findInvitee(contactId);
    }
    return withdrawing;
  }

  private InvitationStatus findInvitee(String contactId) {
    for (int p = 0; p < 50; p++) {
      Page<InvitationStatus> page = invitations.list(id, new PageRequest(p, PageRequest.MAX_SIZE), currentUser.actor());
      for (InvitationStatus i : page.items()) {
        if (i.contactId().equals(contactId)) {
          return i;
        }
      }
      if (!page.hasNext()) {
        break;
      }
    }
    return null;
  }

  /** The address asking to confirm the withdrawal of an invitee (the current search kept). */
  public String withdrawLink(InvitationStatus i) {
    return "/meetings/invitees.xhtml?" + query() + "&withdraw=" + URLEncoder.encode(i.contactId(), StandardCharsets.UTF_8)
        + "#withdraw-confirm";
  }

  /** The translated label of a value ({@link InvitationLabels#label}). */
  public String label(String group, String value) {
    return new InvitationLabels().label(group, value);
  }

  /** Error messages of this request's form by field (shown next to the field). */
  public Map<String, String> getErrors() {
    return errors;
  }

  public Integer getCapacity() {
    return getCounts() == null ? null : counts.capacity();
  }

  public long getCount() {
    return getList() == null ? 0 : list.total();
  }

  /** Speakers matching the speaker search (tagged "speaker"); empty until something is searched. */
  public Page<ContactSummary> getSpeakers() {
    if (speakers == null) {
      String sq = param("sq");
      speakers = sq == null || getMeeting() == null ? null
          : contacts.search(new ContactQuery(sq.equals("*") ? null : sq, ContactKind.PERSON, null, null, null, null,
              Invitees.SPEAKER_TAG), new PageRequest(0, PAGE_SIZE), currentUser.actor());
    }
    return speakers;
  }

  /** People matching the participant search; empty until a criterion is given. */
  public Page<ContactSummary> getParticipants() {
    if (participants == null && getMeeting() != null && hasParticipantSearch()) {
      participants = contacts.search(participantQuery(), new PageRequest(intParam("rpage"), PAGE_SIZE), currentUser.actor());
    }
    return participants;
  }

  public boolean hasParticipantSearch() {
    return param("q") != null || param("cat") != null || param("tag") != null || param("district") != null
        || param("org") != null;
  }

  ContactQuery participantQuery() {
    Long cat = null;
    try {
      cat = param("cat") == null ? null : Long.valueOf(param("cat"));
    } catch (NumberFormatException e) {
      cat = null;
    }
    return new ContactQuery(param("q"), ContactKind.PERSON, organisationId(), cat, param("district"), null, param("tag"));
  }

  /** The organisation named in the search: the first organisation whose name matches, else none. */
  private String organisationId() {
    String org = param("org");
    if (org == null) {
      return null;
    }
    List<ContactSummary> found = contacts.search(new ContactQuery(org, ContactKind.ORGANISATION, null, null, null, null, null),
        new PageRequest(0, 1), currentUser.actor()).items();
    return found.isEmpty() ? "0" : found.get(0).id();
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public String categoryName(StakeholderCategory c) {
    return c.name(language.getCode());
  }

  /** The current value of a search parameter (to refill the search forms). */
  public String value(String name) {
    return param(name);
  }

  public boolean invited(ContactSummary c) {
    // a page of results against the invited ids of the whole meeting (read once a request)
    return invitedIds().contains(c.id());
  }

  private java.util.Set<String> invited;

  private java.util.Set<String> invitedIds() {
    if (invited == null) {
      invited = new java.util.HashSet<>();
      for (int p = 0; p < 50; p++) {
        Page<InviteeData> page = invitees.list(id, new PageRequest(p, PageRequest.MAX_SIZE), currentUser.actor());
        page.items().forEach(i -> invited.add(i.contactId()));
        if (!page.hasNext()) {
          break;
        }
      }
    }
    return invited;
  }

  public void addSpeaker() {
    Integer length;
    try {
      length = Formats.parseInteger(param("lengthMinutes"));
    } catch (NumberFormatException e) {
      Pages.error(Pages.text("field.lengthMinutes") + ": " + Pages.text("inv.notANumber"));
      return;
    }
    act(() -> {
      invitees.add(id, param("contactId"), InviteeData.SPEAKER, param("topic"), length, currentUser.actor());
      Pages.info("invitees.speakerAdded");
    });
  }

  /** Sends the invitations not sent yet; says how many were sent and, for those not sent, why. */
  public void send() {
    act(() -> {
      Invitations.Sent r = invitations.send(id, currentUser.actor());
      if (r.notSent() == 0) {
        Pages.info("inv.sent", r.sent(), r.alreadySent());
      } else {
        Pages.info("inv.sentSomeNot", r.sent(), r.alreadySent(), r.notSent(), notSentReasons());
      }
    });
  }

  /** Why invitations could not be sent, as "no e-mail address: 2, no consent: 1". */
  String notSentReasons() {
    Map<String, Integer> byReason = new java.util.TreeMap<>();
    for (int p = 0; p < 50; p++) {
      Page<InvitationStatus> page = invitations.list(id, new PageRequest(p, PageRequest.MAX_SIZE), currentUser.actor());
      page.items().stream().filter(i -> InvitationStatus.NOT_SENT.equals(i.status()))
          .forEach(i -> byReason.merge(i.notSentReason() == null ? "" : i.notSentReason(), 1, Integer::sum));
      if (!page.hasNext()) {
        break;
      }
    }
    List<String> parts = new java.util.ArrayList<>();
    byReason.forEach((reason, n) -> parts.add((reason.isEmpty() ? "?" : label("notSent", reason)) + ": " + n));
    return String.join(", ", parts);
  }

  /** Withdraws an invitee after the confirmation step; a reason is required (they are told). */
  public void withdraw() {
    String reason = param("withdrawReason");
    if (reason == null) {
      load();
      errors.put("withdrawReason", Pages.text("inv.reasonRequired"));
      Pages.error(Pages.text("inv.withdrawReason") + ": " + Pages.text("inv.reasonRequired"));
      return;
    }
    act(() -> {
      InvitationStatus s = invitations.withdraw(id, param("contactId"), reason, currentUser.actor());
      Pages.info("inv.withdrawn", name(s));
    });
  }

  public void addParticipant() {
    act(() -> {
      invitees.add(id, param("contactId"), InviteeData.PARTICIPANT, null, currentUser.actor());
      Pages.info("invitees.participantAdded");
    });
  }

  public void addAll() {
    act(() -> {
      Invitees.Added r = matching.addAll(id, participantQuery(), currentUser.actor());
      Pages.info(r.leftOut() > 0 ? "invitees.addedSomeLeftOut" : "invitees.added", r.added(), r.alreadyInvited(), r.leftOut());
    });
  }

  public void remove() {
    act(() -> {
      invitees.remove(id, param("contactId"), currentUser.actor());
      Pages.info("invitees.removed");
    });
  }

  @Inject InviteeMatching matching;

  private void act(Runnable action) {
    load();
    if (meeting == null) {
      return;
    }
    try {
      action.run();
      Pages.redirect("/meetings/invitees.xhtml?" + query());
    } catch (InvalidInput e) {
      e.fieldErrors().forEach((f, m) -> {
        errors.put(f, m);
        Pages.error(Pages.text("field." + f) + ": " + m);
      });
    } catch (Forbidden | NotFound | NumberFormatException e) {
      Pages.error(e.getMessage());
    }
  }

  /** The search parameters to carry through a button's POST (id first). */
  public List<Map.Entry<String, String>> getHiddenParams() {
    List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
    out.add(Map.entry("id", id == null ? "" : id));
    for (String p : SEARCH_PARAMS) {
      if (param(p) != null) {
        out.add(Map.entry(p, param(p)));
      }
    }
    return out;
  }

  /** The address of another page of the participant results ({@code rpage}), with the current search. */
  public String resultsPage(int delta) {
    int target = Math.max(0, intParam("rpage") + delta);
    StringBuilder sb = new StringBuilder("/meetings/invitees.xhtml?id=").append(URLEncoder.encode(id, StandardCharsets.UTF_8));
    for (String p : SEARCH_PARAMS) {
      if (!p.equals("rpage") && param(p) != null) {
        sb.append('&').append(p).append('=').append(URLEncoder.encode(param(p), StandardCharsets.UTF_8));
      }
    }
    return sb.append("&rpage=").append(target).toString();
  }

  /** The address of this page with the current search. */
  public String query() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("id", id);
    for (String p : SEARCH_PARAMS) {
      if (param(p) != null) {
        q.put(p, param(p));
      }
    }
    StringBuilder sb = new StringBuilder();
    q.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
}

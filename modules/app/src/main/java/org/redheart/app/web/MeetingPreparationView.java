package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.ConceptNotes;
import org.redheart.meetings.api.InviteeData;
import org.redheart.meetings.api.Invitees;
import org.redheart.meetings.api.StepRecord;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Users;

/**
 * The meeting page's preparation section (include {@code meeting-preparation.xhtml}): the concept
 * note's versions with a DOCX of each in English and Bangla, and the invitees chosen so far.
 */
@Named
@RequestScoped
public class MeetingPreparationView {
  static final int SHOWN_INVITEES = 20;

  @Inject ConceptNotes conceptNotes;
  @Inject Invitees invitees;
  @Inject Contacts contacts;
  @Inject Users users;
  @Inject CurrentUser currentUser;

  /** A version of the concept note as the page lists it. */
  public record Version(int number, String completedBy, java.time.Instant completedAt) {}

  private List<Version> versions;
  private Page<InviteeData> shown;
  private Map<String, ContactSummary> names;

  private String meetingId() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
  }

  public List<Version> getVersions() {
    if (versions == null && meetingId() == null) {
      versions = List.of();
    }
    if (versions == null) {
      List<StepRecord> all = conceptNotes.versions(meetingId(), currentUser.actor());
      Set<String> ids = new HashSet<>();
      all.forEach(r -> ids.add(r.completedBy()));
      Map<String, String> who = users.displayNames(ids);
      versions = new ArrayList<>();
      for (int i = all.size() - 1; i >= 0; i--) {
        StepRecord r = all.get(i);
        versions.add(new Version(i + 1, who.getOrDefault(r.completedBy(), r.completedBy()), r.completedAt()));
      }
    }
    return versions;
  }

  public Page<InviteeData> getInvitees() {
    if (shown == null && meetingId() == null) {
      shown = new Page<>(List.of(), 0, SHOWN_INVITEES, 0);
    }
    if (shown == null) {
      shown = invitees.list(meetingId(), new PageRequest(0, SHOWN_INVITEES), currentUser.actor());
      names = contacts.summaries(shown.items().stream().map(InviteeData::contactId).toList());
    }
    return shown;
  }

  public String name(InviteeData i) {
    ContactSummary c = names == null ? null : names.get(i.contactId());
    return c == null || c.name() == null ? "#" + i.contactId() : c.name();
  }

  public Integer getCapacity() {
    return meetingId() == null ? null : invitees.capacity(meetingId(), currentUser.actor());
  }
}

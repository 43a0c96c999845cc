package org.redheart.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.Invitees;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * "Add all matching": the people a contact search finds (by category, tag, organisation, district or
 * name; children left out) become participants of a meeting. More may be invited than the room holds:
 * the capacity limits accepted participants, acceptances beyond it go to the waiting list. Used by the
 * invitations page and its REST call.
 */
@ApplicationScoped
public class InviteeMatching {
  /** At most this many matches are considered at once. */
  public static final int MAX_MATCHES = 2_000;

  @Inject Contacts contacts;
  @Inject Invitees invitees;

  public Invitees.Added addAll(String meetingId, ContactQuery query, Actor actor) {
    if (query.text() == null && query.categoryId() == null && query.tag() == null && query.organisationId() == null
        && query.district() == null) {
      throw new InvalidInput("query", "choose a category, tag, organisation, district or name to match");
    }
    List<String> ids = new ArrayList<>();
    for (int p = 0; ids.size() < MAX_MATCHES; p++) {
      Page<ContactSummary> page = contacts.search(query, new PageRequest(p, PageRequest.MAX_SIZE), actor);
      page.items().stream().filter(c -> !c.minor()).forEach(c -> ids.add(c.id()));
      if (!page.hasNext()) {
        break;
      }
    }
    return invitees.addParticipants(meetingId, ids.size() > MAX_MATCHES ? ids.subList(0, MAX_MATCHES) : ids, actor);
  }
}

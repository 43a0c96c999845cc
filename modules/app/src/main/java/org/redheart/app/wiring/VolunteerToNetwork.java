package org.redheart.app.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.redheart.meetings.api.AttendeeVolunteered;
import org.redheart.network.api.Network;
import org.redheart.platform.api.EventHandler;

/**
 * An attendee volunteered at a meeting: the network marks them as a volunteer. Idempotent (the
 * network records one volunteering per meeting); a contact who is no member is left as they are.
 */
@ApplicationScoped
public class VolunteerToNetwork implements EventHandler<AttendeeVolunteered> {

  @Inject Network network;

  @Override
  public Class<AttendeeVolunteered> eventType() {
    return AttendeeVolunteered.class;
  }

  @Override
  @Transactional
  public void handle(AttendeeVolunteered event, Delivery delivery) {
    if (event.contactId() == null || event.meetingId() == null) {
      return;
    }
    network.markVolunteer(event.contactId(), event.meetingId(), null);
  }
}

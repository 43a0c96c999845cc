package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;

/**
 * Erasure participant {@code meetings.attendance}: an erased contact's check-ins keep counting (the
 * meeting's figures by stakeholder category stay right) but lose their gender and age band. Names
 * are never stored here (the contact holds them, and the contacts module erases them). Idempotent.
 */
@ApplicationScoped
public class AttendanceErasure implements ErasureParticipant {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Override
  public String name() {
    return "meetings.attendance";
  }

  @Override
  public int erase(ErasedPerson person) {
    if (person.personId() == null || person.personId().length() > 36) {
      return 0;
    }
    return em.createNativeQuery("update mtg_attendee set gender = null, age_band = null"
            + " where contact_id = ? and (gender is not null or age_band is not null)")
        .setParameter(1, person.personId())
        .executeUpdate();
  }
}

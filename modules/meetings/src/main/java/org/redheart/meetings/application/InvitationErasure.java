package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;

/**
 * Erasure participant {@code meetings.invitations}: what an erased person wrote to their invitations
 * (decline reasons, on the invitee rows and in the answer log) is blanked, the colleagues they
 * suggested are blanked and marked ERASED, and so is every suggestion naming one of their addresses.
 * Statuses and dates stay, so the meeting's figures stay right. Idempotent.
 */
@ApplicationScoped
public class InvitationErasure implements ErasureParticipant {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Override
  public String name() {
    return "meetings.invitations";
  }

  @Override
  public int erase(ErasedPerson person) {
    if (person.personId() == null || person.personId().length() > 36) {
      return 0;
    }
    String id = person.personId();
    int n = em.createNativeQuery("update mtg_invitee set reason = null where contact_id = ? and reason is not null")
        .setParameter(1, id)
        .executeUpdate();
    n += em.createNativeQuery("update mtg_invitation_answer set reason = null where reason is not null and invitation_id in"
            + " (select invitation_id from mtg_invitee where contact_id = ? and invitation_id is not null)")
        .setParameter(1, id)
        .executeUpdate();
    n += em.createNativeQuery(ERASE_SUGGESTION + " where status <> 'ERASED' and invitation_id in"
            + " (select invitation_id from mtg_invitee where contact_id = ? and invitation_id is not null)")
        .setParameter(1, id)
        .executeUpdate();
    for (String email : person.emails()) {
      if (email == null || email.isBlank() || email.length() > 320) {
        continue;
      }
      n += em.createNativeQuery(ERASE_SUGGESTION + " where status <> 'ERASED' and lower(email) = ?")
          .setParameter(1, email.strip().toLowerCase(Locale.ROOT))
          .executeUpdate();
    }
    return n;
  }

  private static final String ERASE_SUGGESTION = "update mtg_speaker_suggestion set name = 'erased', email = null,"
      + " organisation = null, note = null, status = 'ERASED'";
}

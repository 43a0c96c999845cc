package org.redheart.materials.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.redheart.materials.api.RecipientState;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;

/**
 * Erasure participant {@code materials.bulletin-recipients}: an erased contact's recipient rows that
 * queued no mail (skipped for no consent, no address, no longer a member) are dropped. Rows that
 * queued a mail stay for the send's figures: they hold only the contact's (now anonymous) id and the
 * outbox id, and the outbox's own participant erases the mail. Idempotent.
 */
@ApplicationScoped
public class BulletinErasure implements ErasureParticipant {

  @PersistenceContext(unitName = "materials")
  EntityManager em;

  @Override
  public String name() {
    return "materials.bulletin-recipients";
  }

  @Override
  public int erase(ErasedPerson person) {
    String id = person.personId();
    if (id == null || id.length() > 36) {
      return 0;
    }
    return em.createQuery("delete from BulletinRecipientEntry r where r.contactId = :c and r.state <> :q")
        .setParameter("c", id).setParameter("q", RecipientState.QUEUED).executeUpdate();
  }
}

package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.redheart.contacts.domain.Contact;
import org.redheart.contacts.domain.ContactEmail;
import org.redheart.contacts.domain.Emails;
import org.redheart.contacts.domain.HistoryRecord;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;
import org.redheart.platform.api.SuppressionReason;
import org.redheart.platform.api.Suppressions;

/**
 * The contacts module's part of erasure ({@code contacts.contacts}): the contact becomes an
 * anonymous row (kind, country and dates stay for the figures; name, search and blocking keys,
 * notes and district go); its addresses, phones, affiliations and tags are deleted; its history
 * keeps what happened and when but loses its details; staging rows of imports that named it are
 * emptied; and its addresses go on the suppression list, so that a later import cannot bring them
 * back. Contacts merged into it were emptied when merged. Idempotent.
 */
@ApplicationScoped
public class ContactsErasure implements ErasureParticipant {

  @PersistenceContext(unitName = "contacts")
  EntityManager em;

  @Inject Suppressions suppressions;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "contacts.contacts";
  }

  @Override
  public int erase(ErasedPerson person) {
    String id = person.personId();
    Contact c = id == null || id.length() > 36 ? null : em.find(Contact.class, id);
    int count = 0;
    List<ContactEmail> emails = em.createQuery("select e from ContactEmail e where e.contactId = :c", ContactEmail.class)
        .setParameter("c", id).getResultList();
    for (ContactEmail e : emails) {
      suppressions.suppress(e.normalised(), SuppressionReason.ERASED);
    }
    for (String address : person.emails()) {
      if (Emails.isValid(address)) {
        suppressions.suppress(Emails.normalise(address), SuppressionReason.ERASED);
      }
    }
    if (c != null) {
      c.anonymise(clock.instant());
      count++;
    }
    em.flush();
    count += em.createQuery("delete from ContactEmail e where e.contactId = :c").setParameter("c", id).executeUpdate();
    count += em.createQuery("delete from ContactPhone p where p.contactId = :c").setParameter("c", id).executeUpdate();
    count += em.createQuery("delete from Membership a where a.personId = :c or a.organisationId = :c")
        .setParameter("c", id).executeUpdate();
    count += em.createQuery("update HistoryRecord h set h.details = null where h.contactId = :c and h.details is not null")
        .setParameter("c", id).executeUpdate();
    count += em.createNativeQuery("update cnt_import_row set name = null, search_name = null, blocking_key = null, "
            + "email = null, email_norm = null, phone = null, organisation = null, title = null, notes = null "
            + "where contact_id = ?1")
        .setParameter(1, id).executeUpdate();
    for (String address : person.emails()) {
      if (Emails.isValid(address)) {
        count += em.createNativeQuery("update cnt_import_row set name = null, search_name = null, blocking_key = null, "
                + "email = null, email_norm = null, phone = null, organisation = null, title = null, notes = null "
                + "where email_norm = ?1")
            .setParameter(1, Emails.normalise(address)).executeUpdate();
      }
    }
    if (c != null) {
      em.persist(new HistoryRecord(id, clock.instant(), null, "erased", null));
    }
    return count;
  }
}

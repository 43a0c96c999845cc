package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;
import org.redheart.platform.api.SuppressionReason;
import org.redheart.platform.api.Suppressions;
import org.redheart.platform.domain.Addresses;

/**
 * The outbox's part of erasure: mails to the person's addresses, or about them, keep their row
 * (counts and statuses stay right) but lose address, subject, body, headers and attachments; mail
 * not sent yet is not sent; every address goes on the suppression list (as a hash), so no mail
 * reaches the person again.
 */
@ApplicationScoped
public class OutboxErasure implements ErasureParticipant {
  static final String ERASED_ADDRESS = "erased@erased.invalid";

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject Suppressions suppressions;

  @Override
  public String name() {
    return "platform.outbox";
  }

  @Override
  public int erase(ErasedPerson person) {
    int count = 0;
    for (String email : person.emails()) {
      if (!Addresses.isValid(email)) {
        continue;
      }
      count += anonymise("m.recipient_hash = ?1", Addresses.hash(email));
      suppressions.suppress(email, SuppressionReason.ERASED);
    }
    count += anonymise("m.subject_ref = ?1", person.personId());
    return count;
  }

  private int anonymise(String where, String value) {
    em.createNativeQuery("delete from plt_outbox_attachment where outbox_id in (select m.id from plt_outbox m where " + where + ")")
        .setParameter(1, value).executeUpdate();
    return em.createNativeQuery("update plt_outbox m set recipient = ?2, recipient_hash = ?3, subject = '(erased)', "
            + "body_text = '', body_html = '', extra_headers = null, subject_ref = null, last_error = null, "
            + "status = case when m.status in ('PENDING', 'HELD') then 'SUPPRESSED' else m.status end where " + where)
        .setParameter(1, value).setParameter(2, ERASED_ADDRESS).setParameter(3, Addresses.hash(ERASED_ADDRESS))
        .executeUpdate();
  }
}

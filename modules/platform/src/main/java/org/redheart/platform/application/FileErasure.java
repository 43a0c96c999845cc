package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;

/**
 * The file store's part of erasure: a person's uploads are the campaign's material and stay, but
 * their original names (which often carry a person's name) are replaced by a neutral one.
 */
@ApplicationScoped
public class FileErasure implements ErasureParticipant {
  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public String name() {
    return "platform.files";
  }

  @Override
  public int erase(ErasedPerson person) {
    return em.createNativeQuery("update plt_file set original_name = 'file-' || id where owner_id = ?1")
        .setParameter(1, person.personId()).executeUpdate();
  }
}

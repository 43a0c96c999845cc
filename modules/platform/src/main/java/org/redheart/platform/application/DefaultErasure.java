package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.Erasure;
import org.redheart.platform.api.ErasureParticipant;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/** Runs every module's participant in one transaction: all of a person is erased, or nothing. */
@ApplicationScoped
public class DefaultErasure implements Erasure {
  private static final Logger LOG = Logger.getLogger(DefaultErasure.class.getName());

  @Inject Users users;
  @Inject @Any Instance<ErasureParticipant> participants;
  @Inject org.redheart.platform.api.Audit audit;

  @Override
  @Transactional
  public Report eraseUser(String userId, Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins erase people");
    }
    if (userId.equals(actor.userId())) {
      throw new Forbidden("admins cannot erase themselves");
    }
    UserSummary user = users.get(userId);
    ErasedPerson person =
        new ErasedPerson(userId, user.email() == null ? Set.of() : Set.of(user.email()), Set.of());
    return run(person, actor, "user:" + userId);
  }

  @Override
  @Transactional
  public Report erase(ErasedPerson person, Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins erase people");
    }
    if (person == null || person.personId() == null || person.personId().isBlank()) {
      throw new org.redheart.platform.api.InvalidInput("personId", "is required");
    }
    if (person.personId().equals(actor.userId())) {
      throw new Forbidden("admins cannot erase themselves");
    }
    return run(person, actor, "person:" + person.personId());
  }

  private Report run(ErasedPerson person, Actor actor, String subject) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ErasureParticipant p : participants) {
      counts.put(p.name(), p.erase(person));
    }
    Map<String, String> details = new LinkedHashMap<>();
    counts.forEach((k, v) -> details.put(k, Integer.toString(v)));
    audit.record(actor.userId(), "person.erased", subject, details);
    LOG.info(() -> "Erased person " + person.personId() + " by " + actor.userId() + ": " + counts);
    return new Report(person.personId(), counts);
  }
}

package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.domain.ConsentRecord;
import org.redheart.contacts.domain.Contact;
import org.redheart.contacts.domain.ContactEmail;
import org.redheart.contacts.domain.ContactPhone;
import org.redheart.contacts.domain.Countries;
import org.redheart.contacts.domain.Membership;

/**
 * Reads contacts into the API's records. A list of summaries costs a fixed number of queries
 * whatever its length: the contacts, then their e-mail addresses, organisations, tags and
 * categories, one query each.
 */
@ApplicationScoped
public class ContactViews {

  @PersistenceContext(unitName = "contacts")
  EntityManager em;

  /** Summaries of the contacts with these ids, in the order given; unknown ids are left out. */
  public List<ContactSummary> summaries(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Contact> contacts = new HashMap<>();
    em.createQuery("select c from Contact c where c.id in :ids", Contact.class)
        .setParameter("ids", ids).getResultStream().forEach(c -> contacts.put(c.id(), c));
    Map<String, String> primaryEmail = new HashMap<>();
    em.createQuery("select e from ContactEmail e where e.contactId in :ids order by e.contactId, e.position",
            ContactEmail.class)
        .setParameter("ids", ids).getResultStream().forEach(e -> primaryEmail.putIfAbsent(e.contactId(), e.address()));
    Map<String, List<String>> organisations = new HashMap<>();
    em.createQuery("select a.personId, o.name from Membership a, Contact o where o.id = a.organisationId "
            + "and a.personId in :ids order by o.name", Object[].class)
        .setParameter("ids", ids).getResultStream()
        .forEach(r -> organisations.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
    Map<String, Set<String>> tags = new HashMap<>();
    em.createQuery("select c.id, t from Contact c join c.tags t where c.id in :ids", Object[].class)
        .setParameter("ids", ids).getResultStream()
        .forEach(r -> tags.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[1]));
    Map<String, Set<Long>> categories = new HashMap<>();
    em.createQuery("select c.id, k from Contact c join c.categoryIds k where c.id in :ids", Object[].class)
        .setParameter("ids", ids).getResultStream()
        .forEach(r -> categories.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add(((Number) r[1]).longValue()));
    List<ContactSummary> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      Contact c = contacts.get(id);
      if (c != null) {
        out.add(new ContactSummary(c.id(), c.kind(), c.name(), c.minor(), primaryEmail.get(id), c.district(),
            c.countryCode(), c.countryCode() == null ? null : Countries.name(c.countryCode()),
            List.copyOf(organisations.getOrDefault(id, List.of())), Set.copyOf(categories.getOrDefault(id, Set.of())),
            Set.copyOf(tags.getOrDefault(id, Set.of()))));
      }
    }
    return out;
  }

  /** Everything about one contact. */
  public ContactDetails details(Contact c) {
    String id = c.id();
    List<String> emails = em.createQuery(
            "select e from ContactEmail e where e.contactId = :c order by e.position", ContactEmail.class)
        .setParameter("c", id).getResultStream().map(ContactEmail::address).toList();
    List<String> phones = em.createQuery(
            "select p from ContactPhone p where p.contactId = :c order by p.position", ContactPhone.class)
        .setParameter("c", id).getResultStream().map(ContactPhone::phone).toList();
    List<Affiliation> affiliations = em.createQuery("select a, o.name from Membership a, Contact o "
            + "where o.id = a.organisationId and a.personId = :c order by o.name", Object[].class)
        .setParameter("c", id).getResultStream()
        .map(r -> new Affiliation(((Membership) r[0]).organisationId(), (String) r[1], ((Membership) r[0]).title()))
        .toList();
    List<Affiliation> members = em.createQuery("select a, p.name from Membership a, Contact p "
            + "where p.id = a.personId and a.organisationId = :c order by p.name", Object[].class)
        .setParameter("c", id).setMaxResults(1000).getResultStream()
        .map(r -> new Affiliation(((Membership) r[0]).personId(), (String) r[1], ((Membership) r[0]).title()))
        .toList();
    List<Consent> consents = em.createQuery("select k from ConsentRecord k where k.contactId = :c", ConsentRecord.class)
        .setParameter("c", id).getResultStream().map(ConsentRecord::toRecord)
        .sorted(Comparator.comparing(Consent::purpose)).toList();
    int similar = c.blockingKey() == null ? 0 : em.createQuery("select count(o) from Contact o where o.blockingKey = :k "
            + "and o.id <> :c and o.mergedInto is null", Long.class)
        .setParameter("k", c.blockingKey()).setParameter("c", id).getSingleResult().intValue();
    return new ContactDetails(id, c.kind(), c.name(), c.minor(), c.guardianConsentOn(), c.district(), c.countryCode(),
        c.countryCode() == null ? null : Countries.name(c.countryCode()), c.timeZone(), c.languages(), emails, phones,
        c.tags(), c.categoryIds(), affiliations, members, c.notes(), c.attendancePreference(), consents, similar,
        c.createdBy(), c.createdAt(), c.updatedAt(), c.version());
  }
}

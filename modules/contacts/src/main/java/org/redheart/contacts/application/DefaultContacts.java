package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactHistoryEntry;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.ContactsMerged;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.domain.ConsentRecord;
import org.redheart.contacts.domain.ConsentRules;
import org.redheart.contacts.domain.Contact;
import org.redheart.contacts.domain.ContactEmail;
import org.redheart.contacts.domain.ContactForm;
import org.redheart.contacts.domain.ContactPhone;
import org.redheart.contacts.domain.Countries;
import org.redheart.contacts.domain.Emails;
import org.redheart.contacts.domain.HistoryRecord;
import org.redheart.contacts.domain.Membership;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.Erasure;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Suppressions;

/**
 * The directory. Entities are loaded by id; lists go through {@link ContactSearch} (native SQL
 * over the indexed search column) and {@link ContactViews}, which fetches a page's addresses,
 * organisations, tags and categories in one query each.
 */
@ApplicationScoped
@Transactional
public class DefaultContacts implements Contacts {

  @PersistenceContext(unitName = "contacts")
  EntityManager em;

  @Inject StakeholderCategories categories;
  @Inject Events events;
  @Inject Audit audit;
  @Inject Suppressions suppressions;
  @Inject Erasure erasure;
  @Inject Links links;
  @Inject org.redheart.platform.api.FormTokens formTokens;
  @Inject ContactSearch search;
  @Inject ContactViews views;

  Clock clock = Clock.systemUTC();

  @Override
  public ContactDetails create(ContactInput input, Actor actor) {
    requireUser(actor);
    ContactForm form = ContactForm.of(input, LocalDate.now(clock), id -> categories.find(id).isPresent());
    checkAffiliations(form, null);
    checkEmailsFree(form, null);
    Instant now = clock.instant();
    Contact c = new Contact(form, actor.userId(), now);
    em.persist(c);
    replaceEmails(c.id(), form);
    replacePhones(c.id(), form);
    replaceAffiliations(c.id(), form);
    history(c.id(), now, actor.userId(), "created", "kind=" + c.kind());
    flushGuardingEmails(form);
    return views.details(c);
  }

  @Override
  public ContactDetails update(String id, ContactInput input, long expectedVersion, Actor actor) {
    requireUser(actor);
    Contact c = contact(id);
    if (c.isTombstone()) {
      throw new Conflict("contact " + id + " was merged into " + c.mergedInto() + "; edit that one");
    }
    if (c.version() != expectedVersion) {
      throw new Conflict("contact " + id + " was changed by someone else since version " + expectedVersion
          + " (now " + c.version() + "); reload it and make your change again");
    }
    ContactForm form = ContactForm.of(input, LocalDate.now(clock), cid -> categories.find(cid).isPresent());
    if (form.kind() != c.kind()) {
      throw new InvalidInput("kind", "a " + c.kind().name().toLowerCase(Locale.ROOT) + " stays one; create a new contact instead");
    }
    checkAffiliations(form, c.id());
    checkEmailsFree(form, c.id());
    Instant now = clock.instant();
    List<String> changed = new ArrayList<>(c.apply(form, now));
    if (replaceEmails(c.id(), form)) {
      changed.add("emails");
    }
    if (replacePhones(c.id(), form)) {
      changed.add("phones");
    }
    if (replaceAffiliations(c.id(), form)) {
      changed.add("affiliations");
    }
    if (!changed.isEmpty()) {
      history(c.id(), now, actor.userId(), "updated", "fields=" + String.join(",", changed));
    }
    flushGuardingEmails(form);
    return views.details(c);
  }

  @Override
  public ContactDetails get(String id, Actor actor) {
    requireUser(actor);
    return views.details(live(id));
  }

  @Override
  public Page<ContactSummary> search(ContactQuery query, PageRequest page, Actor actor) {
    requireUser(actor);
    ContactSearch.Result result = search.page(query == null ? ContactQuery.all() : query, page);
    List<ContactSummary> items = views.summaries(result.ids());
    return new Page<>(items, page.page(), page.size(), result.total());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public void export(ContactQuery query, Actor actor, java.util.function.Consumer<ContactSummary> sink) {
    requireUser(actor);
    ContactQuery q = query == null ? ContactQuery.all() : query;
    for (int offset = 0; ; offset += EXPORT_CHUNK) {
      List<String> ids = search.ids(q, offset, EXPORT_CHUNK);
      views.summaries(ids).forEach(sink);
      if (ids.size() < EXPORT_CHUNK) {
        return;
      }
    }
  }

  static final int EXPORT_CHUNK = 1000;

  @Override
  public Map<String, ContactSummary> summaries(Collection<String> ids) {
    Map<String, ContactSummary> out = new LinkedHashMap<>();
    if (ids == null || ids.isEmpty()) {
      return out;
    }
    Map<String, String> survivorOf = new HashMap<>();
    List<String> wanted = ids.stream().filter(i -> i != null && i.length() <= 36).distinct().toList();
    for (int from = 0; from < wanted.size(); from += 500) {
      List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + 500));
      for (Contact c : em.createQuery("select c from Contact c where c.id in :ids", Contact.class)
          .setParameter("ids", chunk).getResultList()) {
        survivorOf.put(c.id(), c.isTombstone() ? resolve(c).id() : c.id());
      }
    }
    Map<String, ContactSummary> byId = new HashMap<>();
    views.summaries(List.copyOf(new LinkedHashSet<>(survivorOf.values()))).forEach(s -> byId.put(s.id(), s));
    for (String id : wanted) {
      String survivor = survivorOf.get(id);
      if (survivor != null && byId.containsKey(survivor)) {
        out.put(id, byId.get(survivor));
      }
    }
    return out;
  }

  @Override
  public Optional<ContactSummary> findByEmail(String email) {
    if (email == null || !Emails.isValid(email)) {
      return Optional.empty();
    }
    return em.createQuery("select e from ContactEmail e where e.normalised = :n", ContactEmail.class)
        .setParameter("n", Emails.normalise(email))
        .getResultStream()
        .findFirst()
        .flatMap(e -> views.summaries(List.of(e.contactId())).stream().findFirst());
  }

  @Override
  public List<ContactSummary> similar(String id, Actor actor) {
    requireUser(actor);
    Contact c = live(id);
    if (c.blockingKey() == null) {
      return List.of();
    }
    List<String> ids = em.createQuery("select c.id from Contact c where c.blockingKey = :k and c.id <> :id "
            + "and c.mergedInto is null order by c.id", String.class)
        .setParameter("k", c.blockingKey())
        .setParameter("id", c.id())
        .setMaxResults(50)
        .getResultList();
    return views.summaries(ids);
  }

  @Override
  public ContactDetails merge(String survivorId, String mergedId, Actor actor) {
    requireSupervisorOrAdmin(actor, "merge contacts");
    if (mergedId == null || mergedId.isBlank()) {
      throw new InvalidInput("from", "the id of the contact to merge is required");
    }
    Contact survivor = live(survivorId);
    Contact merged = contact(mergedId);
    if (merged.isTombstone() && resolve(merged).id().equals(survivor.id())) {
      return views.details(survivor); // merged before: nothing more to do
    }
    merged = live(mergedId);
    if (merged.id().equals(survivor.id())) {
      throw new InvalidInput("from", "a contact cannot be merged into itself");
    }
    if (merged.kind() != survivor.kind()) {
      throw new InvalidInput("from", "a person and an organisation cannot be merged");
    }
    Instant now = clock.instant();
    String s = survivor.id();
    String m = merged.id();

    List<ContactEmail> emails = em.createQuery(
            "select e from ContactEmail e where e.contactId in :ids order by e.position", ContactEmail.class)
        .setParameter("ids", List.of(s, m)).getResultList();
    int position = (int) emails.stream().filter(e -> e.contactId().equals(s)).count();
    for (ContactEmail e : emails) {
      if (e.contactId().equals(m)) {
        e.moveTo(s, position++);
      }
    }
    List<ContactPhone> phones = em.createQuery(
            "select p from ContactPhone p where p.contactId in :ids order by p.position", ContactPhone.class)
        .setParameter("ids", List.of(s, m)).getResultList();
    Set<String> survivorPhones = new LinkedHashSet<>();
    phones.stream().filter(p -> p.contactId().equals(s)).forEach(p -> survivorPhones.add(p.phone()));
    position = survivorPhones.size();
    for (ContactPhone p : phones) {
      if (p.contactId().equals(m)) {
        if (survivorPhones.add(p.phone())) {
          p.moveTo(s, position++);
        } else {
          em.remove(p);
        }
      }
    }
    mergeMemberships(s, m);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      ConsentRecord mine = em.find(ConsentRecord.class, new ConsentRecord.Key(s, purpose));
      ConsentRecord theirs = em.find(ConsentRecord.class, new ConsentRecord.Key(m, purpose));
      if (theirs == null) {
        continue;
      }
      Consent winner = ConsentRules.newer(mine == null ? null : mine.toRecord(), theirs.toRecord());
      if (mine == null) {
        em.persist(new ConsentRecord(s, winner));
      } else {
        mine.set(winner);
      }
      em.remove(theirs);
    }
    survivor.absorb(merged, now);
    merged.mergeInto(s, now);
    em.flush();
    em.createQuery("update HistoryRecord h set h.contactId = :s where h.contactId = :m")
        .setParameter("s", s).setParameter("m", m).executeUpdate();
    em.createQuery("update Contact c set c.mergedInto = :s where c.mergedInto = :m")
        .setParameter("s", s).setParameter("m", m).executeUpdate();
    history(s, now, actor.userId(), "merged", "from=" + m);
    events.publish(new ContactsMerged(s, m));
    audit.record(actor.userId(), "contact.merged", "contact:" + s, Map.of("merged", m));
    em.flush();
    em.clear();
    return views.details(contact(s));
  }

  private void mergeMemberships(String s, String m) {
    List<Membership> all = em.createQuery("select a from Membership a where a.personId in :ids or a.organisationId in :ids",
            Membership.class)
        .setParameter("ids", List.of(s, m)).getResultList();
    Set<String> keys = new java.util.HashSet<>();
    for (Membership a : all) {
      if (!a.personId().equals(m) && !a.organisationId().equals(m)) {
        keys.add(a.personId() + "|" + a.organisationId());
      }
    }
    for (Membership a : all) {
      if (!a.personId().equals(m) && !a.organisationId().equals(m)) {
        continue;
      }
      String person = a.personId().equals(m) ? s : a.personId();
      String organisation = a.organisationId().equals(m) ? s : a.organisationId();
      if (person.equals(organisation) || !keys.add(person + "|" + organisation)) {
        em.remove(a);
      } else {
        a.person(person);
        a.organisation(organisation);
      }
    }
  }

  @Override
  public ContactDetails recordConsent(
      String id, ConsentPurpose purpose, boolean granted, LawfulBasis basis, String source, Actor actor) {
    requireUser(actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (purpose == null) {
      errors.add("purpose", "is required: " + java.util.Arrays.toString(ConsentPurpose.values()));
    }
    if (basis == null) {
      errors.add("lawfulBasis", "is required: " + java.util.Arrays.toString(LawfulBasis.values()));
    }
    String src = source == null ? null : source.strip();
    if (src == null || src.isEmpty()) {
      errors.add("source", "is required (where the decision was made, e.g. \"application form\")");
    } else if (src.length() > 200) {
      errors.add("source", "is longer than 200 characters");
    }
    errors.throwIfAny();
    Contact c = live(id);
    setConsent(c.id(), new Consent(purpose, granted, basis, src, clock.instant(), actor.userId()));
    return views.details(c);
  }

  @Override
  public boolean withdrawConsent(String id, ConsentPurpose purpose, String source) {
    if (id == null || purpose == null || id.length() > 36) {
      return false;
    }
    Contact c = em.find(Contact.class, id);
    if (c == null) {
      return false;
    }
    c = resolve(c);
    ConsentRecord current = em.find(ConsentRecord.class, new ConsentRecord.Key(c.id(), purpose));
    if (current != null && !current.granted()) {
      return true;
    }
    String src = source == null || source.isBlank() ? "unsubscribe link" : source.strip();
    setConsent(c.id(), new Consent(purpose, false, LawfulBasis.CONSENT, src.length() > 200 ? src.substring(0, 200) : src,
        clock.instant(), null));
    return true;
  }

  private void setConsent(String contactId, Consent decision) {
    ConsentRecord current = em.find(ConsentRecord.class, new ConsentRecord.Key(contactId, decision.purpose()));
    boolean changed;
    if (current == null) {
      em.persist(new ConsentRecord(contactId, decision));
      changed = true;
    } else {
      changed = current.set(decision);
    }
    if (changed) {
      history(contactId, decision.recordedAt(), decision.recordedBy(),
          decision.granted() ? "consent.granted" : "consent.withdrawn",
          "purpose=" + decision.purpose() + ",basis=" + decision.lawfulBasis());
    }
  }

  @Override
  public boolean mayContact(String id, ConsentPurpose purpose) {
    if (id == null || purpose == null || id.length() > 36) {
      return false;
    }
    Contact c = em.find(Contact.class, id);
    if (c == null) {
      return false;
    }
    c = resolve(c);
    ConsentRecord consent = em.find(ConsentRecord.class, new ConsentRecord.Key(c.id(), purpose));
    if (consent == null || !consent.granted()) {
      return false;
    }
    Optional<ContactEmail> primary = em.createQuery(
            "select e from ContactEmail e where e.contactId = :c order by e.position", ContactEmail.class)
        .setParameter("c", c.id()).setMaxResults(1).getResultStream().findFirst();
    return primary.isPresent() && !suppressions.isSuppressed(primary.get().normalised());
  }

  @Override
  public Page<ContactHistoryEntry> history(String id, PageRequest page, Actor actor) {
    requireUser(actor);
    Contact c = live(id);
    List<ContactHistoryEntry> items = em.createQuery(
            "select h from HistoryRecord h where h.contactId = :c order by h.at desc, h.id desc", HistoryRecord.class)
        .setParameter("c", c.id())
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultStream()
        .map(HistoryRecord::toRecord)
        .toList();
    long total = em.createQuery("select count(h) from HistoryRecord h where h.contactId = :c", Long.class)
        .setParameter("c", c.id()).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public String exportPersonalData(String id, Actor actor) {
    requireSupervisorOrAdmin(actor, "export a person's data");
    Contact c = live(id);
    ContactDetails d = views.details(c);
    List<ContactHistoryEntry> history = em.createQuery(
            "select h from HistoryRecord h where h.contactId = :c order by h.at, h.id", HistoryRecord.class)
        .setParameter("c", c.id()).getResultStream().map(HistoryRecord::toRecord).toList();
    audit.record(actor.userId(), "contact.exported", "contact:" + c.id(), Map.of());
    return PersonalDataJson.of(d, history, clock.instant());
  }

  @Override
  public Erasure.Report erase(String id, Actor actor) {
    if (actor == null || !actor.has(Role.ADMIN)) {
      throw new Forbidden("only admins erase people");
    }
    Contact c = live(id);
    Set<String> emails = new LinkedHashSet<>();
    em.createQuery("select e from ContactEmail e where e.contactId = :c", ContactEmail.class)
        .setParameter("c", c.id()).getResultStream().forEach(e -> {
          emails.add(e.normalised());
          emails.add(e.address());
        });
    Set<String> phones = new LinkedHashSet<>(em.createQuery("select p.phone from ContactPhone p where p.contactId = :c",
        String.class).setParameter("c", c.id()).getResultList());
    Set<String> names = c.name() == null || c.name().isBlank() ? Set.of() : Set.of(c.name());
    return erasure.erase(new ErasedPerson(c.id(), emails, phones, names), actor);
  }

  @Override
  public String unsubscribeToken(String contactId, ConsentPurpose purpose) {
    if (contactId == null || contactId.isBlank() || purpose == null) {
      throw new InvalidInput("contactId", "a contact id and a purpose are required");
    }
    return links.sign(UNSUBSCRIBE_LINK, contactId + ":" + purpose.name(), null);
  }

  @Override
  public Optional<ConsentPurpose> unsubscribeLink(String linkToken) {
    return unsubscribeSubject(linkToken).map(Map.Entry::getValue);
  }

  @Override
  public boolean unsubscribe(String linkToken, String formToken) {
    Optional<Map.Entry<String, ConsentPurpose>> subject = unsubscribeSubject(linkToken);
    if (subject.isEmpty() || formToken == null || !formTokens.consume(UNSUBSCRIBE_FORM, linkToken, formToken)) {
      return false;
    }
    return withdrawConsent(subject.get().getKey(), subject.get().getValue(), "unsubscribe link");
  }

  @Override
  public boolean unsubscribeOneClick(String linkToken) {
    Optional<Map.Entry<String, ConsentPurpose>> subject = unsubscribeSubject(linkToken);
    if (subject.isEmpty()) {
      return false;
    }
    return withdrawConsent(subject.get().getKey(), subject.get().getValue(), "one-click unsubscribe (List-Unsubscribe-Post)");
  }

  @Override
  public Set<String> mayContactAll(Collection<String> ids, ConsentPurpose purpose) {
    Set<String> out = new LinkedHashSet<>();
    if (ids == null || purpose == null) {
      return out;
    }
    List<String> wanted = ids.stream().filter(java.util.Objects::nonNull).filter(id -> id.length() <= 36).distinct().toList();
    for (int from = 0; from < wanted.size(); from += 1000) {
      out.addAll(mayContactChunk(wanted.subList(from, Math.min(wanted.size(), from + 1000)), purpose));
    }
    return out;
  }

  /** One chunk of {@link #mayContactAll}: merged ids are judged by their survivor, minors never get bulk mail. */
  private Set<String> mayContactChunk(List<String> ids, ConsentPurpose purpose) {
    Map<String, String> liveOf = new HashMap<>();
    for (Contact c : em.createQuery("select c from Contact c where c.id in :ids", Contact.class).setParameter("ids", ids)
        .getResultList()) {
      Contact live = c.isTombstone() ? resolve(c) : c;
      if (!live.isTombstone() && !live.minor()) {
        liveOf.put(c.id(), live.id());
      }
    }
    if (liveOf.isEmpty()) {
      return Set.of();
    }
    List<String> live = liveOf.values().stream().distinct().toList();
    Set<String> consenting = new java.util.HashSet<>(em.createQuery(
            "select r.contactId from ConsentRecord r where r.contactId in :ids and r.purpose = :p and r.granted = :yes",
            String.class)
        .setParameter("ids", live).setParameter("p", purpose).setParameter("yes", true).getResultList());
    Map<String, String> primary = new HashMap<>();
    if (!consenting.isEmpty()) {
      for (ContactEmail e : em.createQuery(
              "select e from ContactEmail e where e.contactId in :ids order by e.contactId, e.position", ContactEmail.class)
          .setParameter("ids", List.copyOf(consenting)).getResultList()) {
        primary.putIfAbsent(e.contactId(), e.normalised());
      }
    }
    Set<String> suppressed = primary.isEmpty() ? Set.of() : suppressions.suppressedAmong(primary.values());
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      String l = liveOf.get(id);
      if (l != null && primary.containsKey(l) && !suppressed.contains(primary.get(l))) {
        out.add(id);
      }
    }
    return out;
  }

  private Optional<Map.Entry<String, ConsentPurpose>> unsubscribeSubject(String linkToken) {
    if (linkToken == null || linkToken.isBlank()) {
      return Optional.empty();
    }
    return links.verify(UNSUBSCRIBE_LINK, linkToken).flatMap(subject -> {
      int colon = subject.lastIndexOf(':');
      if (colon < 1) {
        return Optional.empty();
      }
      String contactId = subject.substring(0, colon);
      ConsentPurpose purpose;
      try {
        purpose = ConsentPurpose.valueOf(subject.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (contactId.length() > 36 || em.find(Contact.class, contactId) == null) {
        return Optional.empty();
      }
      return Optional.of(Map.entry(contactId, purpose));
    });
  }

  // --- helpers -------------------------------------------------------------------------------

  private void checkAffiliations(ContactForm form, String selfId) {
    if (form.affiliations().isEmpty()) {
      return;
    }
    Map<String, Contact> orgs = new HashMap<>();
    em.createQuery("select c from Contact c where c.id in :ids", Contact.class)
        .setParameter("ids", List.copyOf(form.affiliations().keySet()))
        .getResultStream().forEach(o -> orgs.put(o.id(), o));
    InvalidInput.Collector errors = new InvalidInput.Collector();
    for (String orgId : form.affiliations().keySet()) {
      Contact o = orgs.get(orgId);
      if (o == null || o.isTombstone()) {
        errors.add("affiliations", "unknown organisation " + orgId);
      } else if (o.kind() != ContactKind.ORGANISATION || orgId.equals(selfId)) {
        errors.add("affiliations", "contact " + orgId + " is not an organisation");
      }
    }
    errors.throwIfAny();
  }

  private void checkEmailsFree(ContactForm form, String selfId) {
    if (form.emails().isEmpty()) {
      return;
    }
    List<ContactEmail> taken = em.createQuery("select e from ContactEmail e where e.normalised in :n", ContactEmail.class)
        .setParameter("n", List.copyOf(form.emails().keySet()))
        .getResultList();
    for (ContactEmail e : taken) {
      if (!e.contactId().equals(selfId)) {
        throw new Conflict("the e-mail address " + e.normalised() + " is already recorded for another contact ("
            + e.contactId() + ")");
      }
    }
  }

  /** Writes now, so that an address another transaction took meanwhile is a Conflict, not a 500. */
  private void flushGuardingEmails(ContactForm form) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      Throwable t = e;
      while (t.getCause() != null && !text.contains("cnt_email_normalised_uq")) {
        t = t.getCause();
        text += " " + String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      }
      if (text.contains("cnt_email_normalised_uq")) {
        throw new Conflict("the e-mail address " + String.join(", ", form.emails().keySet())
            + " is already recorded for another contact");
      }
      throw e;
    }
  }

  /** Makes the contact's addresses those of the form, in order; true when anything changed. */
  private boolean replaceEmails(String contactId, ContactForm form) {
    List<ContactEmail> current = em.createQuery(
            "select e from ContactEmail e where e.contactId = :c order by e.position", ContactEmail.class)
        .setParameter("c", contactId).getResultList();
    List<String> before = current.stream().map(ContactEmail::normalised).toList();
    List<String> after = List.copyOf(form.emails().keySet());
    if (before.equals(after)) {
      return false;
    }
    Map<String, ContactEmail> kept = new HashMap<>();
    for (ContactEmail e : current) {
      if (form.emails().containsKey(e.normalised())) {
        kept.put(e.normalised(), e);
      } else {
        em.remove(e);
      }
    }
    em.flush();
    int position = 0;
    for (Map.Entry<String, String> entry : form.emails().entrySet()) {
      ContactEmail e = kept.get(entry.getKey());
      if (e == null) {
        em.persist(new ContactEmail(contactId, entry.getValue(), entry.getKey(), position));
      } else {
        e.position(position);
      }
      position++;
    }
    return true;
  }

  private boolean replacePhones(String contactId, ContactForm form) {
    List<ContactPhone> current = em.createQuery(
            "select p from ContactPhone p where p.contactId = :c order by p.position", ContactPhone.class)
        .setParameter("c", contactId).getResultList();
    if (current.stream().map(ContactPhone::phone).toList().equals(form.phones())) {
      return false;
    }
    current.forEach(em::remove);
    for (int i = 0; i < form.phones().size(); i++) {
      em.persist(new ContactPhone(contactId, form.phones().get(i), i));
    }
    return true;
  }

  private boolean replaceAffiliations(String personId, ContactForm form) {
    List<Membership> current = em.createQuery("select a from Membership a where a.personId = :p", Membership.class)
        .setParameter("p", personId).getResultList();
    boolean changed = false;
    Set<String> present = new java.util.HashSet<>();
    for (Membership a : current) {
      if (!form.affiliations().containsKey(a.organisationId())) {
        em.remove(a);
        changed = true;
      } else {
        present.add(a.organisationId());
        String title = form.affiliations().get(a.organisationId());
        if (!java.util.Objects.equals(title, a.title())) {
          a.title(title);
          changed = true;
        }
      }
    }
    if (changed) {
      em.flush();
    }
    for (Map.Entry<String, String> entry : form.affiliations().entrySet()) {
      if (!present.contains(entry.getKey())) {
        em.persist(new Membership(personId, entry.getKey(), entry.getValue()));
        changed = true;
      }
    }
    return changed;
  }

  private void history(String contactId, Instant at, String actorId, String action, String details) {
    em.persist(new HistoryRecord(contactId, at, actorId, action, details));
  }

  Contact contact(String id) {
    Contact c = id == null || id.length() > 36 ? null : em.find(Contact.class, id);
    if (c == null) {
      throw new NotFound("contact", String.valueOf(id));
    }
    return c;
  }

  /** The contact, or the one it was merged into. */
  Contact live(String id) {
    return resolve(contact(id));
  }

  private Contact resolve(Contact c) {
    Contact current = c;
    for (int i = 0; i < 20 && current.isTombstone(); i++) {
      Contact next = em.find(Contact.class, current.mergedInto());
      if (next == null) {
        break;
      }
      current = next;
    }
    return current;
  }

  static void requireUser(Actor actor) {
    if (actor == null || actor.roles().isEmpty()) {
      throw new Forbidden("only signed-in users with a role see contacts");
    }
  }

  static void requireSupervisorOrAdmin(Actor actor, String what) {
    if (actor == null || !actor.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
      throw new Forbidden("only admins and supervisors " + what);
    }
  }

  static String countryName(String code) {
    return code == null ? null : Countries.name(code);
  }
}

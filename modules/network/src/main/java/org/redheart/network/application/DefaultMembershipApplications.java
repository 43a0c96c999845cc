package org.redheart.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.network.api.ApplicationDetails;
import org.redheart.network.api.ApplicationForm;
import org.redheart.network.api.ApplicationState;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.MembershipApplications;
import org.redheart.network.domain.Application;
import org.redheart.network.domain.ApplicationRules;
import org.redheart.network.domain.Member;
import org.redheart.network.domain.MemberEventEntry;
import org.redheart.network.persistence.NetworkStore;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.RateLimits;
import org.redheart.platform.api.Role;

/**
 * The public form and the review. A submission is checked, counted against the client address's
 * hourly limit, then consumes its one-time token: only then is the application stored (or, for a
 * bot that filled the honeypot, silently dropped) and its process started, in one transaction.
 * A decision changes the application, the contact and the member, and completes the review task,
 * whose service task enqueues the mail: all in the reviewer's transaction.
 */
@ApplicationScoped
@Transactional
public class DefaultMembershipApplications implements MembershipApplications {
  static final String LIMIT_KEY = "redheart.network.applications-per-hour";
  static final String CONSENT_SOURCE = "network application";
  static final String MEMBER_TAG = "network member";
  static final String VOLUNTEER_TAG = "volunteer";

  @Inject NetworkStore store;
  @Inject MembershipEngine engine;
  @Inject FormTokens formTokens;
  @Inject RateLimits rateLimits;
  @Inject Audit audit;
  @Inject Contacts contacts;

  @Inject
  @ConfigProperty(name = LIMIT_KEY, defaultValue = "20")
  int limitPerHour;

  @Override
  public Outcome submit(ApplicationForm form, String formToken, String clientAddress) {
    ApplicationRules.Clean clean = ApplicationRules.check(form);
    String bucket = "network-apply\n" + (clientAddress == null ? "" : clientAddress);
    if (!rateLimits.attempt(bucket, limitPerHour, Duration.ofHours(1)).allowed()) {
      return Outcome.TOO_MANY;
    }
    if (!formTokens.consume(FORM, FORM, formToken)) {
      return Outcome.INVALID;
    }
    if (form.website() != null && !form.website().isBlank()) {
      return Outcome.RECEIVED; // a bot filled the honeypot: the same answer, nothing stored
    }
    Application application = new Application(form, clean, Instant.now());
    store.add(application);
    engine.start(application.id());
    audit.record(Audit.SYSTEM, "network.application.received", "application:" + application.id(),
        Map.of("kind", form.kind().name()));
    return Outcome.RECEIVED;
  }

  @Override
  public Page<ApplicationDetails> pending(PageRequest page, Actor actor) {
    requireReader(actor);
    List<Application> items = store.applications(ApplicationState.PENDING, page.offset(), page.size());
    Map<String, String> tasks = engine.reviewTaskIds(items.stream().map(Application::id).toList());
    return new Page<>(items.stream().map(a -> a.toDetails(tasks.get(a.id()))).toList(), page.page(), page.size(),
        store.countApplications(ApplicationState.PENDING));
  }

  @Override
  public ApplicationDetails get(String id, Actor actor) {
    requireReader(actor);
    Application a = application(id);
    return a.toDetails(a.state() == ApplicationState.PENDING ? engine.reviewTaskId(id).orElse(null) : null);
  }

  @Override
  public MemberSummary approve(String id, Actor actor) {
    requireReviewer(actor);
    Application a = application(id);
    Instant now = Instant.now();
    String contactId = contactFor(a, contacts, actor);
    if (a.bulletinConsent()) {
      contacts.recordConsent(contactId, ConsentPurpose.BULLETIN, true, LawfulBasis.CONSENT, CONSENT_SOURCE, actor);
    }
    ContactDetails contact = contacts.get(contactId, actor);
    Optional<Member> existing = store.memberOfContact(contact.id());
    Member member;
    if (existing.isPresent()) {
      member = existing.get();
      if (member.rejoin(a.id(), a.volunteer(), a.language(), now)) {
        store.add(new MemberEventEntry(member.id(), MemberEventEntry.REJOINED, MemberEventEntry.VIA_REVIEW, actor.userId(), null, now));
      }
    } else {
      member = new Member(contact.id(), a.kind(), a.volunteer(), a.language(), a.id(), now);
      store.add(member);
      store.add(new MemberEventEntry(member.id(), MemberEventEntry.JOINED, MemberEventEntry.VIA_REVIEW, actor.userId(), null, now));
    }
    if (a.volunteer()) {
      store.add(new MemberEventEntry(member.id(), MemberEventEntry.VOLUNTEERED, MemberEventEntry.VIA_REVIEW, actor.userId(), null, now));
    }
    member.describe(contact.name(), contact.countryCode(), contact.district(), a.categoryId());
    a.approve(actor.userId(), contact.id(), member.id(), now);
    engine.decide(a.id(), true);
    audit.record(actor.userId(), "network.application.approved", "application:" + a.id(),
        Map.of("contact", contact.id(), "member", member.id()));
    return member.toSummary();
  }

  @Override
  public ApplicationDetails decline(String id, String reason, Actor actor) {
    requireReviewer(actor);
    Application a = application(id);
    a.decline(actor.userId(), reason, Instant.now());
    engine.decide(a.id(), false);
    audit.record(actor.userId(), "network.application.declined", "application:" + a.id(), Map.of());
    return a.toDetails(null);
  }

  /** The contact holding the applicant's address, or a new one made from the application. */
  private String contactFor(Application a, Contacts contacts, Actor actor) {
    Optional<ContactSummary> found = contacts.findByEmail(a.email());
    if (found.isPresent()) {
      return found.get().id();
    }
    Set<String> tags = a.volunteer() ? Set.of(MEMBER_TAG, VOLUNTEER_TAG) : Set.of(MEMBER_TAG);
    String notes = a.organisationName() == null ? a.helpText()
        : "Organisation: " + a.organisationName() + (a.helpText() == null ? "" : "\n" + a.helpText());
    ContactInput input = new ContactInput(
        a.kind() == MemberKind.ORGANISATION ? ContactKind.ORGANISATION : ContactKind.PERSON,
        a.name(), false, null, a.district(), a.country(), null, Set.of(a.language()), List.of(a.email()),
        a.phone() == null ? List.of() : List.of(a.phone()), tags,
        a.categoryId() == null ? Set.of() : Set.of(a.categoryId()), List.of(), notes, null);
    return contacts.create(input, actor).id();
  }

  private Application application(String id) {
    return store.application(id).orElseThrow(() -> new NotFound("application", id));
  }

  static void requireReviewer(Actor actor) {
    if (actor == null || !actor.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
      throw new Forbidden("only supervisors and admins review membership applications");
    }
  }

  static void requireReader(Actor actor) {
    if (actor == null || actor.roles().isEmpty()) {
      throw new Forbidden("signed-in users with a role see the network");
    }
  }
}

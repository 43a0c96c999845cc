package org.redheart.network.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.network.api.ApplicationForm;
import org.redheart.network.api.ApplicationState;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.MembershipApplications.Outcome;
import org.redheart.network.domain.Application;
import org.redheart.network.domain.Member;
import org.redheart.network.domain.MemberEventEntry;
import org.redheart.network.persistence.NetworkStore;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.RateLimits;
import org.redheart.platform.api.Role;

/**
 * The public form and the review with hand-written doubles: an in-memory store, form tokens, rate
 * limits, the process engine and {@link Contacts}.
 */
class DefaultMembershipApplicationsTest {
  private static final Actor SUPERVISOR = new Actor("supervisor-1", Set.of(Role.SUPERVISOR));
  private static final Actor ORGANISER = new Actor("organiser-1", Set.of(Role.ORGANISER));

  private final InMemoryStore store = new InMemoryStore();
  private final RecordingEngine engine = new RecordingEngine();
  private final OneTimeTokens tokens = new OneTimeTokens();
  private final CountingLimits limits = new CountingLimits();
  private final ContactsDouble contacts = new ContactsDouble();
  private final DefaultMembershipApplications applications = new DefaultMembershipApplications();

  @BeforeEach
  void wire() {
    applications.store = store;
    applications.engine = engine;
    applications.formTokens = tokens;
    applications.rateLimits = limits;
    applications.contacts = contacts.asContacts();
    applications.limitPerHour = 20;
    applications.audit = new Audit() {
      @Override public void record(String actorId, String action, String subject, Map<String, String> details) {}
      @Override public void record(String actorId, String action, String subject, Map<String, String> details, String content) {}
      @Override public Page<Entry> search(Filter filter, PageRequest page, Actor reader) { throw new UnsupportedOperationException(); }
      @Override public void export(Filter filter, Actor reader, java.util.function.Consumer<Entry> sink) { throw new UnsupportedOperationException(); }
    };
  }

  private static ApplicationForm form(String email, boolean volunteer, boolean bulletin, String honeypot) {
    return new ApplicationForm(MemberKind.ORGANISATION, "Shishu Adhikar Forum", null, email, "০১৭১১১২৩৪৫৬", "Bangladesh",
        "Sylhet", 3L, volunteer, "Village meetings", "bn", bulletin, honeypot);
  }

  private String submitted(String email, boolean bulletin) {
    assertThat(applications.submit(form(email, true, bulletin, null), tokens.issue("network-apply", "network-apply"), "10.0.0.1"))
        .isEqualTo(Outcome.RECEIVED);
    return store.applications.get(store.applications.size() - 1).id();
  }

  @Test
  void storesAnApplicationAndStartsItsReviewByApplicationId() {
    String id = submitted("forum@example.org", false);

    assertThat(engine.started).containsExactly(id);
    assertThat(store.applications.get(0).state()).isEqualTo(ApplicationState.PENDING);
    assertThat(store.applications.get(0).phone()).isEqualTo("01711123456");
  }

  @Test
  void aBotThatFillsTheHoneypotIsThankedAndNothingIsStored() {
    Outcome outcome = applications.submit(form("bot@example.org", false, false, "http://spam"), tokens.issue("network-apply", "network-apply"), "10.0.0.2");

    assertThat(outcome).isEqualTo(Outcome.RECEIVED);
    assertThat(store.applications).isEmpty();
    assertThat(engine.started).isEmpty();
  }

  @Test
  void aReplayedFormTokenStoresNothing() {
    String token = tokens.issue("network-apply", "network-apply");
    applications.submit(form("once@example.org", false, false, null), token, "10.0.0.3");

    assertThat(applications.submit(form("twice@example.org", false, false, null), token, "10.0.0.3")).isEqualTo(Outcome.INVALID);
    assertThat(store.applications).hasSize(1);
  }

  @Test
  void tooManyApplicationsFromOneAddressStoreNothing() {
    limits.allowed = false;

    assertThat(applications.submit(form("many@example.org", false, false, null), tokens.issue("network-apply", "network-apply"), "10.0.0.4"))
        .isEqualTo(Outcome.TOO_MANY);
    assertThat(store.applications).isEmpty();
    assertThat(limits.buckets).containsExactly("network-apply\n10.0.0.4");
  }

  @Test
  void anInvalidFormIsNotCountedAgainstTheAddress() {
    assertThatThrownBy(() -> applications.submit(form("not-an-address", false, false, null), "t", "10.0.0.5"))
        .isInstanceOf(org.redheart.platform.api.InvalidInput.class);
    assertThat(limits.buckets).isEmpty();
  }

  @Test
  void approvingCreatesTheContactRecordsBulletinConsentMakesTheMemberAndCompletesTheReview() {
    String id = submitted("forum@example.org", true);

    MemberSummary member = applications.approve(id, SUPERVISOR);

    assertThat(contacts.created).hasSize(1);
    ContactInput input = contacts.created.get(0);
    assertThat(input.kind()).isEqualTo(ContactKind.ORGANISATION);
    assertThat(input.emails()).containsExactly("forum@example.org");
    assertThat(input.languages()).containsExactly("bn");
    assertThat(input.tags()).contains("network member", "volunteer");
    assertThat(contacts.consents).containsExactly(member.contactId() + " BULLETIN true CONSENT network application supervisor-1");
    assertThat(member.state()).isEqualTo(MemberState.ACTIVE);
    assertThat(member.volunteer()).isTrue();
    assertThat(member.name()).isEqualTo("Shishu Adhikar Forum");
    assertThat(engine.decisions).containsExactly(id + "=true");
    assertThat(store.events).extracting(e -> e.toEvent().action()).containsExactly("JOINED", "VOLUNTEERED");
    assertThat(store.application(id).orElseThrow().state()).isEqualTo(ApplicationState.APPROVED);
  }

  @Test
  void approvingUsesTheContactThatHoldsTheAddressAndRecordsNoConsentUnlessTicked() {
    String existing = contacts.add("forum@example.org");
    String id = submitted("Forum@Example.org", false);

    MemberSummary member = applications.approve(id, SUPERVISOR);

    assertThat(member.contactId()).isEqualTo(existing);
    assertThat(contacts.created).isEmpty();
    assertThat(contacts.consents).isEmpty();
  }

  @Test
  void aMemberWhoLeftAndIsApprovedAgainRejoinsTheSameMembership() {
    MemberSummary first = applications.approve(submitted("forum@example.org", false), SUPERVISOR);
    store.members.get(0).leave(Instant.now());

    MemberSummary again = applications.approve(submitted("forum@example.org", false), SUPERVISOR);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.state()).isEqualTo(MemberState.ACTIVE);
    assertThat(store.members).hasSize(1);
    assertThat(store.events).extracting(e -> e.toEvent().action()).contains("REJOINED");
  }

  @Test
  void decliningNeedsAReasonAndCompletesTheReviewWithNo() {
    String id = submitted("forum@example.org", false);

    assertThatThrownBy(() -> applications.decline(id, " ", SUPERVISOR)).isInstanceOf(org.redheart.platform.api.InvalidInput.class);
    assertThat(engine.decisions).isEmpty();

    assertThat(applications.decline(id, "Outside our districts for now.", SUPERVISOR).state()).isEqualTo(ApplicationState.DECLINED);
    assertThat(engine.decisions).containsExactly(id + "=false");
    assertThat(contacts.created).as("a declined applicant never becomes a contact").isEmpty();
  }

  @Test
  void onlySupervisorsAndAdminsDecideAndOnlyOnce() {
    String id = submitted("forum@example.org", false);

    assertThatThrownBy(() -> applications.approve(id, ORGANISER)).isInstanceOf(Forbidden.class);
    applications.decline(id, "No.", SUPERVISOR);
    assertThatThrownBy(() -> applications.approve(id, SUPERVISOR)).isInstanceOf(Conflict.class);
  }

  /** The store's tables as lists. */
  static class InMemoryStore extends NetworkStore {
    final List<Application> applications = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<MemberEventEntry> events = new ArrayList<>();

    @Override public void add(Object entity) {
      if (entity instanceof Application a) applications.add(a);
      else if (entity instanceof Member m) members.add(m);
      else if (entity instanceof MemberEventEntry e) events.add(e);
    }

    @Override public Optional<Application> application(String id) {
      return applications.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override public Optional<Member> memberOfContact(String contactId) {
      return members.stream().filter(m -> m.contactId().equals(contactId)).findFirst();
    }
  }

  static final class RecordingEngine implements MembershipEngine {
    final List<String> started = new ArrayList<>();
    final List<String> decisions = new ArrayList<>();

    @Override public void start(String applicationId) { started.add(applicationId); }
    @Override public Optional<String> reviewTaskId(String applicationId) { return Optional.of("task-" + applicationId); }
    @Override public Map<String, String> reviewTaskIds(Collection<String> ids) { return Map.of(); }
    @Override public void decide(String applicationId, boolean approved) { decisions.add(applicationId + "=" + approved); }
  }

  static final class OneTimeTokens implements FormTokens {
    private final Map<String, Boolean> unused = new HashMap<>();

    @Override public String issue(String form, String binding) {
      String token = UUID.randomUUID().toString();
      unused.put(form + "|" + binding + "|" + token, true);
      return token;
    }

    @Override public boolean consume(String form, String binding, String token) {
      return unused.remove(form + "|" + binding + "|" + token) != null;
    }
  }

  static final class CountingLimits implements RateLimits {
    final List<String> buckets = new ArrayList<>();
    boolean allowed = true;

    @Override public Decision attempt(String bucket, int limit, Duration window) {
      buckets.add(bucket);
      return new Decision(allowed, allowed ? 0 : 60);
    }
  }

  /**
   * Contacts with the little the review needs: create, find by address, consent, get. Any other
   * method of {@link Contacts} fails the test (a proxy, so the double survives additions to the API).
   */
  static final class ContactsDouble {
    final List<ContactInput> created = new ArrayList<>();
    final List<String> consents = new ArrayList<>();
    private final Map<String, ContactDetails> byId = new LinkedHashMap<>();

    /** A contact that existed before the application. */
    String add(String email) {
      ContactDetails d = details(ContactInput.organisation("Existing " + email, email), "someone");
      byId.put(d.id(), d);
      return d.id();
    }

    public ContactDetails create(ContactInput input, Actor actor) {
      created.add(input);
      ContactDetails d = details(input, actor.userId());
      byId.put(d.id(), d);
      return d;
    }

    private static ContactDetails details(ContactInput input, String by) {
      return new ContactDetails(UUID.randomUUID().toString(), input.kind(), input.name(), false, null, input.district(), "BD",
          "Bangladesh", "Asia/Dhaka", input.languages(), input.emails(), input.phones(), input.tags(), input.categoryIds(),
          List.of(), List.of(), input.notes(), null, List.<Consent>of(), 0, by, Instant.now(), Instant.now(), 1);
    }

    public Optional<ContactSummary> findByEmail(String email) {
      return byId.values().stream().filter(d -> d.emails().stream().anyMatch(e -> e.equalsIgnoreCase(email.strip())))
          .findFirst()
          .map(d -> new ContactSummary(d.id(), d.kind(), d.name(), false, d.emails().get(0), d.district(), d.countryCode(),
              d.countryName(), List.of(), d.categoryIds(), d.tags()));
    }

    public ContactDetails recordConsent(String id, ConsentPurpose purpose, boolean granted, LawfulBasis basis, String source, Actor actor) {
      consents.add(id + " " + purpose + " " + granted + " " + basis + " " + source + " " + actor.userId());
      return byId.get(id);
    }

    public ContactDetails get(String id, Actor actor) { return byId.get(id); }

    Contacts asContacts() {
      return (Contacts) java.lang.reflect.Proxy.newProxyInstance(Contacts.class.getClassLoader(), new Class<?>[] {Contacts.class},
          (proxy, method, args) -> {
            try {
              return ContactsDouble.class.getDeclaredMethod(method.getName(), method.getParameterTypes()).invoke(this, args);
            } catch (NoSuchMethodException e) {
              throw new UnsupportedOperationException("the review does not call Contacts." + method.getName());
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}

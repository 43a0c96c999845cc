package org.redheart.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.network.api.ApplicationForm;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MemberQuery;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.MembershipApplications;
import org.redheart.network.api.Network;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.SuppressionReason;
import org.redheart.platform.api.Suppressions;
import org.redheart.platform.api.Users;

/**
 * What a bulk send asks of contacts and the network, against the real database inside the server:
 * {@code Contacts.mayContactAll} (consent, withdrawn, no record, a child, a suppressed address, a
 * merged contact judged by its survivor, an erased one, unknown ids) and {@code
 * Network.activeMembersAfter} (a keyset walk in member-id order that skips members who left and
 * filters like the directory) with {@code Network.countActive}.
 */
@ExtendWith(ArquillianExtension.class)
class BulkRecipientsContainerIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "redheart.war")
        .importFrom(new File(System.getProperty("redheart.it.war")))
        .as(WebArchive.class)
        .addAsLibrary(EngineContainerIT.openTestRunner());
  }

  @Inject Users users;
  @Inject Contacts contacts;
  @Inject Suppressions suppressions;
  @Inject Network network;
  @Inject MembershipApplications applications;
  @Inject FormTokens formTokens;

  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  private Actor user(Role role) {
    return Actor.of(users.create(new NewUser(role.name().toLowerCase() + marker + UUID.randomUUID().toString().substring(0, 4),
        "Bulk " + role, null, "a-long-password-7", EnumSet.of(role))));
  }

  private String person(String name, boolean minor, String email, Boolean bulletin, Actor actor) {
    ContactDetails c = contacts.create(new ContactInput(ContactKind.PERSON, name + " " + marker, minor,
        minor ? LocalDate.now().minusDays(3) : null, null, "Bangladesh", null, Set.of("en"),
        email == null ? List.of() : List.of(email.replace("@", "." + marker + "@")), List.of(), Set.of(), Set.of(4L),
        List.of(), null, null), actor);
    if (bulletin != null) {
      contacts.recordConsent(c.id(), ConsentPurpose.BULLETIN, bulletin, LawfulBasis.CONSENT, "bulk test", actor);
    }
    return c.id();
  }

  @Test
  void mayContactAllKeepsOnlyThoseWhoConsentedHaveAnAddressAndAreNoChild() {
    Actor organiser = user(Role.ORGANISER);
    Actor admin = user(Role.ADMIN);
    String consented = person("Consented", false, "yes@example.org", true, organiser);
    String withdrawn = person("Withdrawn", false, "withdrawn@example.org", false, organiser);
    String noRecord = person("No record", false, "none@example.org", null, organiser);
    String noAddress = person("No address", false, null, true, organiser);
    String child = person("Child", true, "child@example.org", true, organiser);
    String suppressed = person("Suppressed", false, "bounced@example.org", true, organiser);
    suppressions.suppress("bounced." + marker + "@example.org", SuppressionReason.HARD_BOUNCE);
    String survivor = person("Survivor", false, "survivor@example.org", true, organiser);
    String merged = person("Merged", false, null, null, organiser);
    contacts.merge(survivor, merged, admin);
    String erased = person("Erased", false, "erased@example.org", true, organiser);
    contacts.erase(erased, admin);

    List<String> ids = new ArrayList<>(List.of(consented, withdrawn, noRecord, noAddress, child, suppressed, survivor, merged,
        erased, "unknown-" + marker));
    ids.add(null);
    assertEquals(Set.of(consented, survivor, merged), contacts.mayContactAll(ids, ConsentPurpose.BULLETIN));
    assertEquals(Set.of(), contacts.mayContactAll(List.of(consented), ConsentPurpose.MEETING_INVITATIONS),
        "consent is per purpose");
    for (String id : List.of(consented, withdrawn, noRecord, suppressed, survivor)) {
      assertEquals(contacts.mayContact(id, ConsentPurpose.BULLETIN), contacts.mayContactAll(List.of(id), ConsentPurpose.BULLETIN)
          .contains(id), "the same answer as mayContact for " + id);
    }
  }

  @Test
  void theKeysetWalkVisitsEveryActiveMemberOnceInIdOrder() {
    Actor supervisor = user(Role.SUPERVISOR);
    Actor admin = user(Role.ADMIN);
    List<MemberSummary> joined = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String email = "walk" + i + "." + marker + "@example.org";
      String token = formTokens.issue(MembershipApplications.FORM, MembershipApplications.FORM);
      applications.submit(new ApplicationForm(MemberKind.INDIVIDUAL, "Walker " + i + " " + marker, null, email, null,
          "Bangladesh", null, 4L, false, null, i % 2 == 0 ? "bn" : "en", true, null), token, "bulk-walk-" + marker + i);
      String applicationId = null;
      for (int page = 0; page < 50 && applicationId == null; page++) {
        var pending = applications.pending(new PageRequest(page, 200), admin);
        applicationId = pending.items().stream().filter(a -> email.equals(a.email())).map(a -> a.id()).findFirst().orElse(null);
        if (!pending.hasNext()) {
          break;
        }
      }
      joined.add(applications.approve(applicationId, supervisor));
    }
    network.leave(joined.get(3).id(), supervisor);
    MemberQuery mine = new MemberQuery(marker, null, null, null, null, null);

    List<String> walked = new ArrayList<>();
    String after = null;
    for (List<MemberSummary> batch = network.activeMembersAfter(mine, null, 2); !batch.isEmpty();
        batch = network.activeMembersAfter(mine, after, 2)) {
      batch.forEach(m -> walked.add(m.id()));
      after = batch.get(batch.size() - 1).id();
    }

    List<String> expected = joined.stream().map(MemberSummary::id).filter(id -> !id.equals(joined.get(3).id())).sorted().toList();
    assertEquals(expected, walked, "every active member once, in id order, the one who left skipped");
    assertEquals(new HashSet<>(walked).size(), walked.size());
    assertEquals(6, network.countActive(mine));
    assertEquals(4, network.countActive(new MemberQuery(marker, null, null, null, null, null, "bn")),
        "members 0, 2, 4 and 6 read Bangla");
    assertEquals(6, network.countActive(new MemberQuery(marker, null, null, null, null,
        org.redheart.network.api.MemberState.LEFT)), "the caller's state is ignored");
    assertThrows(InvalidInput.class, () -> network.activeMembersAfter(mine, null, 1001));
  }
}

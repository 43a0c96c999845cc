package org.redheart.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.platform.api.InvalidInput;

class ContactFormTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private static ContactInput input(String name, boolean minor, LocalDate consent, String country, List<String> emails,
      List<String> phones) {
    return new ContactInput(ContactKind.PERSON, name, minor, consent, " Chittagong ", country, null, Set.of("EN", "bn"),
        emails, phones, Set.of(" Guest  Speaker "), Set.of(4L), List.of(), "  notes ", null);
  }

  private static ContactForm form(ContactInput in) {
    return ContactForm.of(in, TODAY, id -> id <= 10);
  }

  @Test
  void normalisesEverythingOnEntry() {
    ContactForm f = form(input("  Rahima   Khatun ", false, null, "bangladesh", List.of("Rahima@Example.org"),
        List.of("০১৭১১-১২৩৪৫৬")));
    assertThat(f.name()).isEqualTo("Rahima Khatun");
    assertThat(f.district()).isEqualTo("Chattogram");
    assertThat(f.countryCode()).isEqualTo("BD");
    assertThat(f.timeZone()).isEqualTo("Asia/Dhaka");
    assertThat(f.languages()).containsExactlyInAnyOrder("en", "bn");
    assertThat(f.emails()).containsEntry("rahima@example.org", "Rahima@Example.org");
    assertThat(f.phones()).containsExactly("+8801711123456");
    assertThat(f.tags()).containsExactly("guest speaker");
    assertThat(f.notes()).isEqualTo("notes");
  }

  @Test
  void rejectsAChildsNameAndDetailsWithoutGuardianConsent() {
    assertThatThrownBy(() -> form(input("Little One", true, null, null, List.of("kid@example.org"), List.of())))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors())
            .containsEntry("name", ContactForm.CHILD_DETAILS_NEED_CONSENT)
            .containsEntry("emails", ContactForm.CHILD_DETAILS_NEED_CONSENT));
  }

  @Test
  void recordsAChildWithoutNameAsAHeadcount() {
    ContactForm f = form(input(null, true, null, null, List.of(), List.of()));
    assertThat(f.name()).isNull();
    assertThat(f.minor()).isTrue();
  }

  @Test
  void recordsAChildsNameWithGuardianConsent() {
    ContactForm f = form(input("Little One", true, TODAY.minusDays(3), null, List.of(), List.of()));
    assertThat(f.name()).isEqualTo("Little One");
    assertThat(f.guardianConsentOn()).isEqualTo(TODAY.minusDays(3));
  }

  @Test
  void namesAnUnknownCountry() {
    assertThatThrownBy(() -> form(input("Rahima", false, null, "Bangladeshh", List.of(), List.of())))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors())
            .containsEntry("country", "unknown country 'Bangladeshh'"));
  }

  @Test
  void acceptsOnlyEnglishAndBangla() {
    ContactInput in = new ContactInput(ContactKind.PERSON, "A", false, null, null, null, null, Set.of("fr"), null, null,
        null, null, null, null, null);
    assertThatThrownBy(() -> form(in)).satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("languages"));
  }

  @Test
  void rejectsUnknownCategoriesAndAffiliationsOfOrganisations() {
    ContactInput in = new ContactInput(ContactKind.ORGANISATION, "Org", false, null, null, null, null, null, null, null,
        null, Set.of(99L), List.of(new Affiliation("x", null, "member")), null, null);
    assertThatThrownBy(() -> form(in)).satisfies(e -> assertThat(((InvalidInput) e).fieldErrors())
        .containsKeys("categoryIds", "affiliations"));
  }

  @Test
  void requiresAName() {
    assertThatThrownBy(() -> form(input("   ", false, null, null, List.of(), List.of())))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsEntry("name", "is required"));
  }
}

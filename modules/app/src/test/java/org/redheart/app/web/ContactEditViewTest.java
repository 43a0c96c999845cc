package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the contact form reads its text areas and places the service's field errors. */
class ContactEditViewTest {

  @Test
  void readsOneAddressPerLineAndToleratesCommasAndBlankLines() {
    assertThat(ContactEditView.lines(" a@example.org \r\n\r\nb@example.org, c@example.org;d@example.org\n"))
        .containsExactly("a@example.org", "b@example.org", "c@example.org", "d@example.org");
    assertThat(ContactEditView.lines(null)).isEmpty();
    assertThat(ContactEditView.lines("০১৭১১-১২৩৪৫৬")).containsExactly("০১৭১১-১২৩৪৫৬");
  }

  @Test
  void placesAnIndexedOrSingularFieldErrorNextToTheListItBelongsTo() {
    assertThat(ContactEditView.baseField("emails[1]")).isEqualTo("emails");
    assertThat(ContactEditView.baseField("email")).isEqualTo("emails");
    assertThat(ContactEditView.baseField("phones.0")).isEqualTo("phones");
    assertThat(ContactEditView.baseField("affiliations[0].organisationId")).isEqualTo("affiliations");
    assertThat(ContactEditView.baseField("categories")).isEqualTo("categoryIds");
    assertThat(ContactEditView.baseField("name")).isEqualTo("name");
  }

  @Test
  void everyFieldOfTheFormHasAnInputToShowItsErrorBeside() {
    assertThat(ContactEditView.CLIENT_IDS).containsKeys("kind", "name", "minor", "guardianConsentOn", "district", "country",
        "timeZone", "languages", "emails", "phones", "tags", "categoryIds", "notes", "attendancePreference");
    assertThat(ContactEditView.CLIENT_IDS.values()).allSatisfy(id -> assertThat(id).startsWith("contact:"));
  }
}

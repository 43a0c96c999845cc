package org.redheart.contacts.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a user enters for a contact. Names, countries, districts, e-mail addresses and phone numbers
 * are normalised on entry (Bengali digits accepted). A minor ({@code minor}) holds no name or contact
 * details unless {@code guardianConsentOn} is given. {@code country} is a name in English or Bangla,
 * or an ISO code; {@code timeZone} defaults from the country. Affiliations name organisations by id
 * ({@link Affiliation#organisationName()} is ignored here).
 */
public record ContactInput(
    ContactKind kind,
    String name,
    boolean minor,
    LocalDate guardianConsentOn,
    String district,
    String country,
    String timeZone,
    Set<String> languages,
    List<String> emails,
    List<String> phones,
    Set<String> tags,
    Set<Long> categoryIds,
    List<Affiliation> affiliations,
    String notes,
    AttendancePreference attendancePreference) {

  public ContactInput {
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    emails = emails == null ? List.of() : List.copyOf(emails);
    phones = phones == null ? List.of() : List.copyOf(phones);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
  }

  /** A person with a name and one e-mail address, nothing else: the shortest useful contact. */
  public static ContactInput person(String name, String email) {
    return new ContactInput(ContactKind.PERSON, name, false, null, null, null, null, Set.of(),
        email == null ? List.of() : List.of(email), List.of(), Set.of(), Set.of(), List.of(), null, null);
  }

  /** An organisation with a name and optionally an e-mail address. */
  public static ContactInput organisation(String name, String email) {
    return new ContactInput(ContactKind.ORGANISATION, name, false, null, null, null, null, Set.of(),
        email == null ? List.of() : List.of(email), List.of(), Set.of(), Set.of(), List.of(), null, null);
  }
}

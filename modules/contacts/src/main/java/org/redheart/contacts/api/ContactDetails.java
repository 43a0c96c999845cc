package org.redheart.contacts.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything recorded about a contact. {@code version} guards against lost updates; {@code members}
 * lists the people of an organisation (each as an {@link Affiliation} whose id and name are the
 * person's, with their title); {@code similar} counts other contacts whose name shares this one's
 * blocking key (possible duplicates). {@code name} is null for a child recorded without a guardian's
 * consent and for an erased contact.
 */
public record ContactDetails(
    String id,
    ContactKind kind,
    String name,
    boolean minor,
    LocalDate guardianConsentOn,
    String district,
    String countryCode,
    String countryName,
    String timeZone,
    Set<String> languages,
    List<String> emails,
    List<String> phones,
    Set<String> tags,
    Set<Long> categoryIds,
    List<Affiliation> affiliations,
    List<Affiliation> members,
    String notes,
    AttendancePreference attendancePreference,
    List<Consent> consents,
    int similar,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The consent recorded for a purpose, if any. */
  public java.util.Optional<Consent> consent(ConsentPurpose purpose) {
    return consents.stream().filter(c -> c.purpose() == purpose).findFirst();
  }
}

package org.redheart.contacts.domain.imports;

import java.time.LocalDate;

/**
 * One good row, checked and normalised, as it goes into the staging table ({@code tags} joined by
 * {@code |}, {@code languages} as {@code en,bn}, {@code organisationKey} the folded organisation name).
 */
public record StagedRow(
    String kind,
    String name,
    String searchName,
    String blockingKey,
    String email,
    String emailNorm,
    String phone,
    String organisation,
    String organisationKey,
    String title,
    Long categoryId,
    String district,
    String countryCode,
    String timeZone,
    String languages,
    String tags,
    String notes,
    boolean minor,
    LocalDate guardianConsentOn,
    String attendance,
    Boolean consentBulletin,
    Boolean consentInvitations) {}

package org.redheart.contacts.api;

/**
 * What a column of an imported spreadsheet can hold. Header cells are matched to these
 * automatically (English and Bangla header names, case-insensitive) and the user may change the
 * mapping before committing.
 *
 * <p>Values: {@link #KIND} is "person" or "organisation" (default person); {@link #CATEGORY} a
 * stakeholder category's name in English or Bangla, or its number; {@link #TAGS} and {@link
 * #LANGUAGES} are separated by commas or semicolons; {@link #MINOR} and the consent columns are
 * yes/no (হ্যাঁ/না, true/false, 1/0); {@link #GUARDIAN_CONSENT} is the date a guardian consented
 * (2026-12-31); {@link #ATTENDANCE} is "on site" or "online".
 */
public enum ImportField {
  NAME,
  EMAIL,
  PHONE,
  ORGANISATION,
  TITLE,
  CATEGORY,
  DISTRICT,
  COUNTRY,
  TAGS,
  LANGUAGES,
  NOTES,
  KIND,
  MINOR,
  GUARDIAN_CONSENT,
  ATTENDANCE,
  CONSENT_BULLETIN,
  CONSENT_INVITATIONS
}

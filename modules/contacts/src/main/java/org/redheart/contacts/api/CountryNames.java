package org.redheart.contacts.api;

import java.util.Optional;

/**
 * The contacts module's country normalisation, for other modules that record a country: the same
 * rules as a contact's {@code country} (English or Bangla names, ISO codes, common aliases), and
 * places written as "city, country".
 */
public interface CountryNames {

  /**
   * The ISO 3166 alpha-2 code of a country or of a place's country ("Dhaka, Bangladesh" → BD,
   * "Alexandria, VA, USA" → US, "USA (based in the UK)" → US); empty when unknown or blank.
   */
  Optional<String> codeOf(String countryOrPlace);

  /** The country's name in the language ("en" or "bn"); the code itself when unknown, null for null. */
  String name(String code, String language);
}

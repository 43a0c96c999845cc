package org.redheart.contacts.api;

/**
 * A search over contacts; every part is optional and they combine with "and". {@code text} matches
 * names case- and accent-insensitively (Latin marks folded, Bangla kept intact), as a substring.
 */
public record ContactQuery(
    String text, ContactKind kind, String organisationId, Long categoryId, String district, String countryCode, String tag) {

  public static ContactQuery all() {
    return new ContactQuery(null, null, null, null, null, null, null);
  }

  public static ContactQuery text(String text) {
    return new ContactQuery(text, null, null, null, null, null, null);
  }
}

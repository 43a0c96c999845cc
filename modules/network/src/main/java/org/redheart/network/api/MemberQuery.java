package org.redheart.network.api;

/**
 * A search of the member directory; every part is optional and they combine with "and". {@code
 * text} matches the name case-insensitively as a substring; {@code countryCode} is an ISO code;
 * {@code volunteer} null for both; {@code language} ("en" or "bn") the language of the member's mails.
 */
public record MemberQuery(
    String text, String countryCode, String district, Long categoryId, Boolean volunteer, MemberState state,
    String language) {

  /** A query of the directory's own filters (any language). */
  public MemberQuery(String text, String countryCode, String district, Long categoryId, Boolean volunteer, MemberState state) {
    this(text, countryCode, district, categoryId, volunteer, state, null);
  }

  public static MemberQuery all() {
    return new MemberQuery(null, null, null, null, null, null);
  }

  public static MemberQuery active() {
    return new MemberQuery(null, null, null, null, null, MemberState.ACTIVE);
  }
}

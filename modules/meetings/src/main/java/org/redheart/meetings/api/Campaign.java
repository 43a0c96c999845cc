package org.redheart.meetings.api;

/** A campaign: a set of meetings run under one name and hashtag. */
public record Campaign(String id, String name, String hashtag) {
  /** The campaign seeded at first start. */
  public static final String DEFAULT_ID = "00000000-0000-0000-0000-000000000001";
}

package org.redheart.materials.api;

/** A search of materials; every part optional, combined with "and"; {@code text} matches the title. */
public record MaterialQuery(String campaignId, String kindCode, MaterialStatus status, String meetingId, String text) {
  public static MaterialQuery all() {
    return new MaterialQuery(null, null, null, null, null);
  }
}

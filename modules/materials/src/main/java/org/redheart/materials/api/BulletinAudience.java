package org.redheart.materials.api;

/**
 * Who gets a bulletin: every active member of the network, or those matching every given part
 * (country ISO code, stakeholder category, volunteers only, language of their mails). Members who
 * withdrew bulletin consent, have no address, or are suppressed are always left out.
 */
public record BulletinAudience(String countryCode, Long categoryId, Boolean volunteersOnly, String language) {
  public static BulletinAudience everyone() {
    return new BulletinAudience(null, null, null, null);
  }
}

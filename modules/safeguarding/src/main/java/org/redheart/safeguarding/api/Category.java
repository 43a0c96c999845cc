package org.redheart.safeguarding.api;

/** What a finding is about. */
public enum Category {
  PHONE, EMAIL, STREET_ADDRESS, MINOR_IDENTIFIED, SCHOOL_NAME, DISCLOSURE, SEXUALISING, PHOTO_METADATA
}

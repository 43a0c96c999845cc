package org.redheart.contacts.api;

/** How a speaker prefers to join meetings. */
public enum AttendancePreference {
  ON_SITE,
  ONLINE
}

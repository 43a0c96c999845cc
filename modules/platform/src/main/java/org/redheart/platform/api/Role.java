package org.redheart.platform.api;

/**
 * What a user may do. Roles add up: a user may hold several, and {@link #ADMIN} does not imply the
 * others. The names double as the process engine's candidate groups.
 */
public enum Role {
  ORGANISER,
  SUPERVISOR,
  SAFEGUARDING_LEAD,
  ADMIN
}

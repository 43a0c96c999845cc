package org.redheart.materials.api;

/**
 * Where a social post is published: by hand (a person posts it and pastes the permalink), or on the
 * campaign's Facebook page through the Graph API (page id, token and API version from configuration).
 */
public enum Channel {
  MANUAL,
  FACEBOOK_PAGE
}

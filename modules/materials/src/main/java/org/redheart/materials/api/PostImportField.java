package org.redheart.materials.api;

/**
 * A field a CSV column can be mapped to, when importing historical posts or figures. A row may hold
 * several posts: the fields of the second post are mapped with group 2, and so on.
 */
public enum PostImportField {
  PUBLISHED_ON,
  PERMALINK,
  TEXT,
  MEETING,
  TAKEN_ON,
  REACTIONS,
  COMMENTS,
  SHARES,
  REACH,
  ENGAGED_USERS
}

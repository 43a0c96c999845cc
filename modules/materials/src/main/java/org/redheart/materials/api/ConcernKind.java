package org.redheart.materials.api;

/**
 * A concern about published content (a child identifiable, sexualising words, ...) or a disclosure
 * of abuse made at a meeting (recorded without any detail of the child).
 */
public enum ConcernKind {
  CONTENT_CONCERN,
  DISCLOSURE
}

package org.redheart.materials.api;

/** What a safeguarding concern is about: a material (a published item) or a meeting. */
public enum ConcernSubject {
  MATERIAL,
  MEETING
}

package org.redheart.materials.api;

/**
 * A piece of the comparison between the last approved version and the one in review: text kept as
 * it was, inserted or deleted (words, not characters).
 */
public record DiffSegment(Kind kind, String text) {
  public enum Kind {
    SAME,
    INSERTED,
    DELETED
  }
}

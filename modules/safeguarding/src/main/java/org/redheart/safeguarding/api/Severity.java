package org.redheart.safeguarding.api;

/** HIGH findings need the safeguarding lead's clearance before approval. */
public enum Severity {
  LOW, MEDIUM, HIGH
}

package org.redheart.materials.api;

/**
 * What a person vouches for about a photo before its version can be approved: that no child can be
 * identified in it, or that a guardian's consent is on file (with its reference).
 */
public enum Attestation {
  NO_IDENTIFIABLE_CHILD,
  GUARDIAN_CONSENT_ON_FILE
}

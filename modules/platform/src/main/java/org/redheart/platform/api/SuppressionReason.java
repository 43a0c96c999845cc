package org.redheart.platform.api;

/** Why an address gets no mail at all. */
public enum SuppressionReason {
  HARD_BOUNCE,
  COMPLAINT,
  ERASED
}

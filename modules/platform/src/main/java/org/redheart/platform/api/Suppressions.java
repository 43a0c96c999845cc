package org.redheart.platform.api;

/**
 * The suppression list: SHA-256 hashes of normalised addresses (trimmed, lower case) that get no
 * mail at all — hard bounces, complaints, erased people. The dispatcher checks it before every send.
 */
public interface Suppressions {

  /** Adds the address (idempotent: a second call keeps the first reason). */
  void suppress(String address, SuppressionReason reason);

  boolean isSuppressed(String address);
}

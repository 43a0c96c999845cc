package org.redheart.platform.api;

/**
 * The suppression list: SHA-256 hashes of normalised addresses (trimmed, lower case) that get no
 * mail at all — hard bounces, complaints, erased people. The dispatcher checks it before every send.
 */
public interface Suppressions {

  /** Adds the address (idempotent: a second call keeps the first reason). */
  void suppress(String address, SuppressionReason reason);

  boolean isSuppressed(String address);

  /**
   * The addresses among these that are suppressed (as given), in one look-up: for imports that
   * check thousands of addresses.
   */
  default java.util.Set<String> suppressedAmong(java.util.Collection<String> addresses) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (String address : addresses) {
      if (isSuppressed(address)) {
        found.add(address);
      }
    }
    return found;
  }
}

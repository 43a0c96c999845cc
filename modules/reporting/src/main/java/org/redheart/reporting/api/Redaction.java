package org.redheart.reporting.api;

import java.time.Instant;

/**
 * A recorded change of an approved report after a person's erasure: what was removed (a count, never
 * the data), why, and the hashes before and after.
 */
public record Redaction(String id, String reason, int replacements, String hashBefore, String hashAfter, Instant at) {}

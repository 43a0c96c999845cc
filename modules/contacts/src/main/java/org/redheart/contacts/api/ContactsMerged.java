package org.redheart.contacts.api;

/**
 * Published (as a persisted platform event) when {@code mergedId} was merged into {@code survivorId}:
 * modules holding contact ids replace the merged id with the survivor's, idempotently.
 */
public record ContactsMerged(String survivorId, String mergedId) {}

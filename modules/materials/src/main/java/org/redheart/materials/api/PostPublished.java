package org.redheart.materials.api;

/**
 * Persisted event: a social post was published (through a channel, or marked published by hand with
 * its permalink). Published in the transaction that records it; the meeting lifecycle's hand-over
 * hears it for the post's meetings.
 */
public record PostPublished(String materialId, String channel, String permalink) {}

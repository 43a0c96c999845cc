package org.redheart.materials.api;

/**
 * Persisted event: figures of a post were recorded (by hand, fetched or imported). The publication
 * process hears it to close an open "record the figures" reminder of the post.
 */
public record EngagementRecorded(String materialId, String snapshotId) {}

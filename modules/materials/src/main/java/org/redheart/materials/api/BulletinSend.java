package org.redheart.materials.api;

import java.time.Instant;

/**
 * One dispatch of an approved bulletin version to an audience, run as a background job
 * ({@code materials.bulletin-send}) with progress: how many members matched, were queued to the
 * outbox, and were skipped. A restart resumes where the job's checkpoint stands; a member already
 * queued is never queued twice.
 */
public record BulletinSend(
    String id,
    String materialId,
    int versionNumber,
    BulletinAudience audience,
    String jobId,
    String state,
    long matched,
    long queued,
    long skipped,
    String startedBy,
    Instant startedAt,
    Instant finishedAt) {}

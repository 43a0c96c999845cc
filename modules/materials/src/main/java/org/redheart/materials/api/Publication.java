package org.redheart.materials.api;

import java.time.Instant;

/**
 * The publication of one approved social post: channel, when it is due, its state, the channel's
 * post id and permalink once out, the tries, the next try after a rate limit, and the last error
 * (Graph error code and message) when it failed.
 */
public record Publication(
    String materialId,
    Channel channel,
    PublicationState state,
    Instant scheduledAt,
    int attempts,
    Instant nextAttemptAt,
    String externalPostId,
    String permalink,
    Instant publishedAt,
    Integer errorCode,
    String errorMessage,
    String scheduledBy) {}

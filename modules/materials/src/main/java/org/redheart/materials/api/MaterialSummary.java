package org.redheart.materials.api;

import java.time.Instant;

/** A material as lists show it: its newest version's number and state. */
public record MaterialSummary(
    String id,
    String campaignId,
    String kindCode,
    String title,
    MaterialStatus status,
    int currentVersion,
    VersionState currentState,
    ReviewStage reviewStage,
    String authorId,
    Instant updatedAt) {}

package org.redheart.materials.api;

import java.time.Instant;

/**
 * An open review task of a version: clearance by the safeguarding lead, or approval by an eligible
 * supervisor (a supervisor of the campaign who did not edit the version).
 */
public record ReviewTask(
    String taskId, String materialId, String title, String kindCode, int versionNumber, ReviewStage stage,
    Instant createdAt) {}

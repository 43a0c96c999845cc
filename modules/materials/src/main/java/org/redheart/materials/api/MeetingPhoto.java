package org.redheart.materials.api;

import java.time.Instant;

/**
 * A photo taken at a meeting (in the file store, metadata stripped, checked by content), with the
 * attestation every photo needs before a post that uses it can be approved.
 */
public record MeetingPhoto(
    String fileId, String meetingId, String fileName, long size, Attestation attestation, String consentReference,
    String uploadedBy, Instant uploadedAt) {}

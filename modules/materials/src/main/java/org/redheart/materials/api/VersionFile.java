package org.redheart.materials.api;

import java.time.Instant;

/**
 * A file of a version (kept in the platform's file store, checked by content, image metadata
 * stripped). Photos ({@code image}) need an attestation before the version can be approved.
 */
public record VersionFile(
    String fileId,
    String fileName,
    String contentType,
    long size,
    boolean image,
    Attestation attestation,
    String consentReference,
    String attestedBy,
    Instant attestedAt) {
  public boolean needsAttestation() {
    return image && attestation == null;
  }
}

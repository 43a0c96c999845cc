package org.redheart.platform.api;

import java.time.Instant;

/**
 * A stored file: its id, owner, the sanitised name given at upload, the type detected from its
 * content, its size and SHA-256 (of the bytes as stored, after metadata stripping).
 */
public record FileInfo(
    String id, String ownerId, String name, String contentType, long size, String sha256, Instant createdAt) {

  /** Images are shown inline; everything else is downloaded as an attachment. */
  public boolean isImage() {
    return contentType.startsWith("image/");
  }
}

package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.redheart.platform.api.FileInfo;

/**
 * A file in the store: the metadata row of a content file kept under {@code storageName} in the
 * data directory. Created once the content is checked and written; never changed afterwards.
 */
@Entity
@Table(name = "plt_file")
public class StoredFile {
  @Id private String id;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(name = "original_name", nullable = false)
  private String originalName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "storage_name", nullable = false)
  private String storageName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StoredFile() {}

  public StoredFile(String id, String ownerId, String originalName, String mediaType, long sizeBytes, String sha256,
      String storageName) {
    this.id = id == null ? UUID.randomUUID().toString() : id;
    this.ownerId = ownerId;
    this.originalName = originalName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.storageName = storageName;
    this.createdAt = Instant.now();
  }

  public FileInfo toInfo() {
    return new FileInfo(id, ownerId, originalName, mediaType, sizeBytes, sha256, createdAt);
  }

  public String ownerId() {
    return ownerId;
  }

  public String storageName() {
    return storageName;
  }
}

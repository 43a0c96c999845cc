package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.VersionFile;

/**
 * A file of a version (the platform's file store keeps the bytes). For a photo, the names of the
 * metadata tags it carried at upload (not their values: a GPS position is itself sensitive), for
 * the safeguarding check, and its attestation.
 */
@Entity
@Table(name = "mat_version_file")
@IdClass(VersionFileEntry.Key.class)
public class VersionFileEntry {
  @Id
  @Column(name = "version_id")
  private String versionId;

  @Id
  @Column(name = "file_id")
  private String fileId;

  @Column(nullable = false)
  private int position;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  private String sha256;

  @Column(nullable = false)
  private boolean image;

  @Column(name = "metadata_tags")
  private String metadataTags;

  @Enumerated(EnumType.STRING)
  private Attestation attestation;

  @Column(name = "consent_reference")
  private String consentReference;

  @Column(name = "attested_by")
  private String attestedBy;

  @Column(name = "attested_at")
  private Instant attestedAt;

  protected VersionFileEntry() {}

  public VersionFileEntry(String versionId, String fileId, int position, String fileName, String contentType, long size,
      String sha256, boolean image, String metadataTags) {
    this.versionId = versionId;
    this.fileId = fileId;
    this.position = position;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.image = image;
    this.metadataTags = metadataTags;
  }

  /** The same file in a new version, with its attestation. */
  public VersionFileEntry copyTo(String newVersionId) {
    VersionFileEntry copy = new VersionFileEntry(newVersionId, fileId, position, fileName, contentType, size, sha256,
        image, metadataTags);
    copy.attestation = attestation;
    copy.consentReference = consentReference;
    copy.attestedBy = attestedBy;
    copy.attestedAt = attestedAt;
    return copy;
  }

  public void attest(Attestation attestation, String consentReference, String by, Instant now) {
    this.attestation = attestation;
    this.consentReference = attestation == Attestation.GUARDIAN_CONSENT_ON_FILE ? consentReference : null;
    this.attestedBy = by;
    this.attestedAt = now;
  }

  /** The metadata tags it had at upload, each "present" (their values are not kept). */
  public Map<String, String> metadataTags() {
    Map<String, String> tags = new LinkedHashMap<>();
    if (metadataTags != null && !metadataTags.isBlank()) {
      Arrays.stream(metadataTags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
          .forEach(t -> tags.put(t, "present"));
    }
    return tags;
  }

  public String versionId() {
    return versionId;
  }

  public String fileId() {
    return fileId;
  }

  public int position() {
    return position;
  }

  public String fileName() {
    return fileName;
  }

  public String sha256() {
    return sha256;
  }

  public boolean image() {
    return image;
  }

  public Attestation attestation() {
    return attestation;
  }

  public VersionFile toView() {
    return new VersionFile(fileId, fileName, contentType, size, image, attestation, consentReference, attestedBy,
        attestedAt);
  }

  /** The composite key (version, file). */
  public static class Key implements Serializable {
    private String versionId;
    private String fileId;

    public Key() {}

    public Key(String versionId, String fileId) {
      this.versionId = versionId;
      this.fileId = fileId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(versionId, k.versionId) && Objects.equals(fileId, k.fileId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(versionId, fileId);
    }
  }
}

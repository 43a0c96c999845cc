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
import java.util.Objects;
import org.redheart.materials.api.Attestation;
import org.redheart.materials.api.MeetingPhoto;

/**
 * A photo taken at a meeting ({@code mat_meeting_photo}): the file store keeps the bytes (metadata
 * stripped); here the names of the metadata tags it carried (not their values) and its attestation.
 */
@Entity
@Table(name = "mat_meeting_photo")
@IdClass(MeetingPhotoEntry.Key.class)
public class MeetingPhotoEntry {
  /** The longest consent reference kept. */
  public static final int MAX_CONSENT_REFERENCE = 200;

  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  @Id
  @Column(name = "file_id")
  private String fileId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  private String sha256;

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

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected MeetingPhotoEntry() {}

  public MeetingPhotoEntry(String meetingId, String fileId, String fileName, String contentType, long size, String sha256,
      String metadataTags, String uploadedBy, Instant uploadedAt) {
    this.meetingId = meetingId;
    this.fileId = fileId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.metadataTags = metadataTags;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /**
   * Records what the person vouches for; a consent reference is kept only with a guardian's consent,
   * where it is required.
   *
   * @return null when fine, else the problem with the consent reference
   */
  public static String consentProblem(Attestation attestation, String consentReference) {
    if (attestation != Attestation.GUARDIAN_CONSENT_ON_FILE) {
      return null;
    }
    if (consentReference == null || consentReference.isBlank()) {
      return "is required when a guardian's consent is on file";
    }
    if (consentReference.strip().length() > MAX_CONSENT_REFERENCE) {
      return "must be at most " + MAX_CONSENT_REFERENCE + " characters";
    }
    return null;
  }

  public void attest(Attestation attestation, String consentReference, String by, Instant now) {
    this.attestation = attestation;
    this.consentReference = attestation == Attestation.GUARDIAN_CONSENT_ON_FILE ? consentReference.strip() : null;
    this.attestedBy = by;
    this.attestedAt = now;
  }

  /** The same photo as a file of a post's version, with its attestation. */
  public VersionFileEntry toVersionFile(String versionId, int position) {
    VersionFileEntry file = new VersionFileEntry(versionId, fileId, position, fileName, contentType, size, sha256, true,
        metadataTags);
    if (attestation != null) {
      file.attest(attestation, consentReference, attestedBy, attestedAt);
    }
    return file;
  }

  public String meetingId() {
    return meetingId;
  }

  public String fileId() {
    return fileId;
  }

  public String sha256() {
    return sha256;
  }

  public Attestation attestation() {
    return attestation;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public MeetingPhoto toView() {
    return new MeetingPhoto(fileId, meetingId, fileName, size, attestation, consentReference, uploadedBy, uploadedAt);
  }

  /** The composite key (meeting, file). */
  public static class Key implements Serializable {
    private String meetingId;
    private String fileId;

    public Key() {}

    public Key(String meetingId, String fileId) {
      this.meetingId = meetingId;
      this.fileId = fileId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(meetingId, k.meetingId) && Objects.equals(fileId, k.fileId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, fileId);
    }
  }
}

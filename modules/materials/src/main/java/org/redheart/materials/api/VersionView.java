package org.redheart.materials.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One version: its text ({@code null} once purged), SHA-256 hash of its content (text and files),
 * files, findings (masked), who edited it, and where its review stands.
 */
public record VersionView(
    String materialId,
    int number,
    VersionState state,
    ReviewStage reviewStage,
    String text,
    String contentHash,
    List<VersionFile> files,
    List<StoredFinding> findings,
    boolean cleared,
    Set<String> editorIds,
    Instant createdAt,
    Instant submittedAt,
    Instant purgedAt) {
  public VersionView {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    editorIds = Set.copyOf(editorIds);
  }

  public boolean purged() {
    return purgedAt != null;
  }

  /** High-severity findings not yet cleared: they block approval. */
  public boolean blockedByFindings() {
    return !cleared && findings.stream().anyMatch(StoredFinding::high);
  }

  /** Photos without attestation: they block approval. */
  public boolean blockedByPhotos() {
    return files.stream().anyMatch(VersionFile::needsAttestation);
  }
}

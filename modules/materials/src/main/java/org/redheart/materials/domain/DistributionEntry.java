package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.redheart.materials.api.PrintRuns;

/**
 * Printed copies of a version given to a meeting, an organisation or an event ({@code
 * mat_distribution}); the target's name is kept as it was then. Kept for good, never changed.
 */
@Entity
@Table(name = "mat_distribution")
public class DistributionEntry {
  @Id private String id;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(nullable = false)
  private int quantity;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind", nullable = false)
  private PrintRuns.TargetKind targetKind;

  @Column(name = "target_id")
  private String targetId;

  @Column(name = "target_name", nullable = false)
  private String targetName;

  @Column(name = "distributed_on", nullable = false)
  private LocalDate distributedOn;

  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DistributionEntry() {}

  public DistributionEntry(String materialId, int versionNumber, int quantity, PrintRuns.TargetKind targetKind,
      String targetId, String targetName, LocalDate distributedOn, String note, String recordedBy, Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.materialId = materialId;
    this.versionNumber = versionNumber;
    this.quantity = quantity;
    this.targetKind = targetKind;
    this.targetId = targetId;
    this.targetName = targetName;
    this.distributedOn = distributedOn;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String id() {
    return id;
  }

  public PrintRuns.Distribution toView() {
    return new PrintRuns.Distribution(id, materialId, versionNumber, quantity, targetKind, targetId, targetName,
        distributedOn, note, recordedBy, recordedAt);
  }
}

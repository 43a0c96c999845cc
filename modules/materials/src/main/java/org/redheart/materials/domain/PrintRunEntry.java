package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.redheart.materials.api.PrintRuns;

/** Copies of an approved version printed ({@code mat_print_run}); kept for good, never changed. */
@Entity
@Table(name = "mat_print_run")
public class PrintRunEntry {
  @Id private String id;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "printed_on", nullable = false)
  private LocalDate printedOn;

  private String printer;

  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected PrintRunEntry() {}

  public PrintRunEntry(String materialId, int versionNumber, int quantity, LocalDate printedOn, String printer,
      String note, String recordedBy, Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.materialId = materialId;
    this.versionNumber = versionNumber;
    this.quantity = quantity;
    this.printedOn = printedOn;
    this.printer = printer;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String id() {
    return id;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public int quantity() {
    return quantity;
  }

  public LocalDate printedOn() {
    return printedOn;
  }

  public PrintRuns.PrintRun toView() {
    return new PrintRuns.PrintRun(id, materialId, versionNumber, quantity, printedOn, printer, note, recordedBy,
        recordedAt);
  }
}

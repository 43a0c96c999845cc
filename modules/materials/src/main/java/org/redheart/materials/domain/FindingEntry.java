package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.redheart.materials.api.StoredFinding;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.Finding;
import org.redheart.safeguarding.api.Severity;

/** A safeguarding finding kept with a version: masked excerpt only, never the matched text in full. */
@Entity
@Table(name = "mat_finding")
public class FindingEntry {
  public static final int MAX_EXCERPT = 1000;

  @Id private String id;

  @Column(name = "version_id", nullable = false)
  private String versionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Column(name = "start_pos", nullable = false)
  private int start;

  @Column(name = "end_pos", nullable = false)
  private int end;

  @Column(name = "masked_excerpt", nullable = false)
  private String maskedExcerpt;

  @Column(name = "file_id")
  private String fileId;

  protected FindingEntry() {}

  public FindingEntry(String versionId, Finding finding, String fileId) {
    this.id = UUID.randomUUID().toString();
    this.versionId = versionId;
    this.category = finding.category();
    this.severity = finding.severity();
    this.start = finding.start();
    this.end = finding.end();
    String excerpt = ExcerptMasking.mask(finding.category(), finding.maskedExcerpt());
    this.maskedExcerpt = excerpt.length() > MAX_EXCERPT ? excerpt.substring(0, MAX_EXCERPT - 1) + "…" : excerpt;
    this.fileId = fileId;
  }

  public String versionId() {
    return versionId;
  }

  public boolean high() {
    return severity == Severity.HIGH;
  }

  public StoredFinding toView() {
    return new StoredFinding(id, category, severity, start, end, maskedExcerpt, fileId);
  }
}
